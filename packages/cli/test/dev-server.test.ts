// The dev server on loopback, called with fetch and with the real @aws-sdk/client-lambda.
// AWS itself is what cannot run here: these tests prove the local server speaks the
// Invoke API well enough for the real SDK client, not that Lambda behaves the same.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type DevServer, type LambdaEntry, startDevServer } from '../src/dev/server.js';

const tmp = join('packages', 'cli', 'test', `tmp-dev-${process.pid}`);
const module = join(tmp, 'handler.ts');
const handlerSource = (greeting: string) => `
export const handler = async (event: any) => {
  if (event?.fail) throw new TypeError('boom');
  if (event?.rawPath === '/bytes') return { statusCode: 200, headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([0, 255, 1]).toString('base64'), isBase64Encoded: true };
  if (event?.rawPath === '/crash') throw new Error('secret internals');
  if (event?.rawPath !== undefined) return { statusCode: 201, headers: { 'x-greeting': '${greeting}' }, multiValueHeaders: { 'x-multi': ['a', 'b'] }, cookies: ['a=1', 'b=2'], body: JSON.stringify({ path: event.rawPath, method: event.requestContext.http.method, body: event.body }) };
  return { greeting: '${greeting}', got: event };
};
`;

// tsx cannot register its loader inside jest; jest's own import() loads TypeScript (a query busts its cache).
const jestImport = async (spec: string, fresh?: string) => {
  const url = pathToFileURL(resolve(spec)).href + (fresh === undefined ? '' : `?reload=${fresh}`);
  return ((await import(url)) as { handler: LambdaEntry }).handler;
};

describe('switchboard dev', () => {
  let server: DevServer;
  let lines: string[];
  let lambda: LambdaClient;

  beforeAll(async () => {
    mkdirSync(tmp, { recursive: true });
    writeFileSync(module, handlerSource('hello'));
    lines = [];
    server = await startDevServer({
      spec: module,
      port: 0,
      load: jestImport,
      functionName: 'local',
      log: (line) => lines.push(line),
    });
    lambda = new LambdaClient({
      endpoint: server.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
  });
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    lambda?.destroy();
    await server?.close();
  });

  it('listens on loopback and turns a request into an HTTP API event and the answer into a response', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/orders?x=1`, {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-greeting')).toBe('hello');
    expect(response.headers.get('x-multi')).toBe('a, b');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.json()).toEqual({ path: '/orders', method: 'POST', body: '{"a":1}' });
    expect(lines.at(-1)).toMatch(/^http POST apigw-http ok \d+ms$/);
  });

  it('writes base64 answers as bytes, and a handler error as a bare 500', async () => {
    const bytes = await fetch(`${server.url}/bytes`);
    expect([...new Uint8Array(await bytes.arrayBuffer())]).toEqual([0, 255, 1]);
    const crash = await fetch(`${server.url}/crash`);
    expect(crash.status).toBe(500);
    expect(await crash.text()).not.toContain('secret');
  });

  it('answers InvokeCommand RequestResponse with the payload and $LATEST', async () => {
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'local', Payload: JSON.stringify({ n: 1 }) }));
    expect(out.StatusCode).toBe(200);
    expect(out.ExecutedVersion).toBe('$LATEST');
    expect(out.FunctionError).toBeUndefined();
    expect(JSON.parse(Buffer.from(out.Payload ?? []).toString())).toEqual({ greeting: 'hello', got: { n: 1 } });
    expect(lines.at(-1)).toMatch(/^invoke local unknown ok \d+ms$/);
  });

  it('answers Event with 202 and DryRun with 204', async () => {
    const event = await lambda.send(
      new InvokeCommand({ FunctionName: 'local', InvocationType: 'Event', Payload: '{}' }),
    );
    expect(event.StatusCode).toBe(202);
    const dry = await lambda.send(new InvokeCommand({ FunctionName: 'local', InvocationType: 'DryRun' }));
    expect(dry.StatusCode).toBe(204);
  });

  it('reports a handler error as FunctionError Unhandled with Lambda’s payload, no stack', async () => {
    const out = await lambda.send(new InvokeCommand({ FunctionName: 'local', Payload: '{"fail":true}' }));
    expect(out.StatusCode).toBe(200);
    expect(out.FunctionError).toBe('Unhandled');
    expect(JSON.parse(Buffer.from(out.Payload ?? []).toString())).toEqual({
      errorType: 'TypeError',
      errorMessage: 'boom',
    });
  });

  it('logs the detected source, never payload values', async () => {
    const sqsEvent = {
      Records: [
        { messageId: 'm', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:1:q', body: 'SECRET' },
      ],
    };
    await lambda.send(new InvokeCommand({ FunctionName: 'local', Payload: JSON.stringify(sqsEvent) }));
    expect(lines.at(-1)).toMatch(/^invoke local sqs:standard ok \d+ms$/);
    expect(lines.join('\n')).not.toContain('SECRET');
  });

  it('reloads the module when a file under its directory changes (a child process: tsx loads fresh code)', async () => {
    const child = spawn(
      process.execPath,
      ['--conditions=switchboard-source', '--import', 'tsx', 'packages/cli/src/bin.ts', 'dev', module, '--port', '0'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((done, fail) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(text);
          if (match?.[1] !== undefined) done(match[1]);
        });
        child.once('exit', () => fail(new Error(`dev exited: ${text}`)));
      });
      const greet = async () =>
        (
          (await (await fetch(`${url}/2015-03-31/functions/x/invocations`, { method: 'POST', body: '{}' })).json()) as {
            greeting: string;
          }
        ).greeting;
      expect(await greet()).toBe('hello');
      const reloaded = new Promise<void>((done) =>
        child.stderr.on('data', (chunk: Buffer) => chunk.toString().includes('reloaded') && done()),
      );
      writeFileSync(module, handlerSource('reloaded'));
      await reloaded;
      expect(await greet()).toBe('reloaded');
    } finally {
      child.kill('SIGTERM');
      writeFileSync(module, handlerSource('hello'));
    }
  }, 30_000);
});
