import type {
  S3ObjectLambdaEvent,
  S3ObjectLambdaHeadObjectResult,
  S3ObjectLambdaListObjectsResult,
  S3ObjectLambdaListObjectsV2Result,
} from './schema.js';

type HeaderKind = 'string' | 'number' | 'boolean';

/**
 * The headers a HeadObject answer may carry, by lower-case name: the name
 * as the answer spells it and the JSON type it takes. `x-amz-meta-*` pass too.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html#olap-headobject
 */
const headHeaders: ReadonlyMap<string, readonly [string, HeaderKind]> = new Map(
  (
    [
      ['Accept-Ranges', 'string'],
      ['Cache-Control', 'string'],
      ['Content-Disposition', 'string'],
      ['Content-Encoding', 'string'],
      ['Content-Language', 'string'],
      ['Content-Length', 'number'],
      ['Content-Type', 'string'],
      ['ETag', 'string'],
      ['Expires', 'string'],
      ['Last-Modified', 'string'],
      ['x-amz-archive-status', 'string'],
      ['x-amz-delete-marker', 'boolean'],
      ['x-amz-expiration', 'string'],
      ['x-amz-missing-meta', 'number'],
      ['x-amz-mp-parts-count', 'number'],
      ['x-amz-object-lock-legal-hold', 'string'],
      ['x-amz-object-lock-mode', 'string'],
      ['x-amz-object-lock-retain-until-date', 'string'],
      ['x-amz-replication-status', 'string'],
      ['x-amz-request-charged', 'string'],
      ['x-amz-restore', 'string'],
      ['x-amz-server-side-encryption', 'string'],
      ['x-amz-server-side-encryption-aws-kms-key-id', 'string'],
      ['x-amz-server-side-encryption-bucket-key-enabled', 'boolean'],
      ['x-amz-server-side-encryption-customer-algorithm', 'string'],
      ['x-amz-server-side-encryption-customer-key-MD5', 'string'],
      ['x-amz-storage-class', 'string'],
      ['x-amz-tagging-count', 'number'],
      ['x-amz-version-id', 'string'],
    ] as const
  ).map(([name, kind]) => [name.toLowerCase(), [name, kind]]),
);

/** The presigned URL of the event's operation, and the HTTP method that reads it. */
function inputOf(event: S3ObjectLambdaEvent): { readonly url: string; readonly method: 'GET' | 'HEAD' } {
  if ('getObjectContext' in event) return { url: event.getObjectContext.inputS3Url, method: 'GET' };
  if ('headObjectContext' in event) return { url: event.headObjectContext.inputS3Url, method: 'HEAD' };
  if ('listObjectsContext' in event) return { url: event.listObjectsContext.inputS3Url, method: 'GET' };
  return { url: event.listObjectsV2Context.inputS3Url, method: 'GET' };
}

function headerOf(headers: Readonly<Record<string, string>>, lowerName: string): string | undefined {
  for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() === lowerName) return value;
  return undefined;
}

/**
 * Fetches the original object (HEAD for a HeadObject event, GET otherwise)
 * from the event's presigned `inputS3Url`, adding the caller's headers that
 * the URL signed (AWS requires them, except `Host`). Range and part-number
 * requests are the handler's to forward, through `init.headers`.
 *
 * @example
 * const original = await fetchS3ObjectLambdaInput(event)
 * return { body: redact(await original.text()), headers: { ContentType: 'text/plain' } }
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html
 */
export function fetchS3ObjectLambdaInput(event: S3ObjectLambdaEvent, init: RequestInit = {}): Promise<Response> {
  const { url, method } = inputOf(event);
  const headers = new Headers(init.headers);
  const signed = new URL(url).searchParams.get('X-Amz-SignedHeaders')?.split(';') ?? [];
  for (const name of signed) {
    const value = name === 'host' || headers.has(name) ? undefined : headerOf(event.userRequest.headers, name);
    if (value !== undefined) headers.set(name, value);
  }
  return fetch(url, { method, ...init, headers });
}

function toHeaderValue(value: string, kind: HeaderKind): string | number | boolean {
  if (kind === 'number') return Number(value);
  if (kind === 'boolean') return value === 'true';
  return value;
}

const errorCodesByStatus: Readonly<Record<number, string>> = {
  304: 'NotModified',
  403: 'AccessDenied',
  404: 'NoSuchKey',
  412: 'PreconditionFailed',
};

/**
 * Turns S3's answer to a HEAD of the presigned URL into the HeadObject
 * answer: its status and the headers HeadObject returns (`Content-Length`
 * as a number, user metadata included); an error status keeps its code.
 *
 * @example
 * return toS3ObjectLambdaHeadResult(await fetchS3ObjectLambdaInput(event))
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html#olap-headobject
 */
export function toS3ObjectLambdaHeadResult(response: Response): S3ObjectLambdaHeadObjectResult {
  if (response.status >= 300) {
    const errorCode = errorCodesByStatus[response.status] ?? 'RequestFailure';
    return {
      statusCode: response.status,
      errorCode,
      errorMessage: `The supporting access point answered ${response.status}`,
    };
  }
  const headers: Record<string, string | number | boolean> = {};
  response.headers.forEach((value, name) => {
    const known = headHeaders.get(name);
    if (known !== undefined) headers[known[0]] = toHeaderValue(value, known[1]);
    else if (name.startsWith('x-amz-meta-')) headers[name] = value;
  });
  return { statusCode: response.status, headers };
}

/**
 * Turns S3's answer to a GET of a ListObjects (or V2) presigned URL into
 * the list answer: its status and its XML as `listResultXml` (S3's error
 * XML, for an error status).
 *
 * @example
 * return toS3ObjectLambdaListResult(await fetchS3ObjectLambdaInput(event))
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html#olap-listobjectsv2
 */
export async function toS3ObjectLambdaListResult(
  response: Response,
): Promise<S3ObjectLambdaListObjectsResult & S3ObjectLambdaListObjectsV2Result> {
  return { statusCode: response.status, listResultXml: await response.text() };
}
