// Type tests (checked by `npm run typecheck`).
import type {
  AlbEvent,
  ApigwRestEvent,
  CognitoTriggerEvent,
  S3BatchEventV2,
  S3Event,
  SqsEvent,
  VpcLatticeEvent,
} from '@switchboard/sources';
import { expectTypeOf } from 'expect-type';
import { type DeepPartial, events } from '../src/index.js';

// The factory returns the source's event type.
expectTypeOf(events.sqs()).toEqualTypeOf<SqsEvent>();
expectTypeOf(events.sqs.fromBodies(['x'])).toEqualTypeOf<SqsEvent>();

// Deep overrides: any key optional at any depth, arrays whole.
events.sqs({ Records: [] });
events.apigwHttp({ requestContext: { http: { method: 'DELETE' } } });
events.cloudformation({ ResourceProperties: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:t' } });
// @ts-expect-error a wrong type at depth
events.apigwHttp({ requestContext: { http: { method: 42 } } });
// @ts-expect-error no such key in the event
events.sqs({ records: [] });
// @ts-expect-error arrays are replaced whole, not partial: a record needs every field
events.sqs({ Records: [{ body: 'x' }] });
// @ts-expect-error a literal field keeps its literal type
events.secretsManager({ Step: 'rotate' });

// Variants: names checked, types narrowed where the source has variant types.
expectTypeOf(events.s3Batch.variant('2.0')).toEqualTypeOf<S3BatchEventV2>();
// @ts-expect-error not a variant of sqs
events.sqs.variant('fifoo');
expectTypeOf(
  events.cognitoUserPool.variant('PostConfirmation_ConfirmSignUp', { request: { userAttributes: { email: 'a@b.c' } } }),
).toEqualTypeOf<CognitoTriggerEvent<'PostConfirmation_ConfirmSignUp'>>();
// @ts-expect-error a post-confirmation request has no validationData
events.cognitoUserPool.variant('PostConfirmation_ConfirmSignUp', { request: { validationData: {} } });

expectTypeOf(events.s3.put('bucket', 'key')).toEqualTypeOf<S3Event>();
// @ts-expect-error fromBodies takes a list
events.sqs.fromBodies('x');

// HTTP: the event type follows the dialect.
expectTypeOf(events.http({ dialect: 'apigw-rest', method: 'GET', path: '/' })).toEqualTypeOf<ApigwRestEvent>();
expectTypeOf(events.http({ dialect: 'alb', method: 'GET', path: '/', multiValue: true })).toEqualTypeOf<AlbEvent>();
expectTypeOf(events.http({ dialect: 'vpc-lattice', method: 'GET', path: '/' })).toEqualTypeOf<VpcLatticeEvent>();
// @ts-expect-error not an HTTP dialect
events.http({ dialect: 'sqs', method: 'GET', path: '/' });

expectTypeOf<DeepPartial<{ a: { b: number[] } }>>().toEqualTypeOf<{ a?: { b?: number[] } }>();
