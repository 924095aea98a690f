import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { detectSource, toError } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { type LambdaEntry, loadHandler } from '../load-handler.js';

export type { LambdaEntry } from '../load-handler.js';

import { runHandler } from '../run-handler.js';
import { type DevDialect, toHttpEvent, writeHttpAnswer } from './http-events.js';
import { answerInvoke, invokeTarget } from './invoke-api.js';
import { watchDirectory } from './reload.js';

export interface DevServerOptions {
  /** `MODULE[#EXPORT]`, export `handler` by default. */
  readonly spec: string;
  readonly port?: number;
  readonly host?: string;
  readonly dialect?: DevDialect;
  readonly functionName?: string;
  readonly timeoutMs?: number;
  /** Reload the module when files under its directory change (default true). */
  readonly watch?: boolean;
  /**
   * Loads the handler; `fresh` is a new token on each reload. Defaults to
   * `loadHandler` (tsx for TypeScript); tests under jest pass jest's own `import()`.
   */
  readonly load?: (spec: string, fresh?: string) => Promise<LambdaEntry>;
  /** One line per invocation, reload and failure. */
  readonly log?: (line: string) => void;
}

export interface DevServer {
  /** `http://HOST:PORT`, the port the server really listens on. */
  readonly url: string;
  readonly port: number;
  /** Resolves after the module's next successful (re)load: tests await it after a change. */
  nextReload(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the dev server: every ordinary HTTP request becomes an event of
 * `dialect`, and the Lambda Invoke API (`POST /2015-03-31/functions/{name}/invocations`)
 * runs the handler with the posted payload, on the same port.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dialect = options.dialect ?? 'apigw-http';
  const functionName = options.functionName ?? 'switchboard-local';
  const timeoutMs = options.timeoutMs ?? 30_000;
  const load = options.load ?? loadHandler;
  let handler: LambdaEntry = await load(options.spec);
  let generation = 0;
  let waiters: (() => void)[] = [];

  const reload = async () => {
    generation += 1;
    try {
      handler = await load(options.spec, String(generation));
      log(`reloaded ${options.spec}`);
      for (const wake of waiters) wake();
      waiters = [];
    } catch (error) {
      // The previous code keeps serving until the module loads again.
      log(`reload failed, serving the previous code: ${toError(error).name}: ${toError(error).message}`);
    }
  };

  const invokeOnce = async (via: string, event: unknown): Promise<unknown> => {
    const started = performance.now();
    const source = sourceIdOf(event);
    try {
      const answer = await runHandler(handler, event, { functionName, timeoutMs });
      log(`${via} ${source} ok ${Math.round(performance.now() - started)}ms`);
      return answer;
    } catch (error) {
      log(`${via} ${source} error ${toError(error).name} ${Math.round(performance.now() - started)}ms`);
      throw error;
    }
  };

  const server = createServer((request, response) => {
    void serve(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    const body = await readBody(request);
    const target = invokeTarget(method, url);
    if (target !== undefined) {
      const invocationType = request.headers['x-amz-invocation-type'];
      await answerInvoke(
        {
          invocationType: Array.isArray(invocationType) ? invocationType[0] : invocationType,
          payload: body,
          run: (event) => invokeOnce(`invoke ${target}`, event),
        },
        response,
      );
      return;
    }
    const event = toHttpEvent(dialect, {
      method,
      url,
      headers: request.headers,
      body,
      sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
      httpVersion: request.httpVersion,
    });
    let answer: unknown;
    try {
      answer = await invokeOnce(`http ${method}`, event);
    } catch {
      // The caller's bare 500, as API Gateway answers a function error; the name is in the log line.
      response.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Internal Server Error"}');
      return;
    }
    writeHttpAnswer(dialect, answer, response);
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', () => done());
  });
  const stopWatching =
    options.watch === false
      ? () => undefined
      : watchDirectory(dirname(resolve(options.spec.split('#')[0] ?? '')), () => void reload());
  const { port, address, family } = server.address() as AddressInfo;
  const host = family === 'IPv6' ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    port,
    nextReload: () => new Promise<void>((wake) => waiters.push(wake)),
    close: () => {
      stopWatching();
      server.closeAllConnections();
      return new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** The detected source id (and variant) of an event, for the log line: never a value of the payload. */
function sourceIdOf(event: unknown): string {
  try {
    const match = detectSource(allSources, event);
    if (match === undefined) return 'unknown';
    // Only declared variants: an open one (a custom EventBridge detail-type) comes from the payload.
    const { source, variant } = match;
    return variant !== undefined && source.variants.includes(variant) ? `${source.id}:${variant}` : source.id;
  } catch {
    return 'unknown';
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks)));
    request.on('error', fail);
  });
}
