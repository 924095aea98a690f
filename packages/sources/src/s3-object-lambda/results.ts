import type { Readable } from 'node:stream';
import { SwitchboardError } from '@switchboard/core';

/** The transformed object's bytes: text, bytes, a Node.js stream, a web stream (a fetch body) or a Blob. */
export type S3ObjectLambdaBody = string | Uint8Array | Readable | ReadableStream<Uint8Array> | Blob;

/**
 * GetObject response headers, named as WriteGetObjectResponse names them.
 * @see https://docs.aws.amazon.com/AmazonS3/latest/API/API_WriteGetObjectResponse.html
 */
export interface S3ObjectLambdaObjectHeaders {
  readonly AcceptRanges?: string;
  readonly CacheControl?: string;
  readonly ContentDisposition?: string;
  readonly ContentEncoding?: string;
  readonly ContentLanguage?: string;
  readonly ContentLength?: number;
  readonly ContentRange?: string;
  readonly ContentType?: string;
  readonly ETag?: string;
  readonly Expires?: Date;
  readonly LastModified?: Date;
  /** User metadata, sent as `x-amz-meta-*`. */
  readonly Metadata?: Readonly<Record<string, string>>;
  readonly StorageClass?: string;
  readonly TagCount?: number;
  readonly VersionId?: string;
}

/**
 * The answer to a GetObject call: the transformed object with its status
 * and headers, or an error (`statusCode` 400 and up with `errorCode` and
 * `errorMessage`, which the caller receives as an S3 error).
 */
export interface S3ObjectLambdaObject {
  readonly body?: S3ObjectLambdaBody;
  /** Default 200. */
  readonly statusCode?: number;
  /** Sentence-cased, as S3's own codes (`AccessDenied`). */
  readonly errorCode?: string;
  readonly errorMessage?: string;
  readonly headers?: S3ObjectLambdaObjectHeaders;
}

/** What a GetObject handler returns: the transformed body alone, or an object with status and headers. */
export type S3ObjectLambdaGetObjectResult = S3ObjectLambdaBody | S3ObjectLambdaObject;

/**
 * Throw it from a handler to answer the caller with an S3 error of your
 * choosing (`403 AccessDenied`, say); any other error answers
 * `500 InternalError` with a generic message, never the error's own.
 *
 * @example
 * if (!allowed(event.userIdentity)) throw new S3ObjectLambdaError(403, 'AccessDenied', 'Redacted objects only')
 * @see https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList
 */
export class S3ObjectLambdaError extends SwitchboardError {
  readonly statusCode: number;
  readonly errorCode: string;

  constructor(statusCode: number, errorCode: string, message: string) {
    super('S3_OBJECT_LAMBDA_ERROR', message);
    this.statusCode = statusCode;
    this.errorCode = errorCode;
  }
}
