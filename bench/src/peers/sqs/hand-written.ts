/** The baseline: a loop that parses and validates each record and lists the failures. */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { orderSchema } from '../../schemas/zod-classic.js';

/** The per-record work of every candidate: parse the body, validate it, collect failures. */
export function failedMessageIds(records: readonly { messageId: string; body: string }[]): string[] {
  const failed: string[] = [];
  for (const record of records) {
    let valid: boolean;
    try {
      valid = orderSchema.safeParse(JSON.parse(record.body)).success;
    } catch {
      valid = false;
    }
    if (!valid) failed.push(record.messageId);
  }
  return failed;
}

export const sqs =
  () =>
  async (event: SQSEvent): Promise<SQSBatchResponse> => ({
    batchItemFailures: failedMessageIds(event.Records).map((itemIdentifier) => ({ itemIdentifier })),
  });
