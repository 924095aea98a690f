import type { SourceLimit, SourceLink } from '@switchboard/core';

const withMq = 'https://docs.aws.amazon.com/lambda/latest/dg/with-mq.html';

/** Limits both Amazon MQ brokers share; each source adds its own concurrency limit. */
export const mqLimits = {
  batchSize: {
    name: 'Batch size',
    value: '1 to 10,000 messages (default 100), within a batching window of up to 300 seconds',
    link: 'https://docs.aws.amazon.com/lambda/latest/dg/services-mq-params.html',
  },
  payload: { name: 'Invocation payload', value: '6 MB per batch', link: withMq },
  functionTimeout: {
    name: 'Function timeout',
    value: 'at most 14 minutes for Amazon MQ event source mappings',
    link: withMq,
  },
} as const satisfies Record<string, SourceLimit>;

/** The concurrency limit of one broker engine's event source mappings. */
export const mqConcurrencyLimit = (value: string): SourceLimit => ({ name: 'Concurrency', value, link: withMq });

export const mqLinks: readonly SourceLink[] = [
  { title: 'Using Lambda with Amazon MQ', url: withMq },
  {
    title: 'Filtering events from an Amazon MQ event source',
    url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-mq-filtering.html',
  },
];
