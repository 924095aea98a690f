import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApigwHttpEvent } from '@switchboard/sources/apigw-http';
import type { Context } from 'aws-lambda';

/**
 * A minimal stand-in for API Gateway's HTTP API on loopback: each request
 * becomes a payload 2.0 event, and the handler's answer is written back the
 * way API Gateway would. `switchboard dev` (the CLI) will supersede it.
 */
export type LambdaEntry = (event: unknown, context: Context) => Promise<unknown>;

const textTypes = /^(text\/|application\/(json|[\w.+-]+\+json|xml|x-www-form-urlencoded|javascript))/;

export function startLocalServer(handler: LambdaEntry, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((request, response) => {
    void answer(handler, request, response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

async function answer(handler: LambdaEntry, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    const body = await readBody(request);
    const result = await handler(toHttpApiEvent(request, body), localContext());
    writeResult(result, response);
  } catch (error) {
    // API Gateway answers an unhandled function error with a bare 500; the details stay in the log.
    console.error('handler failed:', error instanceof Error ? error.name : typeof error);
    response.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Internal Server Error"}');
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export function toHttpApiEvent(request: IncomingMessage, body: Buffer): ApigwHttpEvent {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && name !== 'cookie') headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const isText = textTypes.test(headers['content-type'] ?? 'text/plain');
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(request.headers.cookie && { cookies: request.headers.cookie.split('; ') }),
    headers,
    ...(url.search !== '' && { queryStringParameters: query }),
    requestContext: {
      accountId: '123456789012',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: request.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length > 0 && { body: isText ? body.toString('utf8') : body.toString('base64') }),
    isBase64Encoded: body.length > 0 && !isText,
  } as ApigwHttpEvent;
}

interface StructuredResult {
  statusCode: number;
  headers?: Record<string, string | number | boolean>;
  cookies?: string[];
  body?: string;
  isBase64Encoded?: boolean;
}

function isStructured(result: unknown): result is StructuredResult {
  return typeof result === 'object' && result !== null && 'statusCode' in result;
}

/** API Gateway's payload 2.0 rule: an answer without `statusCode` is a 200 JSON body. */
function writeResult(result: unknown, response: ServerResponse): void {
  if (!isStructured(result)) {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result ?? null));
    return;
  }
  for (const [name, value] of Object.entries(result.headers ?? {})) response.setHeader(name, String(value));
  if (result.cookies?.length) response.setHeader('set-cookie', result.cookies);
  const body = result.body ?? '';
  response.writeHead(result.statusCode).end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}

function localContext(): Context {
  const deadline = Date.now() + 30_000;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'multi-source',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:multi-source',
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/multi-source',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
