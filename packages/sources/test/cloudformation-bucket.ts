import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, jest } from '@jest/globals';
import { type CloudformationEvent, cloudformationReference } from '@switchboard/sources/cloudformation';
import type { Context } from 'aws-lambda';

/** One request the stand-in for S3 received. */
export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** The presigned path and query the requests point at; the PUT must keep both. */
export const responsePath = '/orders-stack%7CTopicPolicy%7Cd6a7c3b2?X-Amz-Expires=7200&X-Amz-Signature=3f1c9a7b';

/**
 * A real HTTP server on loopback standing in for the presigned S3 URL, for
 * the tests of the calling file: it records each request and answers the
 * queued statuses (200 once the queue is empty). Console errors (failures
 * are logged with their stack) are silenced.
 */
export function useResponseBucket() {
  const received: Received[] = [];
  const statuses: number[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      response.statusCode = statuses.shift() ?? 200;
      response.end();
    });
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${responsePath}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    received.length = 0;
    statuses.length = 0;
    jest.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  return {
    received,
    statuses,
    /** The sample request of `type`, its ResponseURL pointing at this server. */
    request(type: 'Create' | 'Update' | 'Delete', patch: Record<string, unknown> = {}): CloudformationEvent {
      const own =
        type === 'Create'
          ? {}
          : type === 'Update'
            ? {
                PhysicalResourceId: 'topic-policy-1',
                OldResourceProperties: { TopicArn: 'arn:aws:sns:us-east-1:1:old' },
              }
            : { PhysicalResourceId: 'topic-policy-1' };
      return { ...sample, ResponseURL: url, ...own, RequestType: type, ...patch } as CloudformationEvent;
    },
    bodies(): Record<string, unknown>[] {
      return received.map((each) => JSON.parse(each.body) as Record<string, unknown>);
    },
  };
}

export const sample = cloudformationReference.sample();
export const logStreamName = '2024/05/01/[$LATEST]0f1e2d3c4b5a69788796a5b4c3d2e1f0';
/** The ids every answer copies from the sample. */
export const ids = { StackId: sample.StackId, RequestId: sample.RequestId, LogicalResourceId: 'TopicPolicy' };

/** A Lambda context of the function the sample's ServiceToken names, with `remainingMs` left. */
export function lambdaContext(remainingMs = 60_000, invokedFunctionArn = sample.ServiceToken): Context {
  return { invokedFunctionArn, logStreamName, getRemainingTimeInMillis: () => remainingMs } as Context;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
