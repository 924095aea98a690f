import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type DevServer, type LambdaEntry, startDevServer } from '@switchboard/cli/dev';
import { events } from '@switchboard/testing';
import { invokeLocally } from '../src/local-invoke.js';

const handlerModule = fileURLToPath(new URL('../src/getting-started.ts', import.meta.url));

// The dev server loads TypeScript through tsx, which cannot register inside jest: jest's own import() loads it.
const jestImport = async (spec: string) =>
  ((await import(pathToFileURL(spec).href)) as { handler: LambdaEntry }).handler;

describe('invokeLocally against switchboard dev (real server on loopback, real AWS SDK)', () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startDevServer({
      spec: handlerModule,
      port: 0,
      load: jestImport,
      watch: false,
      log: () => undefined,
    });
  });
  afterAll(() => server.close());

  it('returns the handler answer for an SQS batch', async () => {
    const event = events.sqs.fromBodies(['', '{"orderId":"o-1"}']);
    await expect(invokeLocally(server.url, 'getting-started', event)).resolves.toEqual({
      batchItemFailures: [{ itemIdentifier: event.Records[0]?.messageId }],
    });
  });

  it("throws with Lambda's error payload, without a stack, when the handler fails", async () => {
    const error = await invokeLocally(server.url, 'getting-started', { unknown: 'event' }).catch((e: Error) => e);
    expect(String(error)).toMatch(/getting-started failed: .*"errorType":"UnknownEventError"/);
    expect(String(error)).not.toMatch(/\.ts:\d+|"stack/);
  });

  it('serves ordinary HTTP requests as HTTP API events on the same port', async () => {
    const response = await fetch(`${server.url}/hi`);
    expect(await response.text()).toBe('hello from /hi');
  });
});
