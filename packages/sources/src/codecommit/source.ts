import { runtimeSource } from '@switchboard/core';
import { firstRecord } from '../internal/guards.js';
import type { CodecommitEvent } from './schema.js';

/**
 * AWS CodeCommit repository triggers (`all`, `updateReference`,
 * `createReference`, `deleteReference` events), invoked asynchronously.
 *
 * @example
 * router().on(codecommit, async (event) => { for (const r of event.Records) await deploy(r.codecommit.references) })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-codecommit.html
 */
export const codecommit = runtimeSource<CodecommitEvent>()({
  id: 'codecommit',
  invocation: 'async',
  // Trigger records say `eventSource: "aws:codecommit"` (camel case, like SQS's "aws:sqs").
  // Corpus: example-code_commit-event.json, sam/codecommit/CodeCommit.json.
  detect: (event) => firstRecord(event)?.eventSource === 'aws:codecommit',
});
