/**
 * Sends one request to an HTTP app mounted on a real router, through a real
 * dialect (the event built as that AWS caller sends it), and reads back the
 * answer as the caller would. Only AWS is absent: nothing is mocked.
 */
import { type LogEntry, router } from '@switchboard/core';
import { albDialect, apigwHttpDialect, apigwRestDialect, type Dialect, type HttpApp } from '@switchboard/http';
import { events, type HttpRequestSpec, lambdaContext } from '@switchboard/testing';
import { consoleLines, logSink } from './capture.js';

export type DialectName = 'apigw-http' | 'apigw-rest' | 'alb';

export const dialectNames: readonly DialectName[] = ['apigw-http', 'apigw-rest', 'alb'];

const dialects: readonly Dialect[] = [apigwHttpDialect, apigwRestDialect, albDialect];

export const context = lambdaContext({ awsRequestId: 'req-bad-input' });

export interface HttpOutcome {
  readonly status: number;
  /** Lower-cased names, values joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The whole answer as Lambda hands it to the caller. */
  readonly wire: string;
  /** What a capturing sink received, and what the default console sink wrote, for the same request. */
  readonly entries: readonly LogEntry[];
  readonly lines: readonly string[];
}

export interface SendOptions {
  readonly dialect?: DialectName;
  /** Changes the built event the way no builder would (a body flagged base64 that is not). */
  readonly tamper?: (event: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Builds the event for `spec` and serves it twice, each time through a new
 * app mounted on a new router: once with a capturing `log` sink, once with
 * the default sink.
 */
export async function send(
  makeApp: () => HttpApp,
  spec: HttpRequestSpec,
  options: SendOptions = {},
): Promise<HttpOutcome> {
  const built = events.http({ ...spec, dialect: options.dialect ?? 'apigw-http' }) as unknown as Record<
    string,
    unknown
  >;
  const event = options.tamper ? options.tamper(built) : built;
  const sink = logSink();
  // A mounted app writes to its router's sink.
  const result = await makeApp()
    .mount(router({ log: sink.log }), dialects)
    .handler(event, context);
  const lines = await consoleLines(() => makeApp().mount(router(), dialects).handler(event, context));
  return { ...readAnswer(result), entries: sink.entries, lines };
}

interface WireResult {
  readonly statusCode: number;
  readonly headers?: Record<string, string>;
  readonly multiValueHeaders?: Record<string, string[]>;
  readonly body?: string;
  readonly isBase64Encoded?: boolean;
}

function readAnswer(result: unknown): Pick<HttpOutcome, 'status' | 'headers' | 'body' | 'wire'> {
  const wire = JSON.stringify(result);
  const answer = JSON.parse(wire) as WireResult;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers ?? {})) headers[name.toLowerCase()] = value;
  for (const [name, values] of Object.entries(answer.multiValueHeaders ?? {})) {
    headers[name.toLowerCase()] = values.join(', ');
  }
  const body = Buffer.from(answer.body ?? '', answer.isBase64Encoded ? 'base64' : 'utf8').toString('utf8');
  return { status: answer.statusCode, headers, body, wire };
}
