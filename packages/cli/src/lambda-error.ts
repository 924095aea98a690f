/** The error payload Lambda's Node.js runtime returns for an unhandled error. */
export interface LambdaErrorPayload {
  readonly errorType: string;
  readonly errorMessage: string;
}

/**
 * What Lambda reports for a thrown value: the error's name and message, never
 * its stack (the real runtime adds `trace`; a local tool has no reason to echo it).
 */
export function toLambdaError(thrown: unknown): LambdaErrorPayload {
  if (thrown instanceof Error || (typeof thrown === 'object' && thrown !== null && 'message' in thrown)) {
    const { name, message } = thrown as { name?: unknown; message?: unknown };
    return { errorType: typeof name === 'string' ? name : 'Error', errorMessage: String(message) };
  }
  return { errorType: typeof thrown === 'string' ? 'string' : typeof thrown, errorMessage: String(thrown) };
}
