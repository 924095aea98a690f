import { describe, expect, it, jest } from '@jest/globals';
import { ValidationError } from '@switchboard/core';
import { events, lambdaContext } from '@switchboard/testing';
import { handler as reindexHandler, reindexJob } from '../src/custom-source.js';
import { handler as typedHandler } from '../src/router-aws-lambda-types.js';
import { activity, app } from '../src/router-basic.js';
import { handler as cognitoHandler } from '../src/router-cognito.js';
import { counts, handler as middyHandler, skippedNights } from '../src/router-middy.js';

const context = lambdaContext();

describe('router-basic', () => {
  it('runs a variant handler before the source handler, and the fallback for unclaimed events', async () => {
    activity.length = 0;
    await app.handler(events.eventbridge.scheduled(), context);
    await app.handler(events.eventbridge.variant('Order Placed', { detail: { orderId: 'o-9' } }), context);
    await app.handler(events.eventbridge.variant('ec2-state-change'), context);
    await app.handler(events.s3.variant('ObjectRemoved'), context);
    await app.handler({ jobName: 'nightly' }, context);
    expect(activity).toEqual([
      'nightly report',
      'ship o-9',
      'event EC2 Instance State-change Notification from aws.ec2',
      'removed 1',
      'ignored object',
    ]);
  });

  it('sends an S3 variant without its own handler to the fallback (s3 has no source handler)', async () => {
    activity.length = 0;
    await app.handler(events.s3.put('uploads', 'a.txt'), context);
    expect(activity).toEqual(['ignored object']);
  });
});

describe('router-cognito', () => {
  const signUp = (email: string) =>
    events.cognitoUserPool.variant('PreSignUp_SignUp', { request: { userAttributes: { email } } });

  it('answers only the trigger response fields, inside the event Cognito reads back', async () => {
    const staff = (await cognitoHandler(signUp('ana@example.com'), context)) as { response: object };
    expect(staff.response).toMatchObject({ autoConfirmUser: true, autoVerifyEmail: true });
    const other = (await cognitoHandler(signUp('bo@elsewhere.org'), context)) as { response: object };
    expect(other.response).toMatchObject({ autoConfirmUser: false, autoVerifyEmail: false });
  });
});

describe('custom-source', () => {
  it('routes its own events and answers them', async () => {
    await expect(reindexHandler(reindexJob.sample(), context)).resolves.toEqual({ reindexed: 42 });
  });

  it('refuses an invalid job with a ValidationError naming the path, not the value', async () => {
    const error = await reindexHandler({ job: 'reindex', index: 'orders', since: 'yesterday' }, context).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ source: 'reindex-job', issues: [{ path: 'since' }] });
    expect((error as Error).message).not.toContain('yesterday');
  });
});

describe('router-middy', () => {
  it('runs the function-wide middleware for every source, and counts failures it lets through', async () => {
    const before = { ...counts };
    await middyHandler(events.sqs.fromBodies(['x']), context);
    await expect(middyHandler({ unknown: true }, context)).rejects.toMatchObject({ code: 'UNKNOWN_EVENT' });
    expect(counts).toEqual({ invocations: before.invocations + 2, failures: before.failures + 1 });
  });

  it("runs the mounted chain's onError for its own source only, answering instead of throwing", async () => {
    const night = events.eventbridge.scheduled();
    await expect(middyHandler({ ...night, resources: [] }, context)).resolves.toBeNull();
    expect(skippedNights).toEqual([night.time]);
  });
});

describe('router-aws-lambda-types', () => {
  it('runs a handler typed with @types/aws-lambda', async () => {
    const event = events.sqs.fromBodies([{ ok: true }, 'not json']);
    await expect(typedHandler(event, context)).resolves.toEqual({
      batchItemFailures: [{ itemIdentifier: event.Records[1]?.messageId }],
    });
  });
});

// Keeps the console quiet where a handler logs by design.
jest.spyOn(console, 'log').mockImplementation(() => undefined);
