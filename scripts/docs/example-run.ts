import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DescribedSource } from '@switchboard/core';
import { lambdaContext } from '@switchboard/testing';
import type { Context } from 'aws-lambda';
import { type AwsCall, captureAwsCalls, type StandInRead } from './aws-capture.js';
import { withFixedClock } from './fixed-clock.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where the compiled example of each source lives: `<id>.ts`, exporting `handler`. */
export const defaultExamplesDir = new URL('../../examples/sources/src/', import.meta.url);

/** What running a source's example on its sample event gave. */
export type ExampleAnswer =
  | {
      readonly kind: 'answered';
      readonly answer: unknown;
      readonly calls: readonly AwsCall[];
      readonly reads: readonly StandInRead[];
    }
  | { readonly kind: 'failed'; readonly error: string }
  /** Not run: the caller never reads the answer (async sources without `settle`). */
  | { readonly kind: 'ignored' };

export interface Example {
  /** The example's path from the repository root. */
  readonly path: string;
  /** The file's text, or `undefined` while the example does not exist yet. */
  readonly code: string | undefined;
  readonly answer: ExampleAnswer | undefined;
}

type Handler = (event: unknown, context: Context) => Promise<unknown>;

/**
 * Reads `<id>.ts` from the examples directory and, for a source whose caller
 * reads an answer (a `response` schema) or that answers on its own
 * (`settle`), runs its `handler` on `source.sample()` with a Lambda context,
 * every answer to AWS captured instead of sent.
 *
 * @example
 * const { code, answer } = await loadExample(sqs)
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html
 */
export async function loadExample(source: DescribedSource, examplesDir: URL = defaultExamplesDir): Promise<Example> {
  const url = new URL(`${source.id}.ts`, examplesDir);
  const path = relative(repoRoot, fileURLToPath(url)).split(sep).join('/');
  if (!existsSync(url)) return { path, code: undefined, answer: undefined };
  const code = await readFile(url, 'utf8');
  if (source.response === undefined && source.settle === undefined) return { path, code, answer: { kind: 'ignored' } };
  return { path, code, answer: await runExample(url, source) };
}

async function runExample(url: URL, source: DescribedSource): Promise<ExampleAnswer> {
  try {
    const module = (await import(url.href)) as { handler?: unknown };
    if (typeof module.handler !== 'function') return { kind: 'failed', error: 'the module exports no `handler`' };
    const handler = module.handler as Handler;
    const event = source.sample();
    const { answer, calls, reads } = await withFixedClock(() =>
      captureAwsCalls(event, (sent) => handler(sent, contextFor(sent))),
    );
    return { kind: 'answered', answer, calls, reads };
  } catch (error) {
    return { kind: 'failed', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** A fixed context (no random request id, no date in the log stream), so the pages do not change between runs. */
function contextFor(event: unknown): Context {
  const context: Context = {
    ...lambdaContext({ functionName: 'switchboard-example', awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678' }),
    logStreamName: '2024/05/01/[$LATEST]switchboard-example',
  };
  // A custom resource's ServiceToken names the function CloudFormation invokes, and the source only
  // answers a request meant for the function that is running: run the example as that function.
  const token =
    typeof event === 'object' && event !== null ? (event as { ServiceToken?: unknown }).ServiceToken : undefined;
  return typeof token === 'string' && token.includes(':lambda:') ? { ...context, invokedFunctionArn: token } : context;
}
