import type { Context } from 'aws-lambda';
import { errorClassName, errorMessage, type Logger, writeLog } from '../log.js';
import type { DescribedSource, Settle, SettleContext, Source } from '../source.js';

type Invoke = (event: unknown, context: Context) => unknown;

export interface SettleOptions {
  readonly validateEvent: boolean;
  readonly timeoutMarginMs: number;
  readonly logger: Logger | undefined;
}

/**
 * Runs a handler for a source that owns its answer (`settle`): validation,
 * the handler and `toResult` happen inside `run`, so whatever fails there,
 * the source still answers its caller.
 */
export function settleWith(
  source: Source,
  settle: Settle<unknown>,
  handler: Invoke,
  event: unknown,
  context: Context,
  options: SettleOptions,
): Promise<unknown> {
  const run = (): Promise<unknown> => {
    try {
      // Mounting checked that a validating router's sources are described.
      if (options.validateEvent) (source as DescribedSource).assertEvent(event);
      const pending = Promise.resolve(handler(event, context));
      const { toResult } = source;
      return toResult === undefined ? pending : pending.then((result) => toResult(result, event));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return settle(run, event, {
    context,
    timeoutMarginMs: options.timeoutMarginMs,
    report: reporterFor(options.logger, source.id, context),
  });
}

const quiet: SettleContext['report'] = () => {};

/** The `report` a settling source gets: an error line in the router's log, or nothing when logging is off. */
function reporterFor(logger: Logger | undefined, source: string, context: Context): SettleContext['report'] {
  if (logger === undefined) return quiet;
  return (message, thrown) =>
    writeLog(logger, {
      level: 'error',
      message,
      source,
      ...(typeof context?.awsRequestId === 'string' && { requestId: context.awsRequestId }),
      ...(thrown !== undefined && { error: errorClassName(thrown) }),
      ...(thrown !== undefined && logger.details && { detail: errorMessage(thrown) }),
    });
}
