import type { Context } from 'aws-lambda';
import { errorClassName, errorMessage, type Logger, writeLog } from '../log.js';
import type { DescribedSource, Settle, SettleContext, SettleOptions, Settling, Source } from '../source.js';

type Invoke = (event: unknown, context: Context) => unknown;

/**
 * A source's `settle`: `settle` gets `run` (validation when the router
 * validates, the handler, `toResult`) and answers on every path. Passed by
 * the source, so the router imports none of this.
 *
 * @example
 * runtimeSource<GateEvent, GateAnswer>()({ ..., settle: settling((run) => run().catch(() => ({ open: false }))) })
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html
 */
export function settling<Event>(settle: Settle<Event>): Settling<Event> {
  return (source, handler, event, context, options) =>
    settleWith(source, settle as Settle<unknown>, handler, event, context, options);
}

/**
 * Runs a handler for a source that owns its answer (`settle`): validation,
 * the handler and `toResult` happen inside `run`, so whatever fails there,
 * the source still answers its caller.
 */
function settleWith(
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
