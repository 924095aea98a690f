/**
 * Payload format 2.0, shared by API Gateway HTTP APIs and Lambda function
 * URLs: the request they send and the answer they read are the same.
 * Its schemas, which each source re-exports under its own names; the
 * answer builder is in `./payload-v2.ts`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-payloads
 */
import * as z from 'zod/mini';

const stringMap = z.record(z.string(), z.string());

const clientCertSchema = z.object({
  clientCertPem: z.string(),
  subjectDN: z.string(),
  issuerDN: z.string(),
  serialNumber: z.string(),
  validity: z.object({ notBefore: z.string(), notAfter: z.string() }),
});

/** What the route's authorizer established: one key per authorizer type (`jwt`, `lambda`, `iam`). */
const authorizerSchema = z.object({
  jwt: z.exactOptional(
    z.object({ claims: z.record(z.string(), z.unknown()), scopes: z.nullable(z.array(z.string())) }),
  ),
  lambda: z.exactOptional(z.nullable(z.record(z.string(), z.unknown()))),
  iam: z.exactOptional(z.record(z.string(), z.unknown())),
});

/** The request context fields every payload 2.0 request carries, authorizer requests included. */
export const payloadV2ContextShape = {
  accountId: z.string(),
  apiId: z.string(),
  domainName: z.string(),
  domainPrefix: z.string(),
  http: z.object({
    method: z.string(),
    path: z.string(),
    protocol: z.string(),
    sourceIp: z.string(),
    userAgent: z.string(),
  }),
  requestId: z.string(),
  routeKey: z.string(),
  stage: z.string(),
  time: z.string(),
  timeEpoch: z.number(),
};

/** A payload format 2.0 request. Repeated headers and query parameters arrive joined with commas. */
export const payloadV2EventSchema = z.object({
  version: z.literal('2.0'),
  routeKey: z.string(),
  rawPath: z.string(),
  rawQueryString: z.string(),
  cookies: z.exactOptional(z.array(z.string())),
  headers: stringMap,
  queryStringParameters: z.exactOptional(stringMap),
  pathParameters: z.exactOptional(stringMap),
  // `sam local` sends null where API Gateway omits the key (corpus: example-apigw-sam-http-request.json).
  stageVariables: z.exactOptional(z.nullable(stringMap)),
  body: z.exactOptional(z.string()),
  isBase64Encoded: z.boolean(),
  requestContext: z.object({
    ...payloadV2ContextShape,
    authentication: z.exactOptional(z.nullable(z.object({ clientCert: z.exactOptional(clientCertSchema) }))),
    authorizer: z.exactOptional(authorizerSchema),
  }),
});

// Answers are serialised with JSON.stringify, which drops keys set to
// undefined: so optional answer keys accept undefined (`z.optional`), as
// `@types/aws-lambda`'s result types declare them.
const headerValue = z.union([z.string(), z.number(), z.boolean()]);

/** The structured answer: each cookie becomes its own `Set-Cookie` header. */
export const payloadV2StructuredResponseSchema = z.object({
  statusCode: z.optional(z.int()),
  headers: z.optional(z.record(z.string(), headerValue)),
  cookies: z.optional(z.array(z.string())),
  body: z.optional(z.string()),
  isBase64Encoded: z.optional(z.boolean()),
});

function hasStatusCode(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'statusCode' in value;
}

/**
 * What the caller reads: the structured answer, or any other JSON value,
 * which it sends as a 200 `application/json` body. The rule is the presence
 * of `statusCode`: a value without one is the body (even an object with
 * `headers` and `body` keys), a value with one must be a valid structured answer.
 */
export const payloadV2ResponseSchema = z.union([
  payloadV2StructuredResponseSchema,
  z.json().check(z.refine((value) => !hasStatusCode(value), 'An answer with statusCode must be a structured answer')),
]);

export type PayloadV2Event = z.output<typeof payloadV2EventSchema>;
export type PayloadV2StructuredResult = z.output<typeof payloadV2StructuredResponseSchema>;
export type PayloadV2Result = PayloadV2StructuredResult | z.output<ReturnType<typeof z.json>>;
