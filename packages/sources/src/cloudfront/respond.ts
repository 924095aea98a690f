import { type HeaderValue, type HttpResponse, SwitchboardError } from '@switchboard/core';
import { collectHeaderFields } from '../internal/http-headers.js';
import { toStatusLine } from '../internal/http-status-text.js';
import { cloudfrontVariantOf } from './detect.js';
import type {
  CloudFrontHeaders,
  CloudFrontRequestAnswer,
  CloudFrontRequestEvent,
  CloudFrontResponseAnswer,
} from './schema.js';

/**
 * Lambda@Edge quotas on a response generated in a request event, headers and
 * body included; measured here on the answer's JSON, which is at least as large.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge
 */
const generatedResponseLimits: Readonly<Record<string, number>> = {
  'viewer-request': 40 * 1024,
  'origin-request': 1024 * 1024,
};

/**
 * Writes headers in CloudFront's shape: lower-cased names, each value as
 * `{ key, value }` with the name as it was given (the spelling viewers see).
 * An empty list leaves the header out.
 *
 * @example
 * toCloudFrontHeaders({ 'Cache-Control': 'max-age=60', Vary: ['Accept', 'Origin'] })
 * // { 'cache-control': [{ key: 'Cache-Control', value: 'max-age=60' }], vary: [{ key: 'Vary', value: 'Accept' }, { key: 'Vary', value: 'Origin' }] }
 * @throws SwitchboardError `INVALID_HEADER` when a name or value holds CR or LF.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#lambda-event-structure-request
 */
export function toCloudFrontHeaders(headers: Readonly<Record<string, HeaderValue>>): CloudFrontHeaders {
  return writeHeaders({ status: 200, headers });
}

/**
 * Writes a dialect-neutral `HttpResponse` as a Lambda@Edge response: the
 * status as a string with its reason phrase, headers in CloudFront's shape
 * (one `set-cookie` entry per cookie), text bodies as `text` and bytes as
 * `base64`. Given the request event it answers, it also checks the quota on
 * generated responses (40 KB for viewer requests, 1 MB for origin requests).
 *
 * @example
 * router().on(cloudfront.variant('viewer-request'), async (event) =>
 *   toCloudFrontResponse({ status: 302, headers: { Location: 'https://example.com/login' } }, event))
 * @throws SwitchboardError `INVALID_HEADER` for CR or LF in a header; `RESPONSE_TOO_LARGE` over the quota.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export function toCloudFrontResponse(response: HttpResponse, event?: unknown): CloudFrontResponseAnswer {
  const answer: CloudFrontResponseAnswer = { status: String(response.status), headers: writeHeaders(response) };
  const description = reasonPhrase(response.status);
  if (description !== '') answer.statusDescription = description;
  if (typeof response.body === 'string') {
    answer.body = response.body;
    answer.bodyEncoding = 'text';
  } else if (response.body !== undefined) {
    const { buffer, byteOffset, byteLength } = response.body;
    answer.body = Buffer.from(buffer, byteOffset, byteLength).toString('base64');
    answer.bodyEncoding = 'base64';
  }
  if (event !== undefined) assertWithinQuota(answer, event);
  return answer;
}

/** What `toCloudFrontRequest` may change; `clientIp` and `method` are read-only. */
export interface CloudFrontRequestChanges {
  readonly uri?: string;
  readonly querystring?: string;
  /** Headers to set, replacing any of the same name; an empty list removes one. */
  readonly headers?: Readonly<Record<string, HeaderValue>>;
  readonly origin?: CloudFrontRequestAnswer['origin'];
}

/**
 * Continues a request event with its request, changed: CloudFront then goes
 * on to its cache (viewer request) or to the origin (origin request).
 *
 * @example
 * router().on(cloudfront.variant('origin-request'), async (event) =>
 *   toCloudFrontRequest(event, { uri: '/index.html', headers: { 'X-Edge': 'rewritten' } }))
 * @throws SwitchboardError `INVALID_HEADER` when a header name or value holds CR or LF.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#lambda-event-structure-request
 */
export function toCloudFrontRequest(
  event: CloudFrontRequestEvent,
  changes: CloudFrontRequestChanges = {},
): CloudFrontRequestAnswer {
  const request = event.Records[0]?.cf.request;
  if (request === undefined) throw new SwitchboardError('INVALID_EVENT', 'The CloudFront event has no record');
  const { headers, ...rest } = changes;
  const answer: CloudFrontRequestAnswer = { ...request, ...rest, headers: { ...request.headers } };
  for (const [name, values] of Object.entries(headers ?? {})) {
    const written = toCloudFrontHeaders({ [name]: values });
    const key = name.toLowerCase();
    const entries = written[key];
    if (entries === undefined) delete answer.headers[key];
    else answer.headers[key] = entries;
  }
  return answer;
}

function writeHeaders(response: HttpResponse): CloudFrontHeaders {
  const { fields, cookies } = collectHeaderFields(response);
  const spelling = new Map(Object.keys(response.headers ?? {}).map((name) => [name.toLowerCase(), name]));
  const headers: CloudFrontHeaders = {};
  for (const [name, values] of fields) {
    const key = spelling.get(name) ?? name;
    headers[name] = values.map((value) => ({ key, value }));
  }
  if (cookies.length > 0) headers['set-cookie'] = cookies.map((value) => ({ key: 'Set-Cookie', value }));
  return headers;
}

/** "OK" for 200; empty for a code without a registered phrase (the line is "599"). */
function reasonPhrase(status: number): string {
  return toStatusLine(status).slice(String(status).length + 1);
}

function assertWithinQuota(answer: CloudFrontResponseAnswer, event: unknown): void {
  const variant = cloudfrontVariantOf(event);
  const limit = variant === undefined ? undefined : generatedResponseLimits[variant];
  if (limit === undefined) return;
  const size = Buffer.byteLength(JSON.stringify(answer));
  if (size > limit) {
    throw new SwitchboardError(
      'RESPONSE_TOO_LARGE',
      `A response generated in a ${variant} event may be ${limit} bytes; this one is ${size}`,
    );
  }
}
