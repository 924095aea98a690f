import { checkResponse, type DescribedSource, type Source } from '@switchboard/core';
import { allSources } from '@switchboard/sources';

/** An answer read back from any dialect's result, for assertions. */
export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string[]>;
  readonly cookies: string[];
  readonly body: Buffer;
  readonly text: string;
  readonly schemaIssues: readonly unknown[];
}

interface WireResult {
  statusCode: number;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  cookies?: string[];
  body?: string;
  isBase64Encoded?: boolean;
}

/** A dialect's source is the runtime one; its response schema lives on the built-in reference of the same id. */
function describedOf(source: Source): DescribedSource {
  const described = allSources.find((each) => each.id === source.id);
  if (described === undefined) throw new Error(`No built-in source has the id ${source.id}`);
  return described;
}

export function readAnswer(source: Source, result: unknown): Answer {
  // Lambda hands the caller JSON.stringify(result): check what the caller really receives
  // (a header middy set to `undefined` to remove it is gone by then).
  const received: unknown = result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  const wire = received as WireResult;
  const headers: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(wire.headers ?? {})) headers[name.toLowerCase()] = [value];
  for (const [name, values] of Object.entries(wire.multiValueHeaders ?? {})) headers[name.toLowerCase()] = values;
  const cookies = wire.cookies ?? headers['set-cookie'] ?? [];
  const body = Buffer.from(wire.body ?? '', wire.isBase64Encoded ? 'base64' : 'utf8');
  return {
    status: wire.statusCode,
    headers,
    cookies,
    body,
    text: body.toString('utf8'),
    schemaIssues: checkResponse(describedOf(source), received),
  };
}
