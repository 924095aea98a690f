import { type SqsEvent, type SqsRecord, sqsReference } from '@switchboard/sources/sqs';

/** Ten messages, the seventh with an amount that fails validation. */
export function orderBatch(): SqsEvent {
  const template = sqsReference.sample().Records[0] as SqsRecord;
  return {
    Records: Array.from({ length: 10 }, (_, i) => ({
      ...template,
      messageId: `m-${i}`,
      body: JSON.stringify({ orderId: `o-${i}`, amount: i === 6 ? -1 : i + 1 }),
    })),
  };
}

/** The one right answer: only the seventh message is reported. */
export const orderBatchFailures = { batchItemFailures: [{ itemIdentifier: 'm-6' }] };
