import { runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { firstRecord } from '../internal/guards.js';
import type { SesDisposition, SesEvent, SesResult } from './schema.js';

/**
 * Tells SES how to go on with the receipt rule set: `CONTINUE` with the
 * next action, `STOP_RULE` (skip the rule's remaining actions) or
 * `STOP_RULE_SET` (skip everything after). Read only from RequestResponse invocations.
 *
 * @example
 * return toSesDisposition(receipt.spamVerdict.status === 'FAIL' ? 'STOP_RULE_SET' : 'CONTINUE')
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html
 */
export function toSesDisposition(disposition: SesDisposition): NonNullable<SesResult> {
  return { disposition };
}

/**
 * Amazon SES email receiving: a receipt rule's Lambda action.
 *
 * @example
 * router().on(ses, async (event) => toSesDisposition(event.Records[0]?.ses.receipt.virusVerdict.status === 'FAIL' ? 'STOP_RULE_SET' : 'CONTINUE'))
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html
 */
export const ses = runtimeSource<SesEvent, SesResult>()({
  id: 'ses',
  invocation: 'sync-or-async',
  answerLimit: syncAnswerLimit,
  // Every SES record says `eventSource: "aws:ses"` (SQS, S3, DynamoDB and Kinesis records name their own service).
  detect: (event) => firstRecord(event)?.eventSource === 'aws:ses',
});
