// Type tests for the custom-resources group (checked by `npm run typecheck`).
import { type EventOf, type ResultOf, router } from '@switchboard/core';
import {
  type CloudformationResult,
  type CloudformationUpdateEvent,
  cloudformation,
} from '@switchboard/sources/cloudformation';
import type { CdkCustomResourceHandler, CloudFormationCustomResourceHandler, SQSHandler } from 'aws-lambda';
import { expectTypeOf } from 'expect-type';

// A handler returns { PhysicalResourceId?, Data?, NoEcho?, Reason? }, or nothing.
expectTypeOf<ResultOf<typeof cloudformation>>().toEqualTypeOf<CloudformationResult | undefined>();
router().on(cloudformation, async (event) => ({ PhysicalResourceId: `${event.LogicalResourceId}-1`, Data: { A: 1 } }));
router().on(cloudformation, async () => ({ NoEcho: true, Reason: 'created' }));
router().on(cloudformation, async () => {});

// A wrong answer shape is a compile error.
// @ts-expect-error PhysicalResourceId is a string
router().on(cloudformation, async () => ({ PhysicalResourceId: 42 }));
// @ts-expect-error NoEcho is a boolean
router().on(cloudformation, async () => ({ NoEcho: 'yes' }));
// @ts-expect-error Data is an object of name-value pairs
router().on(cloudformation, async () => ({ Data: 'arn:aws:sns:us-east-1:123456789012:t' }));
// @ts-expect-error the handler answers with a result object, not a bare id
router().on(cloudformation, async () => 'topic-1');

// Each variant's handler sees its own request type.
expectTypeOf<EventOf<ReturnType<typeof cloudformation.variant<'Update'>>>>().toEqualTypeOf<CloudformationUpdateEvent>();
router().on(cloudformation.variant('Update'), async (event) => {
  expectTypeOf(event.OldResourceProperties).toEqualTypeOf<Record<string, unknown>>();
  return { PhysicalResourceId: event.PhysicalResourceId };
});
router().on(cloudformation.variant('Delete'), async (event) => {
  expectTypeOf(event.PhysicalResourceId).toBeString();
});
router().on(cloudformation.variant('Create'), async (event) => {
  // @ts-expect-error a Create request has no physical id yet
  event.PhysicalResourceId;
});

// Handlers typed with @types/aws-lambda mount without a cast: the classic one
// returns void (its answer would be PUT by the router), the CDK provider
// framework's onEvent returns { PhysicalResourceId?, Data?, NoEcho? }.
declare const classic: CloudFormationCustomResourceHandler;
declare const cdkOnEvent: CdkCustomResourceHandler;
expectTypeOf<Awaited<ReturnType<CloudFormationCustomResourceHandler>>>().toEqualTypeOf<void>();
router().on(cloudformation, classic);
router().on(cloudformation, cdkOnEvent);

// A handler for another source's event is a compile error.
declare const sqsHandler: SQSHandler;
// @ts-expect-error SQS records are not a custom resource request
router().on(cloudformation, sqsHandler);
