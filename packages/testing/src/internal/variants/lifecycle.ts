import type {
  AlexaSkillEvent,
  AlexaSmartHomeEvent,
  CloudformationEvent,
  CloudwatchAlarmEvent,
  ConfigEvent,
  S3ObjectLambdaEvent,
  SecretsManagerEvent,
} from '@switchboard/sources';
import type { VariantMakers } from '../../event-factory.js';

/** Update adds the physical id and the old properties; Delete the physical id. */
export const cloudformationVariants: VariantMakers<CloudformationEvent> = {
  Update: (sample) => ({
    ...sample,
    RequestType: 'Update',
    PhysicalResourceId: 'orders-stack-TopicPolicy-1A2B3C4D',
    OldResourceProperties: { ...sample.ResourceProperties, AllowedAccounts: [] },
  }),
  Delete: (sample) => ({ ...sample, RequestType: 'Delete', PhysicalResourceId: 'orders-stack-TopicPolicy-1A2B3C4D' }),
};

/** The rotation step is the only field that differs. */
export const secretsManagerVariants: VariantMakers<SecretsManagerEvent> = Object.fromEntries(
  (['setSecret', 'testSecret', 'finishSecret'] as const).map((Step) => [
    Step,
    (sample: SecretsManagerEvent) => ({ ...sample, Step }),
  ]),
);

// The invoking event of each message type, as the Config developer guide shows it.
const invokingEvents: Readonly<Record<string, object>> = {
  'oversized-configuration-item-change': {
    messageType: 'OversizedConfigurationItemChangeNotification',
    configurationItemSummary: {
      changeType: 'UPDATE',
      configurationItemVersion: '1.3',
      configurationItemCaptureTime: '2024-05-14T09:12:47.318Z',
      configurationStateId: 1715677967318,
      awsAccountId: '123456789012',
      configurationItemStatus: 'OK',
      resourceType: 'AWS::S3::Bucket',
      resourceId: 'orders-exports-prod',
      resourceName: 'orders-exports-prod',
      ARN: 'arn:aws:s3:::orders-exports-prod',
      awsRegion: 'us-east-2',
      availabilityZone: 'Regional',
      configurationStateMd5Hash: '',
      resourceCreationTime: '2023-11-02T16:40:03.000Z',
    },
    s3DeliverySummary: {
      s3BucketLocation: 'config-bucket/AWSLogs/123456789012/Config/us-east-2/oversized.json',
      errorCode: null,
    },
    notificationCreationTime: '2024-05-14T09:12:49.902Z',
    recordVersion: '1.0',
  },
  scheduled: {
    messageType: 'ScheduledNotification',
    awsAccountId: '123456789012',
    notificationCreationTime: '2024-05-14T09:00:00.000Z',
    recordVersion: '1.0',
  },
  'configuration-snapshot-delivery-completed': {
    messageType: 'ConfigurationSnapshotDeliveryCompleted',
    configSnapshotId: '8e1f4c1a-2b3d-4e5f-9a6b-7c8d9e0f1a2b',
    s3Bucket: 'config-bucket',
    s3ObjectKey: 'AWSLogs/123456789012/Config/us-east-2/2024/5/14/ConfigSnapshot/snapshot.json.gz',
    notificationCreationTime: '2024-05-14T09:00:00.000Z',
    recordVersion: '1.1',
  },
};

/** Config rules: the variant is the `messageType` inside the `invokingEvent` JSON text. */
export const configVariants: VariantMakers<ConfigEvent> = Object.fromEntries(
  Object.entries(invokingEvents).map(([variant, invoking]) => [
    variant,
    (sample: ConfigEvent) => ({ ...sample, invokingEvent: JSON.stringify(invoking) }),
  ]),
);

// HeadObject and ListObjects send an input URL only: no output route or token (there is no body to write).
function s3ObjectLambdaContext(sample: S3ObjectLambdaEvent, context: string, url: string): S3ObjectLambdaEvent {
  const { getObjectContext: _get, ...common } = sample as Extract<S3ObjectLambdaEvent, { getObjectContext: unknown }>;
  return { ...common, [context]: { inputS3Url: url } } as S3ObjectLambdaEvent;
}
const accessPoint = 'https://invoices-ap-123456789012.s3-accesspoint.us-east-2.amazonaws.com';

export const s3ObjectLambdaVariants: VariantMakers<S3ObjectLambdaEvent> = {
  'head-object': (sample) => s3ObjectLambdaContext(sample, 'headObjectContext', `${accessPoint}/2024/05/inv-10293.txt`),
  'list-objects': (sample) =>
    s3ObjectLambdaContext(sample, 'listObjectsContext', `${accessPoint}/?prefix=2024%2F05%2F`),
  'list-objects-v2': (sample) =>
    s3ObjectLambdaContext(sample, 'listObjectsV2Context', `${accessPoint}/?list-type=2&prefix=2024%2F05%2F`),
};

/** A composite alarm's configuration is its rule over other alarms. */
export const cloudwatchAlarmVariants: VariantMakers<CloudwatchAlarmEvent> = {
  composite: (sample) => ({
    ...sample,
    alarmArn: 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-degraded',
    alarmData: {
      ...sample.alarmData,
      alarmName: 'checkout-degraded',
      configuration: {
        alarmRule: 'ALARM(checkout-api-p99-latency) OR ALARM(checkout-api-5xx)',
        description: 'Checkout is slow or failing',
      },
    },
  }),
};

// Each Alexa request type, with the fields it carries.
const alexaRequests: Readonly<Record<string, object>> = {
  LaunchRequest: {},
  SessionEndedRequest: { reason: 'USER_INITIATED' },
  CanFulfillIntentRequest: { intent: { name: 'MyColorIsIntent', slots: {} } },
};

/** Alexa skills: the variant is `request.type`; any other name becomes that request type. */
export const alexaSkillOpenVariant = (sample: AlexaSkillEvent, type: string): AlexaSkillEvent => {
  const { intent: _intent, dialogState: _state, ...request } = sample.request;
  return { ...sample, request: { ...request, type, ...alexaRequests[type] } };
};

export const alexaSkillVariants: VariantMakers<AlexaSkillEvent> = Object.fromEntries(
  Object.keys(alexaRequests).map((type) => [type, (sample: AlexaSkillEvent) => alexaSkillOpenVariant(sample, type)]),
);

/** The legacy Smart Home API v2: a `header` and `payload` at the top, no `directive`. */
export const alexaSmartHomeVariants: VariantMakers<AlexaSmartHomeEvent> = {
  v2: () => ({
    header: {
      messageId: '6d6d6e14-8aee-473e-8c24-0d31ff9c17a2',
      name: 'TurnOnRequest',
      namespace: 'Alexa.ConnectedHome.Control',
      payloadVersion: '2',
    },
    payload: {
      accessToken: 'Atza|IgEBIPj3dZpY8KxGJQ8tS9mZ4vQwExampleToken',
      appliance: { applianceId: 'kitchen-light-01' },
    },
  }),
};
