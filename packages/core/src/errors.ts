/**
 * Typed errors. Each has a stable `code` a caller can switch on, and none
 * carries a payload value: messages name keys and paths, never data.
 * Properties are `declare`d and set in the constructor: a class field would
 * also be emitted as a definition, in every bundle that carries the class.
 */

/** Base class of every error Switchboard throws on purpose. */
export class SwitchboardError extends Error {
  declare readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    // `code` first: the own-key order a class field gave it (JSON.stringify of an error lists it first).
    this.code = code;
    this.name = new.target.name;
  }
}

/**
 * No mounted source claims the event. `seen` describes its shape by
 * top-level keys (or its JSON type), never by values.
 *
 * @example
 * try { await app.handler({ foo: 1 }, context) } catch (e) {
 *   if (e instanceof UnknownEventError) console.log(e.seen) // ['foo']
 * }
 */
export class UnknownEventError extends SwitchboardError {
  declare readonly seen: readonly string[];

  constructor(seen: readonly string[]) {
    super('UNKNOWN_EVENT', `No mounted source claims this event; it has ${describeSeen(seen)}`);
    this.seen = seen;
  }
}

/** One failed check, located by a path into the event (`Records[3].body`). */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * An event (or a handler's response) does not match its source's schema.
 * Issues hold paths into the payload and zod's messages, which name
 * expected types, never the received values.
 */
export class ValidationError extends SwitchboardError {
  declare readonly source: string;
  declare readonly target: 'event' | 'response';
  declare readonly issues: readonly ValidationIssue[];
  /** zod's code for each issue, in order (`invalid_type`...), where known: what logs show instead of messages. */
  declare readonly issueCodes: readonly string[];

  constructor(
    source: string,
    target: 'event' | 'response',
    issues: readonly ValidationIssue[],
    issueCodes: readonly string[] = [],
  ) {
    const first = issues[0];
    const where = first ? `${first.path || '(root)'}: ${first.message}` : 'no details';
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super('VALIDATION_FAILED', `Invalid ${source} ${target} at ${where}${more}`);
    this.source = source;
    this.target = target;
    this.issues = issues;
    this.issueCodes = issueCodes;
  }
}

/** A source claimed the event but nothing is mounted for it (or its variant) and no fallback is. */
export class NoHandlerError extends SwitchboardError {
  declare readonly source: string;
  declare readonly variant: string | undefined;

  constructor(source: string, variant: string | undefined) {
    super('NO_HANDLER', `Event detected as ${targetName(source, variant)}, but no handler is mounted for it`);
    this.source = source;
    this.variant = variant;
  }
}

/** A mistake in how sources or routes were defined, thrown when they are defined. */
export class DefinitionError extends SwitchboardError {
  constructor(message: string) {
    super('DEFINITION', message);
  }
}

/**
 * An answer is larger than its caller accepts, so it is refused before Lambda
 * would reject or truncate it. Names the source and both sizes, never content.
 *
 * @example
 * try { await app.handler(event, context) } catch (e) {
 *   if (e instanceof ResponseTooLargeError) console.log(e.sizeBytes, e.limitBytes)
 * }
 * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
export class ResponseTooLargeError extends SwitchboardError {
  declare readonly source: string;
  declare readonly limitBytes: number;
  /** The answer's size; for a stream, how far it got before it was stopped. */
  declare readonly sizeBytes: number;

  constructor(source: string, limitBytes: number, sizeBytes: number) {
    super(
      'RESPONSE_TOO_LARGE',
      `The ${source} answer reached ${sizeBytes} bytes serialized; its caller accepts at most ${limitBytes} bytes`,
    );
    this.source = source;
    this.limitBytes = limitBytes;
    this.sizeBytes = sizeBytes;
  }
}

/** Turns anything thrown into an Error, so callers never handle strings or plain objects. */
export function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  return new SwitchboardError('NON_ERROR_THROWN', `A non-Error value was thrown (${typeof thrown})`, {
    cause: thrown,
  });
}

/** A mount target as messages name it: `sqs`, or `sqs:fifo` for a variant. */
export function targetName(source: string, variant: string | undefined): string {
  return variant === undefined ? source : `${source}:${variant}`;
}

function describeSeen(seen: readonly string[]): string {
  if (seen.length === 0) return 'no keys';
  if (seen.length === 1 && seen[0]?.startsWith('(')) return `type ${seen[0]}`;
  return `top-level keys: ${seen.join(', ')}`;
}
