import * as z from 'zod/mini';

const stringMap = z.record(z.string(), z.string());
const stringListMap = z.record(z.string(), z.array(z.string()));

/**
 * The request an Application Load Balancer sends to a Lambda target. With
 * multi-value headers enabled on the target group, `multiValueHeaders` and
 * `multiValueQueryStringParameters` replace `headers` and
 * `queryStringParameters`. Query values arrive URL-encoded, as the client sent them.
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#receive-event-from-load-balancer
 */
export const albEventSchema = z.object({
  requestContext: z.object({ elb: z.object({ targetGroupArn: z.string() }) }),
  httpMethod: z.string(),
  path: z.string(),
  headers: z.exactOptional(stringMap),
  queryStringParameters: z.exactOptional(stringMap),
  multiValueHeaders: z.exactOptional(stringListMap),
  multiValueQueryStringParameters: z.exactOptional(stringListMap),
  // Health checks and bodiless requests may omit it (corpus: example-alb-lambda-target-request-headers-only.json).
  body: z.exactOptional(z.nullable(z.string())),
  isBase64Encoded: z.boolean(),
});

// JSON.stringify drops keys set to undefined, so optional answer keys accept
// undefined, as `@types/aws-lambda`'s ALBResult declares them.
const headerValue = z.union([z.string(), z.number(), z.boolean()]);

/**
 * The answer the load balancer reads. It uses `multiValueHeaders` when the
 * target group has multi-value headers enabled and `headers` otherwise, so an
 * answer may carry both (corpus: example-alb-lambda-target-response.json).
 * @see https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#respond-to-load-balancer
 */
export const albResponseSchema = z.object({
  statusCode: z.int(),
  statusDescription: z.optional(z.string()),
  headers: z.optional(z.record(z.string(), headerValue)),
  multiValueHeaders: z.optional(z.record(z.string(), z.array(headerValue))),
  body: z.optional(z.string()),
  isBase64Encoded: z.optional(z.boolean()),
});

export type AlbEvent = z.output<typeof albEventSchema>;
/** What a handler returns: the answer's known keys (so `ALBResult` values fit). */
export type AlbResult = z.output<typeof albResponseSchema>;
