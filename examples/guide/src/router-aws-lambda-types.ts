import { router } from '@switchboard/core';
import { sqs } from '@switchboard/sources/sqs';
import type { SQSBatchItemFailure, SQSHandler } from 'aws-lambda';

/** A handler written against `@types/aws-lambda`, perhaps long before Switchboard. */
export const legacySqsHandler: SQSHandler = async (event) => {
  const batchItemFailures: SQSBatchItemFailure[] = [];
  for (const record of event.Records) {
    if (!record.body.startsWith('{')) batchItemFailures.push({ itemIdentifier: record.messageId });
  }
  return { batchItemFailures };
};

// It mounts as it is: no cast, and its answer is still checked against what SQS reads.
export const handler = router().on(sqs, legacySqsHandler).handler;
