import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { SwitchboardError, toError } from '@switchboard/core';
import type { CloudformationResponseBody } from './schema.js';

export interface CloudformationPutOptions {
  /** Tries in all (default 3): network errors and 5xx answers are retried, 4xx are not. */
  readonly attempts?: number;
  /** Wait before the first retry, doubled before each next one (default 200 ms). */
  readonly backoffMs?: number;
  /** Gives up on one try after this long (default 5,000 ms). */
  readonly attemptTimeoutMs?: number;
}

/**
 * The answer could not be delivered to CloudFormation. Thrown out of the
 * Lambda handler so that Lambda's asynchronous retries run the invocation
 * again; the message names the bucket and key, never the URL's signature.
 */
export class CloudformationResponseError extends SwitchboardError {
  readonly status: number | undefined;

  constructor(where: string, attempts: number, status: number | undefined, cause: unknown) {
    const why = status === undefined ? toError(cause).message : `HTTP ${status}`;
    super('CLOUDFORMATION_RESPONSE_FAILED', `Could not PUT the response to ${where} (${attempts} tries): ${why}`, {
      cause,
    });
    this.status = status;
  }
}

/**
 * PUTs an answer to a request's presigned `ResponseURL`, as AWS's
 * cfn-response module does: `content-type` empty (the URL was signed
 * without one, so S3 refuses any other) and an exact `content-length`.
 * Retries network errors and 5xx answers with backoff; throws
 * `CloudformationResponseError` when the answer was not delivered.
 *
 * @example
 * await putCloudformationResponse(event.ResponseURL, toCloudformationSuccess({ PhysicalResourceId: 'topic-1' }, event))
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-lambda-function-code-cfnresponsemodule.html
 */
export async function putCloudformationResponse(
  responseUrl: string,
  body: CloudformationResponseBody | string,
  options: CloudformationPutOptions = {},
): Promise<void> {
  const url = new URL(responseUrl);
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const attempts = Math.max(1, options.attempts ?? 3);
  let delay = options.backoffMs ?? 200;
  let status: number | undefined;
  let cause: unknown;
  let tries = 0;
  while (tries < attempts) {
    tries += 1;
    try {
      status = await putOnce(url, payload, options.attemptTimeoutMs ?? 5_000);
      if (status >= 200 && status < 300) return;
      if (status < 500) break; // an expired or mismatched signature: retrying cannot help
    } catch (error) {
      status = undefined;
      cause = error;
    }
    if (tries < attempts) await sleep(delay);
    delay *= 2;
  }
  throw new CloudformationResponseError(`${url.host}${url.pathname}`, tries, status, cause);
}

function putOnce(url: URL, payload: string, timeoutMs: number): Promise<number> {
  const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'PUT',
        // A fresh connection each time: a pooled socket would outlive a frozen Lambda sandbox.
        agent: false,
        timeout: timeoutMs,
        headers: { 'content-type': '', 'content-length': Buffer.byteLength(payload) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(payload);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
