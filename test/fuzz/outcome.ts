/**
 * How a fuzz case ended, and the checks every error must pass: typed, and
 * quoting nothing of the payload.
 */
import { SwitchboardError } from '@switchboard/core';
import { marker } from './hostile.js';

export type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/**
 * Runs a Lambda handler call. A handler must answer with a promise: a
 * synchronous throw is a failure of its own (Lambda would log it as a crash).
 */
export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  let pending: Promise<unknown>;
  try {
    pending = call();
  } catch (error) {
    throw new Error(`The handler threw synchronously instead of rejecting: ${describeThrown(error)}`);
  }
  try {
    return { ok: true, value: await pending };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Throws unless `error` is one of `types`, and its message carries no payload value. */
export function expectTypedError(error: unknown, types: readonly (abstract new (...args: never[]) => Error)[]): void {
  if (!types.some((type) => error instanceof type)) {
    throw new Error(`Expected ${types.map((type) => type.name).join(' or ')}, got ${describeThrown(error)}`);
  }
  expectNoValueIn((error as Error).message, 'error message');
}

/** Throws when `text` quotes the planted marker. */
export function expectNoValueIn(text: string, what: string): void {
  if (text.includes(marker)) throw new Error(`A payload value leaked into the ${what}: ${text.slice(0, 300)}`);
}

/** A short description of anything thrown, for failure messages (the stack's first frame helps find the bug). */
export function describeThrown(error: unknown): string {
  if (error instanceof SwitchboardError) return `${error.name} (${error.code}): ${error.message.slice(0, 200)}`;
  if (error instanceof Error) {
    const frame = error.stack?.split('\n')[1]?.trim() ?? '';
    return `${error.name}: ${error.message.slice(0, 200)} ${frame}`;
  }
  return `a non-Error value (${typeof error})`;
}
