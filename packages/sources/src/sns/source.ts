import { runtimeSource } from '@switchboard/core';
import { firstRecord } from '../internal/guards.js';
import type { SnsEvent } from './schema.js';

/**
 * Amazon SNS: a topic subscription invokes the function asynchronously.
 *
 * @example
 * router().on(sns, async (event) => {
 *   for (const record of event.Records) await notify(JSON.parse(record.Sns.Message))
 * })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
 */
export const sns = runtimeSource<SnsEvent>()({
  id: 'sns',
  invocation: 'async',
  // SNS records say `EventSource: "aws:sns"` in Pascal case; every other `Records`
  // source (SQS, S3, Kinesis, DynamoDB, SES, CodeCommit) uses camel-case `eventSource`.
  // CloudWatch alarms delivered through a topic are SNS events too (corpus:
  // example-cloudwatch-alarm-sns-payload-*): the alarm is the `Message` text.
  detect: (event) => firstRecord(event)?.EventSource === 'aws:sns',
});
