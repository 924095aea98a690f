import { UsageError } from './usage-error.js';

/** The FILE operands of `command`; at least one is required. */
export function requireFiles(positionals: readonly string[], command: string): readonly string[] {
  if (positionals.length === 0) throw new UsageError(`${command} needs at least one FILE`);
  return positionals;
}
