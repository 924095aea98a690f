import dns from 'node:dns';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP server standing in for the AWS endpoints that four
 * examples answer through, since AWS itself cannot run here: the S3 bucket
 * behind CloudFormation's presigned `ResponseURL` (PUT), the CodePipeline
 * and Config JSON APIs (POST with `x-amz-target`), and S3 for S3 Object
 * Lambda (a GET of the presigned `inputS3Url`, a POST of
 * WriteGetObjectResponse). The examples run unchanged, with the real AWS
 * SDK clients made from the environment that `pointAwsSdkAt` sets.
 */
export interface ReceivedRequest {
  readonly method: string;
  readonly host: string;
  readonly path: string;
  /** The operation of an AWS JSON protocol call (`x-amz-target`). */
  readonly target: string | undefined;
  readonly body: string;
}

export interface StandInAws {
  readonly received: ReceivedRequest[];
  /** `http://127.0.0.1:<port>`, for the presigned URLs of the events. */
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The text object behind S3 Object Lambda's `inputS3Url`: it holds an email address to redact. */
export const originalObject = 'Invoice INV-10293\nBilling contact: maria.garcia@example.com\nTotal: 129.00 EUR\n';

export async function startStandInAws(): Promise<StandInAws> {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const target = request.headers['x-amz-target'];
      received.push({
        method: request.method ?? '',
        host: request.headers.host ?? '',
        path: request.url ?? '',
        target: typeof target === 'string' ? target : undefined,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      if (request.method === 'GET') response.writeHead(200, { 'content-type': 'text/plain' }).end(originalObject);
      else if (target !== undefined)
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end('{}');
      else response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

type LookupCallback = (error: Error | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * Points the AWS SDK clients that the examples' sources make on first use
 * at `aws`, with dummy credentials and one attempt; returns the undo.
 * S3 prefixes WriteGetObjectResponse's host with the event's route
 * (`io-use2-001.s3.localhost`). Names under `.localhost` are loopback
 * (RFC 6761) but this machine's resolver does not know them, so they are
 * resolved to 127.0.0.1 here; every other name goes to the real resolver.
 */
export function pointAwsSdkAt(aws: StandInAws): () => void {
  const settings: Record<string, string> = {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_MAX_ATTEMPTS: '1',
    AWS_ENDPOINT_URL_CODEPIPELINE: aws.origin,
    AWS_ENDPOINT_URL_CONFIG_SERVICE: aws.origin,
    AWS_ENDPOINT_URL_S3: `http://s3.localhost:${aws.port}`,
  };
  const saved = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]));
  Object.assign(process.env, settings);
  const realLookup = dns.lookup;
  const lookup = (hostname: string, ...rest: unknown[]): void => {
    if (!hostname.endsWith('.localhost')) {
      Reflect.apply(realLookup, dns, [hostname, ...rest]);
      return;
    }
    const [options] = rest;
    const done = rest.at(-1) as LookupCallback;
    const all = typeof options === 'object' && options !== null && 'all' in options && options.all === true;
    if (all) done(null, [{ address: '127.0.0.1', family: 4 }]);
    else done(null, '127.0.0.1', 4);
  };
  dns.lookup = lookup as typeof dns.lookup;
  return () => {
    dns.lookup = realLookup;
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
