import type { Context } from 'aws-lambda';
import { DefinitionError, NoHandlerError, targetName, UnknownEventError } from './errors.js';
import type { ForeignHandler, SourceHandler } from './handler-types.js';
import { answersForItself } from './internal/answers-for-itself.js';
import { toFailureEntry } from './internal/error-entry.js';
import { describeEventShape } from './internal/event-shape.js';
import { type Logger, type LogOptions, toLogger } from './log.js';
import {
  type DescribedSource,
  type EventOf,
  isDescribed,
  type Mountable,
  type ResultOf,
  type Source,
} from './source.js';

/** Runs for events that no mounted source claims. */
export type FallbackHandler = (event: unknown, context: Context, callback: never) => unknown;

/** A plain Lambda handler: usable as the function's export and as `middy(app.handler)`. */
export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

/** `log`: where error-path lines go (default: console, `false` silences); `logDetails`: add messages. */
export interface RouterOptions extends LogOptions {
  /**
   * Check each event against its source's schema before the handler runs.
   * Default `false`: AWS builds these envelopes, detection already checked
   * the discriminating fields, and a full parse costs more than the rest of
   * the router (figures in the README). Turn it on for sources you do not trust.
   */
  readonly validateEvent?: boolean;
  /** Check each answer against the caller's response schema before it is returned. Default `false`. */
  readonly validateResponse?: boolean;
  /**
   * How long before the Lambda timeout a source that must always answer
   * (a CloudFormation custom resource) gives up on its handler and answers
   * failure. Default 1,000 ms: enough for one HTTPS PUT to S3.
   */
  readonly timeoutMarginMs?: number;
}

/** Which mounted source, and which of its variants, claims an event. */
export interface Match {
  readonly source: Source;
  readonly variant: string | undefined;
}

export interface Router {
  /** Mounts `handler` on a source or on one of its variants; a variant's handler is tried before its source's. */
  // `NoInfer`: the types come from the source alone, so an inline answer keeps its literals (`Effect: 'Allow'`).
  on<Target extends MountTarget>(
    target: Target,
    handler: NoInfer<SourceHandler<EventOf<Target>, ResultOf<Target>>>,
  ): Router;
  /** Mounts a handler typed elsewhere (`SQSHandler` from `@types/aws-lambda`, say) without a cast. */
  on<Target extends MountTarget>(
    target: Target,
    handler: NoInfer<ForeignHandler<EventOf<Target>, ResultOf<Target>>>,
  ): Router;
  /** Mounts the handler for events no mounted source claims (instead of an UnknownEventError). */
  fallback(handler: FallbackHandler): Router;
  /** Which mounted source claims `event`, without running anything. */
  match(event: unknown): Match | undefined;
  /** The Lambda handler to export. */
  readonly handler: LambdaHandler;
  /** The `timeoutMarginMs` option (default 1,000), for apps mounted on this router (an HTTP app's 504). */
  readonly timeoutMarginMs: number;
  /** The resolved `log`/`logDetails` options (`undefined` when silenced), for apps mounted on this router. */
  readonly logger: Logger | undefined;
}

/** A source, a variant, or a list of them sharing one handler (several Cognito triggers, say). */
export type MountTarget = Mountable<any, any> | readonly Mountable<any, any>[];

type Invoke = (event: unknown, context: Context) => unknown;

interface Mount {
  source: Source;
  sourceHandler: Invoke | undefined;
  readonly variantHandlers: Map<string, Invoke>;
  /**
   * The handler to call with nothing around it, decided when mounting: one
   * that answers for itself (an HTTP app), on a source with no variant
   * handlers, no settling and no event validation.
   */
  direct: Invoke | undefined;
}

/**
 * Creates a router: mount handlers with `on`, export `handler`.
 * Only mounted sources are checked, in the order they were first mounted.
 *
 * @example
 * export const handler = router()
 *   .on(sqs, async (event) => ({ batchItemFailures: [] }))
 *   .on(s3, async (event) => console.log(event.Records.length))
 *   .handler
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html
 */
