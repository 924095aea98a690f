import type { StandardSchemaV1 } from '@standard-schema/spec';
import { RecordValidationError } from '../errors.js';

/**
 * A record's failed validation, as data: building an `Error` (and its stack
 * trace) costs more than validating a small record, so the
 * `RecordValidationError` is made only when someone reads it (`toRecordError`).
 */
export class Invalid {
  declare readonly index: number;
  declare readonly issues: readonly StandardSchemaV1.Issue[];

  constructor(index: number, issues: readonly StandardSchemaV1.Issue[]) {
    this.index = index;
    this.issues = issues;
  }
}

/**
 * Checks `value` against any Standard Schema: its output, an `Invalid`, or
 * (async schema) a promise of the output that rejects with an `Invalid`.
 */
export function validate(schema: StandardSchemaV1, value: unknown, index: number): unknown {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) {
    return result.then((settled) => {
      if (settled.issues !== undefined) throw new Invalid(index, settled.issues);
      return settled.value;
    });
  }
  return result.issues === undefined ? result.value : new Invalid(index, result.issues);
}

/** What a user sees of a record's failure: an `Invalid` becomes a `RecordValidationError`. */
export function toRecordError(error: unknown): unknown {
  return error instanceof Invalid ? new RecordValidationError(error.index, error.issues) : error;
}
