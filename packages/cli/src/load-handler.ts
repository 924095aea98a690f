import type { Context } from 'aws-lambda';
import { loadExport } from './load-export.js';
import { UsageError } from './usage-error.js';

/** A Lambda handler as the Node.js runtime calls it (promise style). */
export type LambdaEntry = (event: unknown, context: Context) => unknown;

/**
 * Loads `MODULE[#EXPORT]` (default export `handler`) and checks it is a
 * function. `fresh` re-imports the module's code (the dev server's reload).
 */
export async function loadHandler(spec: string, fresh?: string): Promise<LambdaEntry> {
  const handler = await loadExport(spec, 'handler', fresh);
  if (typeof handler !== 'function') throw new UsageError(`${spec} does not export a handler function`);
  return handler as LambdaEntry;
}
