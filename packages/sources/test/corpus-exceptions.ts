/**
 * Corpus files judged wrong, with the reason. The conformance suite expects
 * each of them to FAIL its check, so an entry that starts passing (a fixed
 * file, or a schema that drifted loose) is noticed and removed.
 * Schemas follow AWS's documented contract, never a wrong sample.
 */
export const corpusExceptions: Readonly<Record<string, string>> = {
  'events/rust/example-eventbridge-event-obj.json':
    'no `version` field; AWS puts `version` in every EventBridge event (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html)',
  'events/sam/cloudwatch/ScheduledEvent.json':
    'SAM template without the `version` field that every EventBridge event carries (same reference)',
};
