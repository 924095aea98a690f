import { defineSource, router } from '@switchboard/core';
import { z } from 'zod';

const reindexJobSchema = z.object({
  job: z.literal('reindex'),
  index: z.string().min(1),
  since: z.iso.datetime(),
});

/**
 * A source of your own: a Step Functions task that invokes the function
 * with `{ "job": "reindex", ... }`. It takes the same road as the built-in
 * sources: `router().on(reindexJob, ...)` types the handler from `schema`
 * and `response`.
 */
export const reindexJob = defineSource({
  id: 'reindex-job',
  invocation: 'sync',
  // `job` is set by our own state machine: no AWS service sends it, so it discriminates.
  detect: (event) => typeof event === 'object' && event !== null && (event as { job?: unknown }).job === 'reindex',
  schema: reindexJobSchema,
  response: z.object({ reindexed: z.number().int().nonnegative() }),
  sample: () => ({ job: 'reindex' as const, index: 'orders', since: '2024-05-01T00:00:00Z' }),
  docs: {
    service: 'AWS Step Functions',
    summary: 'The reindex task of the nightly state machine.',
    detection: '`job` is "reindex".',
    retries: 'The Retry field of the task state.',
    limits: [],
    links: [
      {
        title: 'Invoke Lambda with Step Functions',
        url: 'https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html',
      },
    ],
  },
});

// `validateEvent`: this caller is our own code, so its input is checked before the handler runs.
export const handler = router({ validateEvent: true }).on(reindexJob, async (event) => ({
  reindexed: event.index === 'orders' ? 42 : 0,
})).handler;
