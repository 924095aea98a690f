import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { checkEvent, describeSource, detectSource, router, ValidationError } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  type ConfigEvaluation,
  type ConfigResult,
  config,
  configReference,
  configWithClient,
  decodeConfigInvokingEvent,
  decodeConfigRuleParameters,
  toConfigEvaluation,
} from '@switchboard/sources/config';
import { eventbridgeReference as eventbridge } from '@switchboard/sources/eventbridge';
import type { Context } from 'aws-lambda';
import { type LoopbackAws, startLoopbackAws } from './loopback-aws.js';

// The real AWS SDK v3 client talks to a loopback server standing in for AWS Config:
// AWS itself is what cannot run here. Config speaks JSON 1.1 (X-Amz-Target names the operation).
let aws: LoopbackAws;
beforeAll(async () => {
  aws = await startLoopbackAws();
});
afterAll(() => aws.close());
afterEach(() => {
  aws.requests.length = 0;
  aws.answerWith(200);
});

const context = {} as Context;
const putEvaluations = 'StarlingDoveService.PutEvaluations';

function withInvokingEvent(invoking: object, patch: Record<string, unknown> = {}) {
  return { ...configReference.sample(), invokingEvent: JSON.stringify(invoking), ...patch };
}

const scheduled = withInvokingEvent({
  awsAccountId: '123456789012',
  notificationCreationTime: '2024-05-14T10:00:00.000Z',
  messageType: 'ScheduledNotification',
  recordVersion: '1.0',
});

const oversized = withInvokingEvent({
  configurationItemSummary: {
    changeType: 'UPDATE',
    configurationItemCaptureTime: '2024-05-14T09:30:00.000Z',
    configurationItemStatus: 'OK',
    resourceType: 'AWS::EC2::Instance',
    resourceId: 'i-0a1b2c3d4e5f60718',
    resourceName: null,
  },
  messageType: 'OversizedConfigurationItemChangeNotification',
});

function appWith(handler: () => unknown, options: { validateEvent?: boolean } = {}) {
  const runtime = configWithClient(new ConfigServiceClient(aws.clientConfig));
  // Validation needs the schemas: the custom-client instance, described with the default's reference.
  const source = options.validateEvent ? describeSource(runtime, configReference) : runtime;
  return router(options).on(source, handler as () => Promise<ConfigResult>).handler;
}

function sentBodies(): unknown[] {
  return aws.requests.map((request) => JSON.parse(request.body));
}

