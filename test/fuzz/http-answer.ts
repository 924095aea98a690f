/**
 * Reads an HTTP caller's answer (API Gateway, function URL, ALB, VPC
 * Lattice shapes) into status, headers and body text, and checks what every
 * answer must satisfy whatever the request was.
 */
import { checkResponse, type Source } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { apigwHttpStructuredResponseSchema } from '@switchboard/sources/apigw-http';
import { type $ZodType, safeParse } from 'zod/v4/core';
import { expectNoValueIn } from './outcome.js';

export interface ReadAnswer {
  readonly status: number;
  /** Lower-cased names, every value (cookies under `set-cookie`). */
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly body: string;
}

// Payload 2.0 also accepts any JSON value as an answer; an HTTP app always writes the structured one.
const structuredSchemas: Readonly<Record<string, $ZodType>> = {
  'apigw-http': apigwHttpStructuredResponseSchema,
  'function-url': apigwHttpStructuredResponseSchema,
};

/**
 * Throws unless `answer` passes the response schema of `source`'s caller (the
 * structured one for payload 2.0). `source` may be the runtime source a
 * dialect mounts: its reference is found by id.
 */
export function expectValidAnswer(source: Source, answer: unknown): ReadAnswer {
  const described = allSources.find((each) => each.id === source.id);
  if (described === undefined) throw new Error(`${source.id} is not a built-in source`);
  const issues = checkResponse(described, answer);
  if (issues.length > 0) throw new Error(`${source.id} answer fails its schema: ${JSON.stringify(issues)}`);
  const structured = structuredSchemas[source.id];
  if (structured !== undefined && !safeParse(structured, answer).success) {
    throw new Error(`${source.id} answer is not a structured answer`);
  }
  return readAnswer(answer as WireAnswer);
}

interface WireAnswer {
  readonly statusCode: number;
  readonly headers?: Readonly<Record<string, string | number | boolean>>;
  readonly multiValueHeaders?: Readonly<Record<string, readonly (string | number | boolean)[]>>;
  readonly cookies?: readonly string[];
  readonly body?: string;
  readonly isBase64Encoded?: boolean;
}

function readAnswer(answer: WireAnswer): ReadAnswer {
  const headers: Record<string, string[]> = {};
  const add = (name: string, value: unknown) => {
    const key = name.toLowerCase();
    headers[key] = [...(Object.hasOwn(headers, key) ? (headers[key] ?? []) : []), String(value)];
  };
  for (const [name, value] of Object.entries(answer.headers ?? {})) add(name, value);
  for (const [name, values] of Object.entries(answer.multiValueHeaders ?? {}))
    for (const value of values) add(name, value);
  for (const cookie of answer.cookies ?? []) add('set-cookie', cookie);
  const raw = answer.body ?? '';
  const body = answer.isBase64Encoded === true ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  return { status: answer.statusCode, headers, body };
}

const stackFrame = /\n\s*at |\.ts:\d/;

/**
 * What holds for every answer: a real status code; no header value that
 * could split the response; an error answer is problem+json (4xx) or a bare
 * 500, and quotes neither the request's values nor a stack trace.
 */
export function expectSafeAnswer(answer: ReadAnswer, method: string): void {
  const { status, headers, body } = answer;
  if (!Number.isInteger(status) || status < 100 || status > 599) throw new Error(`Invalid status ${status}`);
  for (const [name, values] of Object.entries(headers)) {
    if (values.some((value) => /[\r\n]/.test(value))) throw new Error(`Header ${name} carries CR/LF`);
  }
  if (status < 400) {
    // Error answers to HEAD still carry their problem body (the app strips only a route's answer).
    if (method === 'HEAD' && body !== '') throw new Error('A HEAD answer has a body');
    return;
  }
  expectNoValueIn(body, `${status} answer body`);
  if (stackFrame.test(body)) throw new Error(`A ${status} answer shows a stack trace`);
  if (status >= 500 || method === 'HEAD') return;
  if (headers['content-type']?.[0] !== 'application/problem+json') {
    throw new Error(`A ${status} answer is ${headers['content-type']?.[0]}, not problem+json`);
  }
  const problem = JSON.parse(body) as { status?: unknown };
  if (problem.status !== status) throw new Error(`A ${status} problem says status ${String(problem.status)}`);
}
