import type { ServerResponse } from 'node:http';
import { toLambdaError } from '../lambda-error.js';

/** `POST /2015-03-31/functions/{name}/invocations`: the Lambda Invoke API's path. */
const invokePath = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

/** The function name of an Invoke API request, or undefined for an ordinary HTTP request. */
export function invokeTarget(method: string, url: string): string | undefined {
  if (method !== 'POST') return undefined;
  const match = invokePath.exec(new URL(url, 'http://localhost').pathname);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

/** What the Invoke API needs to run one request. */
export interface InvokeRequest {
  readonly invocationType: string | undefined;
  readonly payload: Buffer;
  /** Runs the handler; rejects with what it threw. */
  readonly run: (event: unknown) => Promise<unknown>;
}

function writeJson(response: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/**
 * Answers one Invoke API request as Lambda does: `RequestResponse` (the
 * default) 200 with the answer, or with `X-Amz-Function-Error: Unhandled` and
 * `{"errorType","errorMessage"}` when the handler throws; `Event` 202 and runs
 * in the background; `DryRun` 204 without running. A payload that is not JSON
 * is Lambda's 400 `InvalidRequestContentException`.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
 */
export async function answerInvoke(request: InvokeRequest, response: ServerResponse): Promise<void> {
  const type = request.invocationType ?? 'RequestResponse';
  if (!['RequestResponse', 'Event', 'DryRun'].includes(type)) {
    writeJson(
      response,
      400,
      { 'x-amzn-errortype': 'InvalidParameterValueException' },
      {
        Type: 'User',
        message: `Unsupported invocation type ${type}`,
      },
    );
    return;
  }
  let event: unknown;
  try {
    const text = request.payload.toString('utf8');
    event = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    writeJson(
      response,
      400,
      { 'x-amzn-errortype': 'InvalidRequestContentException' },
      {
        Type: 'User',
        message: 'Could not parse request body into json',
      },
    );
    return;
  }
  const version = { 'x-amz-executed-version': '$LATEST' };
  if (type === 'DryRun') {
    response.writeHead(204, version).end();
    return;
  }
  if (type === 'Event') {
    response.writeHead(202, version).end();
    // Lambda queues it: the caller never hears how it went (the log line says).
    request.run(event).catch(() => undefined);
    return;
  }
  try {
    writeJson(response, 200, version, (await request.run(event)) ?? null);
  } catch (thrown) {
    writeJson(response, 200, { ...version, 'x-amz-function-error': 'Unhandled' }, toLambdaError(thrown));
  }
}
