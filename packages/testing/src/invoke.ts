import { SwitchboardError, toError } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import { type LambdaContextOptions, lambdaContext } from './context.js';

/** A Lambda handler as the Node.js runtime calls it (promise-based; callbacks are not supported). */
export type LambdaHandlerFunction<Event, Result> = (event: Event, context: Context) => Result | Promise<Result>;

export interface InvokeOptions {
  /** The function timeout in ms; the context counts down from it. Default 30 s, like `lambdaContext`. */
  readonly timeoutMs?: number;
  /** The rest of the context: function name, memory, region, request id. */
  readonly context?: Omit<LambdaContextOptions, 'timeoutMs'>;
}

/** A finished invocation: what the handler returned and how long it ran. */
export interface Invocation<Result> {
  readonly result: Awaited<Result>;
  readonly durationMs: number;
  readonly context: Context;
}

/**
 * The handler was still running when the function timeout expired; Lambda would have stopped it.
 *
 * @example
 * await expect(invoke(slowHandler, event, { timeoutMs: 50 })).rejects.toBeInstanceOf(InvocationTimeoutError)
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html
 */
export class InvocationTimeoutError extends SwitchboardError {
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super('INVOCATION_TIMEOUT', `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * Runs `handler` once as Lambda would: with a fresh context whose remaining
 * time counts down from `timeoutMs`, awaiting its answer. Resolves with the
 * result and the duration; rejects with what the handler threw (a non-Error
 * throw becomes an Error, its value as `cause`), or with an
 * `InvocationTimeoutError` if it is still running at the timeout. Unlike
 * Lambda, the timed-out handler is not killed: its promise is left behind.
 *
 * @example
 * const { result, durationMs } = await invoke(handler, events.sqs(), { timeoutMs: 3_000 })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html
 */
export async function invoke<Event, Result>(
  handler: LambdaHandlerFunction<Event, Result>,
  event: Event,
  options: InvokeOptions = {},
): Promise<Invocation<Result>> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const context = lambdaContext({ ...options.context, timeoutMs });
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new InvocationTimeoutError(timeoutMs)), timeoutMs);
  });
  try {
    // `async () =>` turns a synchronous throw into a rejection, as the runtime does.
    const running = (async () => handler(event, context))();
    // A handler that fails after the timeout must not become an unhandled rejection.
    running.catch(() => undefined);
    const result = await Promise.race([running, timedOut]);
    return { result, durationMs: performance.now() - started, context };
  } catch (thrown) {
    throw toError(thrown);
  } finally {
    clearTimeout(timer);
  }
}
