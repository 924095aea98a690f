import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client as AwsSdkClient } from '@smithy/core/client';

/** An answer a source sent to AWS instead of returning it: an SDK call, or a request to a presigned URL. */
export interface AwsCall {
  /** `PutJobSuccessResult`, `PUT ResponseURL`. */
  readonly api: string;
  readonly input: unknown;
}

/** A read the handler made (an object behind a presigned URL), answered with a stand-in instead. */
export interface StandInRead {
  /** `GET https://host/path`, without the presigned query. */
  readonly request: string;
  readonly body: string;
}

export interface Captured<Answer> {
  readonly answer: Answer;
  readonly calls: readonly AwsCall[];
  readonly reads: readonly StandInRead[];
}

/**
 * What a GET of a presigned URL (S3 Object Lambda's original object) gets:
 * a short text document. It is printed on the page, marked as a stand-in.
 */
export const standInObject = 'Invoice\nBilled to: jane.doe@example.com\nTotal: 42.50 EUR\n';

/**
 * Runs `invoke` with everything a handler or source would send to AWS
 * captured instead of sent, so the docs show what a caller receives with no
 * network call and no credentials. Only AWS itself is mocked:
 *
 * - AWS SDK v3 calls (CodePipeline's PutJob*Result, Config's PutEvaluations,
 *   S3's WriteGetObjectResponse): `send` of the base class every SDK client
 *   extends answers `{}`; the source still builds its real command.
 * - `fetch`: GETs (a presigned object URL) answer `standInObject`, other
 *   methods are recorded as calls.
 * - A presigned `ResponseURL` in the event (CloudFormation custom
 *   resources): it points at a loopback HTTP server, so the source's own
 *   `node:https` PUT really runs and its body is recorded.
 *
 * One invocation at a time: `send` and `fetch` are replaced globally.
 *
 * @example
 * const { answer, calls } = await captureAwsCalls(event, (event) => handler(event, context))
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
export async function captureAwsCalls<Answer>(
  event: unknown,
  invoke: (event: unknown) => Promise<Answer>,
): Promise<Captured<Answer>> {
  const calls: AwsCall[] = [];
  const reads: StandInRead[] = [];
  const server = await listenForResponseUrl(calls);
  const { port } = server.address() as AddressInfo;
  const originalSend = AwsSdkClient.prototype.send;
  const originalFetch = globalThis.fetch;
  AwsSdkClient.prototype.send = async function captureSend(command: { input?: unknown }) {
    calls.push({ api: command.constructor.name.replace(/Command$/, ''), input: await withTextBody(command.input) });
    return {};
  } as typeof originalSend;
  globalThis.fetch = async function captureFetch(input: string | URL | Request, init?: RequestInit) {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const where = `${request.method} ${url.origin}${url.pathname}`;
    if (request.method === 'GET') {
      reads.push({ request: where, body: standInObject });
      return new Response(standInObject, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    calls.push({ api: where, input: parseJson(await request.text()) });
    return new Response(null, { status: 200 });
  };
  try {
    const answer = await invoke(withLoopbackResponseUrl(event, `http://127.0.0.1:${port}/response`));
    return { answer, calls, reads };
  } finally {
    AwsSdkClient.prototype.send = originalSend;
    globalThis.fetch = originalFetch;
    server.close();
  }
}

async function listenForResponseUrl(calls: AwsCall[]): Promise<Server> {
  const server = createServer((request, response) => {
    readText(request).then((body) => {
      calls.push({ api: `${request.method} ResponseURL`, input: parseJson(body) });
      response.end();
    }, response.destroy.bind(response));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

function withLoopbackResponseUrl(event: unknown, url: string): unknown {
  if (typeof event !== 'object' || event === null || !('ResponseURL' in event)) return event;
  return { ...event, ResponseURL: url };
}

/** WriteGetObjectResponse carries the object as bytes or a stream: the page prints it as text. */
async function withTextBody(input: unknown): Promise<unknown> {
  if (typeof input !== 'object' || input === null || !('Body' in input)) return input;
  const { Body: body } = input;
  if (body instanceof Uint8Array) return { ...input, Body: Buffer.from(body).toString('utf8') };
  if (isAsyncIterable(body)) return { ...input, Body: await readText(body) };
  return input;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

async function readText(stream: AsyncIterable<unknown>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
