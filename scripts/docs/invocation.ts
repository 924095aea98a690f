import type { DescribedSource, InvocationType } from '@switchboard/core';

/**
 * What each invocation type means for the caller, retries and errors: the
 * sentence every source page and the index share, so no two pages disagree.
 *
 * @example
 * invocationMeaning.poll // 'An event source mapping reads ...'
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-invocation.html
 */
export const invocationMeaning: Readonly<Record<InvocationType, string>> = {
  sync: 'The caller waits for the answer and reads it. Lambda never retries a synchronous invocation: an error goes back to the caller, which decides what to do.',
  async:
    'Lambda queues the event and the caller never reads the answer. A failed invocation is retried twice by default, then goes to the on-failure destination or dead-letter queue, if one is configured.',
  poll: 'A Lambda event source mapping reads the queue or stream and invokes the function synchronously with a batch. The answer (a partial batch response, where the source has one) or a thrown error decides which records are retried.',
  'sync-or-async':
    "The caller's configuration decides: a synchronous invocation waits for the answer and is not retried by Lambda; an asynchronous one ignores the answer and gets Lambda's asynchronous retries.",
};

const answerReaders: Readonly<Record<InvocationType, string>> = {
  sync: 'returned to the caller',
  async: 'ignored',
  poll: 'read by the event source mapping',
  'sync-or-async': 'returned to a synchronous caller',
};

/** Where the answer of a source's handler goes, in a few words (the index's Response column). */
export function answerDestination(source: Pick<DescribedSource, 'invocation' | 'response' | 'settle'>): string {
  if (source.response !== undefined) return answerReaders[source.invocation];
  // A settling source without a response schema answers through AWS (a PUT, an API call).
  if (source.settle !== undefined) return 'sent to AWS by the source';
  return 'ignored';
}
