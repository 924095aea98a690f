import { lambdaContext } from '@switchboard/testing';
import type { LambdaEntry } from './load-handler.js';

export interface RunOptions {
  readonly functionName: string;
  readonly timeoutMs: number;
}

/** Lambda's error when a function runs past its timeout. */
export class TimeoutError extends Error {
  override readonly name = 'Sandbox.Timedout';
}

/**
 * Runs `handler` once with a fresh Lambda context, as the runtime would:
 * resolves its answer, rejects with what it threw, or with a `Sandbox.Timedout`
 * error when it is still running at the timeout.
 */
export async function runHandler(handler: LambdaEntry, event: unknown, options: RunOptions): Promise<unknown> {
  const context = lambdaContext({ timeoutMs: options.timeoutMs, functionName: options.functionName });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = (options.timeoutMs / 1000).toFixed(2);
      reject(new TimeoutError(`Task timed out after ${seconds} seconds`));
    }, options.timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(() => handler(event, context)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
