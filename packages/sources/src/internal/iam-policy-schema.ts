/**
 * The IAM policy answer of API Gateway Lambda authorizers (REST TOKEN and
 * REQUEST, WebSocket `$connect`, HTTP API formats 1.0 and 2.0): its schemas,
 * read by the authorizer sources' schemas. The pure builders are in `./iam-policy.ts`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html
 */
import * as z from 'zod/mini';

// Answers are serialised with JSON.stringify, which drops keys set to
// undefined: optional answer keys accept undefined (`z.optional`), as
// `@types/aws-lambda`'s result types declare them.
const stringOrList = z.union([z.string(), z.array(z.string())]);
const conditionValue = z.union([z.string(), z.number(), z.boolean()]);
const conditionSchema = z.record(z.string(), z.union([conditionValue, z.array(conditionValue)]));
const principalSchema = z.union([stringOrList, z.record(z.string(), stringOrList)]);

/**
 * One statement: `Action` or `NotAction`, `Resource` or `NotResource`.
 * `@types/aws-lambda` shares its `Statement` with resource policies, where a
 * `Principal` may stand in for `Resource`; the type admits that shape so its
 * handlers mount, and the check refuses it: API Gateway matches statements
 * to the method ARN by their resource.
 */
const statementSchema = z
  .intersection(
    z.intersection(
      z.object({
        Sid: z.optional(z.string()),
        Effect: z.enum(['Allow', 'Deny']),
        Condition: z.optional(z.record(z.string(), z.union([conditionSchema, z.array(conditionSchema)]))),
      }),
      z.union([z.object({ Action: stringOrList }), z.object({ NotAction: stringOrList })]),
    ),
    z.union([
      z.object({ Resource: stringOrList }),
      z.object({ NotResource: stringOrList }),
      z.object({ Principal: principalSchema }),
      z.object({ NotPrincipal: principalSchema }),
    ]),
  )
  .check(
    z.refine((statement) => 'Resource' in statement || 'NotResource' in statement, {
      message: 'A statement names the API methods it covers in Resource or NotResource',
    }),
  );

/** The policy document an authorizer answers: which `execute-api:Invoke` calls are allowed or denied. */
export const iamPolicyDocumentSchema = z.object({
  Version: z.string(),
  Id: z.optional(z.string()),
  Statement: z.array(statementSchema),
});

/**
 * What a REST (and WebSocket) authorizer may put in `context`: API Gateway
 * stringifies numbers and booleans and refuses objects and arrays. Null is
 * admitted because `@types/aws-lambda` declares it.
 */
const restContextSchema = z.record(z.string(), z.optional(z.nullable(z.union([z.string(), z.number(), z.boolean()]))));

/**
 * The answer of a REST API (or WebSocket `$connect`) Lambda authorizer.
 * `usageIdentifierKey` is the API key for usage plans whose key source is `AUTHORIZER`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
export const restAuthorizerPolicySchema = z.object({
  principalId: z.string(),
  policyDocument: iamPolicyDocumentSchema,
  context: z.optional(z.nullable(restContextSchema)),
  usageIdentifierKey: z.optional(z.nullable(z.string())),
});

/**
 * The IAM policy answer of an HTTP API Lambda authorizer: no usage plans, and
 * `context` values may be any JSON (the AWS example returns arrays and maps).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.payload-format-response
 */
export const httpAuthorizerPolicySchema = z.object({
  principalId: z.string(),
  policyDocument: iamPolicyDocumentSchema,
  context: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
});

export type RestAuthorizerPolicy = z.output<typeof restAuthorizerPolicySchema>;
export type HttpAuthorizerPolicy = z.output<typeof httpAuthorizerPolicySchema>;
