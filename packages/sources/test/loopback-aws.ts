import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for an AWS API endpoint, for tests that run the real
 * AWS SDK v3 clients: AWS itself is what cannot run here, so the SDK signs
 * and serializes real requests to this server, which records them and
 * answers as the service would (or fails, to test what happens then).
 */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface LoopbackAws {
  readonly requests: RecordedRequest[];
  /** The SDK client configuration that sends to this server: no real network, dummy credentials, one attempt. */
  readonly clientConfig: {
    readonly endpoint: string;
    readonly region: string;
    readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
    readonly maxAttempts: number;
  };
  /** Answer the next requests with this status, body and headers (default 200, `{}`, JSON). */
  answerWith(status: number, body?: string, headers?: Readonly<Record<string, string>>): void;
  close(): Promise<void>;
}

export async function startLoopbackAws(): Promise<LoopbackAws> {
  const requests: RecordedRequest[] = [];
  const json = { 'content-type': 'application/x-amz-json-1.1' };
  let answer: { status: number; body: string; headers: Readonly<Record<string, string>> } = {
    status: 200,
    body: '{}',
    headers: json,
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body });
      response.writeHead(answer.status, answer.headers);
      response.end(request.method === 'HEAD' ? undefined : answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    clientConfig: {
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    },
    answerWith(status, body = '{}', headers = json) {
      answer = { status, body, headers };
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