describe('config', () => {
  it('detects its own sample as a configuration item change, and the sample passes the schema', () => {
    expect(detectSource(allSources, configReference.sample())).toEqual({
      source: configReference,
      variant: 'configuration-item-change',
    });
    expect(checkEvent(configReference, configReference.sample())).toEqual([]);
  });

  it('names the variant by the invoking event message type', () => {
    expect(config.variantOf?.(scheduled)).toBe('scheduled');
    expect(config.variantOf?.(oversized)).toBe('oversized-configuration-item-change');
    expect(config.variantOf?.(withInvokingEvent({ messageType: 'SomethingNew' }))).toBeUndefined();
    expect(config.variantOf?.({ ...configReference.sample(), invokingEvent: 'not json' })).toBeUndefined();
  });

  it('routes each trigger to the handler mounted on its variant', async () => {
    const seen: string[] = [];
    const source = configWithClient(new ConfigServiceClient(aws.clientConfig));
    const handler = router()
      .on(source.variant('scheduled'), async () => void seen.push('scheduled'))
      .on(source, async () => void seen.push('source')).handler;
    await handler(scheduled, context);
    await handler(configReference.sample(), context);
    expect(seen).toEqual(['scheduled', 'source']);
  });

  it.each([
    ['an invokingEvent object', { ...configReference.sample(), invokingEvent: {} }],
    ['no resultToken', { ...configReference.sample(), resultToken: undefined }],
    [
      'an EventBridge Config compliance change',
      { ...eventbridge.sample(), source: 'aws.config', detail: { resultToken: 't' } },
    ],
  ])('does not claim %s', (_name, event) => {
    expect(config.detect(event)).toBe(false);
  });

  it('decodes the invoking event by message type, keeping every key', () => {
    const invoking = decodeConfigInvokingEvent(configReference.sample());
    if (invoking.messageType !== 'ConfigurationItemChangeNotification') throw new Error('wrong message type');
    expect(invoking.configurationItem.resourceId).toBe('orders-exports-prod');
    expect(invoking.configurationItem.configuration).toEqual({
      name: 'orders-exports-prod',
      owner: { id: '9f2c6a1e7b3d' },
    });
    expect(decodeConfigInvokingEvent(scheduled)).toMatchObject({ messageType: 'ScheduledNotification' });
  });

  it.each([
    ['not JSON', 'not json', 'invokingEvent', 'expected a JSON string'],
    [
      'an unknown message type',
      '{"messageType":"Nope"}',
      'invokingEvent.messageType',
      expect.stringContaining('expected one of'),
    ],
    [
      'a change without its resource id',
      '{"messageType":"ConfigurationItemChangeNotification","configurationItem":{"resourceType":"AWS::S3::Bucket","configurationItemCaptureTime":"t","configurationItemStatus":"OK"}}',
      'invokingEvent.configurationItem.resourceId',
      'expected string',
    ],
  ])('refuses to decode %s, naming the path', (_name, invokingEvent, path, message) => {
    let thrown: unknown;
    try {
      decodeConfigInvokingEvent({ invokingEvent });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues).toEqual([{ path, message }]);
  });

  it('builds an evaluation without a schema, refusing an item without the fields it needs', () => {
    const event = withInvokingEvent({
      messageType: 'ConfigurationItemChangeNotification',
      configurationItem: { resourceType: 'AWS::S3::Bucket', configurationItemCaptureTime: 't' },
    });
    expect(() => toConfigEvaluation(event, 'COMPLIANT')).toThrow(ValidationError);
    try {
      toConfigEvaluation(event, 'COMPLIANT');
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([
        { path: 'invokingEvent.configurationItem.resourceId', message: 'expected string' },
      ]);
    }
  });

  it('decodes rule parameters, and reads none as an empty object', () => {
    expect(decodeConfigRuleParameters(configReference.sample())).toEqual({ requiredTag: 'team' });
    expect(decodeConfigRuleParameters({})).toEqual({});
    expect(() => decodeConfigRuleParameters({ ruleParameters: '[1]' })).toThrow(ValidationError);
  });

  it('builds the evaluation of the changed item, of the oversized item, and of the account on a schedule', () => {
    expect(toConfigEvaluation(configReference.sample(), 'NON_COMPLIANT', 'missing the team tag')).toEqual({
      ComplianceResourceType: 'AWS::S3::Bucket',
      ComplianceResourceId: 'orders-exports-prod',
      ComplianceType: 'NON_COMPLIANT',
      Annotation: 'missing the team tag',
      OrderingTimestamp: '2024-05-14T09:12:47.318Z',
    });
    expect(toConfigEvaluation(oversized, 'COMPLIANT')).toMatchObject({
      ComplianceResourceId: 'i-0a1b2c3d4e5f60718',
      OrderingTimestamp: '2024-05-14T09:30:00.000Z',
    });
    expect(toConfigEvaluation(scheduled, 'COMPLIANT')).toEqual({
      ComplianceResourceType: 'AWS::::Account',
      ComplianceResourceId: '123456789012',
      ComplianceType: 'COMPLIANT',
      OrderingTimestamp: '2024-05-14T10:00:00.000Z',
    });
  });

  it('makes a resource that left the scope NOT_APPLICABLE, and cuts annotations to 256 characters', () => {
    const left = { ...configReference.sample(), eventLeftScope: true };
    expect(toConfigEvaluation(left, 'NON_COMPLIANT').ComplianceType).toBe('NOT_APPLICABLE');
    expect(toConfigEvaluation(configReference.sample(), 'COMPLIANT', 'a'.repeat(300)).Annotation).toHaveLength(256);
  });

  it('puts the compliance of the event resource with PutEvaluations', async () => {
    await expect(appWith(async () => 'COMPLIANT')(configReference.sample(), context)).resolves.toBeUndefined();
    expect(aws.requests.map((request) => request.headers['x-amz-target'])).toEqual([putEvaluations]);
    expect(sentBodies()).toEqual([
      {
        ResultToken: configReference.sample().resultToken,
        Evaluations: [
          {
            ComplianceResourceType: 'AWS::S3::Bucket',
            ComplianceResourceId: 'orders-exports-prod',
            ComplianceType: 'COMPLIANT',
            OrderingTimestamp: Date.parse('2024-05-14T09:12:47.318Z') / 1000,
          },
        ],
      },
    ]);
  });

  it('puts a compliance with an annotation, and a single evaluation, as one evaluation each', async () => {
    await appWith(async () => ({ compliance: 'NON_COMPLIANT', annotation: 'no tag' }))(
      configReference.sample(),
      context,
    );
    await appWith(async () => toConfigEvaluation(scheduled, 'COMPLIANT'))(scheduled, context);
    expect(sentBodies()).toMatchObject([
      { Evaluations: [{ ComplianceType: 'NON_COMPLIANT', Annotation: 'no tag' }] },
      { Evaluations: [{ ComplianceResourceType: 'AWS::::Account', ComplianceType: 'COMPLIANT' }] },
    ]);
  });

  it('sends evaluations 100 per call, in order', async () => {
    const evaluations: ConfigEvaluation[] = Array.from({ length: 250 }, (_, index) => ({
      ComplianceResourceType: 'AWS::S3::Bucket',
      ComplianceResourceId: `bucket-${index}`,
      ComplianceType: 'COMPLIANT',
      OrderingTimestamp: new Date('2024-05-14T10:00:00.000Z'),
    }));
    await appWith(async () => evaluations)(scheduled, context);
    const batches = sentBodies() as { Evaluations: { ComplianceResourceId: string }[] }[];
    expect(batches.map((batch) => batch.Evaluations.length)).toEqual([100, 100, 50]);
    expect(batches[2]?.Evaluations.at(-1)?.ComplianceResourceId).toBe('bucket-249');
  });

  it('puts in test mode when the result token is TESTMODE', async () => {
    await appWith(async () => 'COMPLIANT')({ ...configReference.sample(), resultToken: 'TESTMODE' }, context);
    expect(sentBodies()).toMatchObject([{ ResultToken: 'TESTMODE', TestMode: true }]);
  });

  it('calls nothing when the handler reports nothing', async () => {
    await appWith(async () => undefined)(configReference.sample(), context);
    await appWith(async () => [])(configReference.sample(), context);
    expect(aws.requests).toEqual([]);
  });

  it('throws, without calling AWS Config, when the handler fails or the event is invalid', async () => {
    const failing = appWith(async () => {
      throw new Error('describe-buckets throttled');
    });
    await expect(failing(configReference.sample(), context)).rejects.toThrow('describe-buckets throttled');
    const checked = appWith(async () => 'COMPLIANT', { validateEvent: true });
    await expect(checked({ ...configReference.sample(), eventLeftScope: 'no' }, context)).rejects.toThrow(
      ValidationError,
    );
    expect(aws.requests).toEqual([]);
  });

  it('throws when PutEvaluations fails or refuses evaluations, so Lambda retries the invocation', async () => {
    aws.answerWith(500, '{"__type":"InternalFailure","message":"try again"}');
    await expect(appWith(async () => 'COMPLIANT')(configReference.sample(), context)).rejects.toThrow();
    const refused = {
      ComplianceResourceType: 'AWS::S3::Bucket',
      ComplianceResourceId: 'x',
      ComplianceType: 'COMPLIANT',
    };
    aws.answerWith(200, JSON.stringify({ FailedEvaluations: [{ ...refused, OrderingTimestamp: 1715680800 }] }));
    await expect(appWith(async () => 'COMPLIANT')(configReference.sample(), context)).rejects.toThrow(
      'AWS Config refused 1 of 1 evaluations',
    );
  });

  it('answers through a default client made on first use from the environment', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_ENDPOINT_URL_CONFIG_SERVICE: aws.clientConfig.endpoint,
      AWS_MAX_ATTEMPTS: '1',
    });
    try {
      await router()
        .on(config, async () => 'NOT_APPLICABLE' as const)
        .handler(configReference.sample(), context);
    } finally {
      process.env = saved;
    }
    expect(sentBodies()).toMatchObject([{ Evaluations: [{ ComplianceType: 'NOT_APPLICABLE' }] }]);
  });
});
