import { NoHandlerError, SwitchboardError, UnknownEventError, type ValidationError } from '../errors.js';
import { errorClassName, errorMessage, type LogEntry } from '../log.js';

/** What the router knows about a failed invocation besides the error. */
export interface FailureSite {
  readonly source?: string | undefined;
  /** The event's variant when it is a name from code (declared or mounted), else `(other)`. */
  readonly variant?: string | undefined;
  readonly requestId?: string | undefined;
  /** The source owns its answer (`settle`): a failure it returns is its deliberate answer (an authorizer's 401). */
  readonly settles?: boolean | undefined;
}

type Fields = { [Key in keyof LogEntry]?: LogEntry[Key] | undefined };

/**
 * The log line for an error the router refuses or sees thrown. Typed errors
 * give their code and the keys or paths they already hold; anything else is
 * named by its class only. `details` adds the message, which may quote input.
 */
export function toFailureEntry(thrown: unknown, site: FailureSite, details: boolean): LogEntry {
  const fields: Fields = {
    ...describe(thrown, site),
    requestId: site.requestId,
    detail: details ? errorMessage(thrown) : undefined,
  };
  // Absent, not `undefined`: a sink sees only the fields that apply (error path only, so the copy is free).
  for (const key in fields) if (fields[key as keyof Fields] === undefined) delete fields[key as keyof Fields];
  return fields as LogEntry;
}

function describe(thrown: unknown, { source, variant, settles }: FailureSite): Fields {
  if (thrown instanceof UnknownEventError) {
    return { level: 'warn', message: 'unknown event', code: thrown.code, seen: thrown.seen };
  }
  if (thrown instanceof NoHandlerError) {
    // The site's variant, not the error's: the router writes it as `(other)` when it is event text.
    return { level: 'warn', message: 'no handler', code: thrown.code, source: thrown.source, variant };
  }
  if (isValidationError(thrown)) {
    // Paths and zod codes only: an issue's message can quote a value through a custom schema message.
    const issues = thrown.issues.map((issue, index) => ({
      path: issue.path,
      code: thrown.issueCodes[index] ?? 'invalid',
    }));
    return { level: 'warn', message: `invalid ${thrown.target}`, code: thrown.code, source: thrown.source, issues };
  }
  const error = errorClassName(thrown);
  if (thrown instanceof SwitchboardError) {
    return { level: 'error', message: 'invocation failed', code: thrown.code, error, source };
  }
  if (settles) return { level: 'warn', message: 'refused by source', error, source, variant };
  return { level: 'error', message: 'handler threw', error, source, variant };
}

/**
 * Told by its `issueCodes`, not `instanceof`: only a function that validates
 * (a described source, `checkEvent`) throws one, and the class then stays
 * out of every other bundle.
 */
function isValidationError(thrown: unknown): thrown is ValidationError {
  return thrown instanceof SwitchboardError && 'issueCodes' in thrown;
}
