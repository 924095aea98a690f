import * as z from 'zod/mini';
import { cloudfrontEventTypes } from './event-types.js';

/**
 * Schemas of Lambda@Edge events and answers.
 *
 * Events of the legacy shape (the SAM templates under events/sam/cloudfront
 * in the corpus) carry a `config` with `distributionId` only, and requests
 * without `querystring` (once without `clientIp`). The fields they lack are
 * optional here so those events stay valid; `config.eventType` is what tells
 * current events apart.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */

export { type CloudFrontEventType, cloudfrontEventTypes } from './event-types.js';

/**
 * `{ 'header-name': [{ key: 'Header-Name', value }] }`: lower-cased names,
 * every value with the name as spelt on the wire. `key` is optional: answers
 * may leave it out (Lambda@Edge derives it from the name), and
 * `@types/aws-lambda` types it optional in events too.
 */
const headersSchema = z.record(z.string(), z.array(z.object({ key: z.optional(z.string()), value: z.string() })));

const configSchema = z.object({
  distributionId: z.string(),
  distributionDomainName: z.exactOptional(z.string()),
  eventType: z.exactOptional(z.enum(cloudfrontEventTypes)),
  requestId: z.exactOptional(z.string()),
});

/** The origin CloudFront will forward the request to: exactly one of `custom` and `s3`. */
const originSchema = z.object({
  custom: z.optional(
    z.object({
      customHeaders: headersSchema,
      domainName: z.string(),
      keepaliveTimeout: z.number(),
      path: z.string(),
      port: z.number(),
      protocol: z.string(),
      readTimeout: z.number(),
      sslProtocols: z.array(z.string()),
    }),
  ),
  s3: z.optional(
    z.object({
      authMethod: z.string(),
      customHeaders: headersSchema,
      domainName: z.string(),
      path: z.string(),
      region: z.optional(z.string()),
    }),
  ),
});

/** The request body, present when the cache behavior's association has "include body" on. */
const eventBodySchema = z.object({
  inputTruncated: z.boolean(),
  action: z.enum(['read-only', 'replace']),
  encoding: z.enum(['base64', 'text']),
  data: z.string(),
});

/** The request as CloudFront sends it. `origin` is there in origin events only. */
export const cloudfrontRequestSchema = z.object({
  clientIp: z.exactOptional(z.string()),
  headers: headersSchema,
  method: z.string(),
  querystring: z.exactOptional(z.string()),
  uri: z.string(),
  origin: z.exactOptional(originSchema),
  body: z.exactOptional(eventBodySchema),
});

/** The response of an origin- or viewer-response event. `status` is a string ("200"). */
export const cloudfrontResponseSchema = z.object({
  status: z.string(),
  statusDescription: z.string(),
  headers: headersSchema,
});

/** Viewer- and origin-request events: one record whose `cf` holds the request. */
export const cloudfrontRequestEventSchema = z.object({
  Records: z.array(z.object({ cf: z.object({ config: configSchema, request: cloudfrontRequestSchema }) })),
});

/** Origin- and viewer-response events: the response, and the request it answers. */
export const cloudfrontResponseEventSchema = z.object({
  Records: z.array(
    z.object({
      cf: z.object({ config: configSchema, request: cloudfrontRequestSchema, response: cloudfrontResponseSchema }),
    }),
  ),
});

/**
 * Any Lambda@Edge event: the request, and the response in response events.
 * One object rather than a union of the two, so a failed check names the field.
 */
export const cloudfrontEventSchema = z.object({
  Records: z.array(
    z.object({
      cf: z.object({
        config: configSchema,
        request: cloudfrontRequestSchema,
        response: z.exactOptional(cloudfrontResponseSchema),
      }),
    }),
  ),
});

/**
 * The request a request event continues with: the event's request, changed
 * (`clientIp` and `method` are read-only). What the event may lack, the
 * answer may lack.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#lambda-event-structure-request
 */
export const cloudfrontRequestAnswerSchema = z.object({
  clientIp: z.optional(z.string()),
  headers: headersSchema,
  method: z.string(),
  querystring: z.optional(z.string()),
  uri: z.string(),
  origin: z.optional(originSchema),
  body: z.optional(
    z.object({
      action: z.enum(['read-only', 'replace']),
      encoding: z.enum(['base64', 'text']),
      data: z.string(),
      inputTruncated: z.optional(z.boolean()),
    }),
  ),
});

/**
 * A response: generated in a request event (sent to the viewer without
 * reaching the origin) or the changed response of a response event. Only
 * `status` is required; a body without `bodyEncoding` is text.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export const cloudfrontResponseAnswerSchema = z.object({
  status: z.string(),
  statusDescription: z.optional(z.string()),
  headers: z.optional(headersSchema),
  body: z.optional(z.string()),
  bodyEncoding: z.optional(z.enum(['text', 'base64'])),
});

/** What CloudFront reads back: a request to continue with, or a response. */
export const cloudfrontAnswerSchema = z.union([cloudfrontResponseAnswerSchema, cloudfrontRequestAnswerSchema]);

export type CloudFrontEvent = z.output<typeof cloudfrontEventSchema>;
export type CloudFrontRequestEvent = z.output<typeof cloudfrontRequestEventSchema>;
export type CloudFrontResponseEvent = z.output<typeof cloudfrontResponseEventSchema>;
export type CloudFrontRequest = z.output<typeof cloudfrontRequestSchema>;
export type CloudFrontResponse = z.output<typeof cloudfrontResponseSchema>;
export type CloudFrontHeaders = z.output<typeof headersSchema>;
export type CloudFrontRequestAnswer = z.output<typeof cloudfrontRequestAnswerSchema>;
export type CloudFrontResponseAnswer = z.output<typeof cloudfrontResponseAnswerSchema>;
export type CloudFrontAnswer = z.output<typeof cloudfrontAnswerSchema>;

/**
 * What a handler returns for a request event: the request to continue with,
 * a response to send, or nothing (`undefined` or `null`) to continue unchanged.
 */
export type CloudFrontRequestResult = CloudFrontRequestAnswer | CloudFrontResponseAnswer | null | undefined;
/** What a handler returns for a response event: the (changed) response, or nothing to keep it unchanged. */
export type CloudFrontResponseResult = CloudFrontResponseAnswer | null | undefined;
/** What a handler mounted on every Lambda@Edge event returns. */
export type CloudFrontResult = CloudFrontRequestResult;