export function router(options: RouterOptions = {}): Router {
  const { validateEvent = false, validateResponse = false, timeoutMarginMs = 1_000 } = options;
  const mounts: Mount[] = [];
  let fallbackHandler: Invoke | undefined;
  const logger = toLogger(options);
  const settleOptions = { validateEvent, timeoutMarginMs, logger };

  function findMount(event: unknown): Mount | undefined {
    for (const mount of mounts) if (mount.source.detect(event)) return mount;
    return undefined;
  }

  // Not `async`: returning the handler's own promise saves the extra ticks an
  // `await` costs on every invocation; `.then` is added only where an answer
  // must be shaped, checked or its failure logged.
  function handler(event: unknown, context: Context): Promise<unknown> {
    try {
      const mount = findMount(event);
      if (mount === undefined) {
        if (fallbackHandler === undefined) throw new UnknownEventError(describeEventShape(event));
        return watched(Promise.resolve(fallbackHandler(event, context)), event, context);
      }
      // Promise.resolve hands a promise back as it is: no tick, no allocation for an app.
      if (mount.direct !== undefined) return Promise.resolve(mount.direct(event, context));
      const { source } = mount;
      const variant = mount.variantHandlers.size > 0 ? source.variantOf?.(event) : undefined;
      const chosen =
        (variant !== undefined && mount.variantHandlers.get(variant)) || mount.sourceHandler || fallbackHandler;
      // The variant is named only when code names it: an open variant (a detail-type) is event text.
      if (chosen === undefined) throw new NoHandlerError(source.id, loggableVariant(mount, event));
      let pending: Promise<unknown>;
      let { toResult } = source;
      if (source.settle !== undefined) {
        // Validation, the handler and `toResult` run inside `settle`, which answers on every path.
        pending = source.settle(source, chosen, event, context, settleOptions);
        toResult = undefined;
      } else {
        // Validation checks and never rewrites: the handler gets the event exactly as AWS sent it.
        // Mounting checked that a validating router's sources are described.
        if (validateEvent) (source as DescribedSource).assertEvent(event);
        pending = Promise.resolve(chosen(event, context));
        // An HTTP app measures and logs its own answers: nothing to add on its path.
        if (answersForItself in chosen) return pending;
      }
      const { answerLimit } = source;
      const checkAnswer = validateResponse && source.response !== undefined;
      if (toResult === undefined && !checkAnswer && answerLimit === undefined) return watched(pending, event, context);
      // One reaction shapes the answer and logs a failure: a second `.then` to log would cost a promise per call.
      return pending.then(
        (result) => {
          try {
            const answer = toResult === undefined ? result : toResult(result, event);
            if (checkAnswer) (source as DescribedSource).assertResponse(answer);
            return answerLimit === undefined ? answer : answerLimit(answer, source.id);
          } catch (error) {
            reportFailure(error, event, context);
            throw error;
          }
        },
        logger &&
          ((error: unknown) => {
            reportFailure(error, event, context);
            throw error;
          }),
      );
    } catch (error) {
      reportFailure(error, event, context);
      return Promise.reject(error);
    }
  }

  // One line per failed invocation, written when its promise rejects; the
  // promise itself is returned untouched, so callers see the same error.
  function watched(pending: Promise<unknown>, event: unknown, context: Context): Promise<unknown> {
    if (logger !== undefined) pending.then(undefined, (error: unknown) => reportFailure(error, event, context));
    return pending;
  }

  function reportFailure(error: unknown, event: unknown, context: Context): void {
    if (logger === undefined) return;
    try {
      // Error path only: detection runs again to name the source whose handler threw.
      const mount = findMount(event);
      const site = {
        source: mount?.source.id,
        variant: loggableVariant(mount, event),
        requestId: context?.awsRequestId,
        settles: mount?.source.settle !== undefined,
      };
      logger.write(toFailureEntry(error, site, logger.details));
    } catch {
      // A detector or sink that throws here must not become an unhandled rejection.
    }
  }

  function mountOne(target: Mountable<unknown, unknown>, invoke: Invoke): void {
    const source = target.kind === 'source' ? target : target.source;
    if ((validateEvent || validateResponse) && !isDescribed(source)) {
      throw new DefinitionError(
        `${validateEvent ? 'validateEvent' : 'validateResponse'} needs the schemas of ${source.id}: mount its described form (its module's \`…Reference\` export, or a source made with defineSource)`,
      );
    }
    let mount = mounts.find((each) => each.source.id === source.id);
    if (mount === undefined) {
      mount = { source, sourceHandler: undefined, variantHandlers: new Map(), direct: undefined };
      mounts.push(mount);
    } else if (mount.source.detect !== source.detect) {
      // A source and its described form share their detector: they are one source.
      throw new DefinitionError(`Two different sources share the id "${source.id}"; ids must be unique`);
    } else if (isDescribed(source)) {
      mount.source = source;
    }
    const name = target.kind === 'source' ? undefined : target.name;
    if (name === undefined ? mount.sourceHandler !== undefined : mount.variantHandlers.has(name)) {
      throw new DefinitionError(`A handler is already mounted on ${targetName(source.id, name)}`);
    }
    if (name === undefined) mount.sourceHandler = invoke;
    else mount.variantHandlers.set(name, invoke);
    const only = mount.sourceHandler;
    const bare = mount.variantHandlers.size === 0 && mount.source.settle === undefined && !validateEvent;
    mount.direct = bare && only !== undefined && answersForItself in only ? only : undefined;
  }

  const api: Router = {
    on(target: MountTarget, mounted: unknown) {
      for (const each of [target].flat() as Mountable<unknown, unknown>[]) mountOne(each, mounted as Invoke);
      return api;
    },
    fallback(mounted) {
      if (fallbackHandler !== undefined) throw new DefinitionError('A fallback handler is already mounted');
      fallbackHandler = mounted as unknown as Invoke;
      return api;
    },
    match(event) {
      const mount = findMount(event);
      return mount && { source: mount.source, variant: mount.source.variantOf?.(event) };
    },
    handler,
    timeoutMarginMs,
    logger,
  };
  return api;
}

/** The event's variant for a log line: as named in code (declared or mounted), else `(other)`. */
function loggableVariant(mount: Mount | undefined, event: unknown): string | undefined {
  const variant = mount?.source.variantOf?.(event);
  if (variant === undefined || mount === undefined) return undefined;
  // A variant can be event text (an EventBridge detail-type), which a log line must not quote.
  return mount.source.variants.includes(variant) || mount.variantHandlers.has(variant) ? variant : '(other)';
}
