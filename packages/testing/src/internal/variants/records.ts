import type { EventOf } from '@switchboard/core';
import type {
  cloudfront,
  S3BatchEventV2,
  S3Event,
  S3EventFamily,
  S3Record,
  SqsEvent,
  s3Batch,
} from '@switchboard/sources';
import type { VariantMakers } from '../../event-factory.js';

/**
 * SQS FIFO: AWS requires the `.fifo` suffix on the queue name and sends the
 * group, deduplication id and sequence number with every message.
 * @see https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues.html
 */
export const sqsVariants: VariantMakers<SqsEvent> = {
  fifo: (sample) => ({
    Records: sample.Records.map((record, index) => ({
      ...record,
      eventSourceARN: `${record.eventSourceARN}.fifo`,
      attributes: {
        ...record.attributes,
        MessageGroupId: 'orders',
        MessageDeduplicationId: record.messageId,
        SequenceNumber: String(18_849_496_460_467_696_128n + BigInt(index)),
      },
    })),
  }),
};

// One realistic `eventName` per family, and what that family changes in the record.
const s3Families: Readonly<Record<S3EventFamily, (record: S3Record) => S3Record>> = {
  ObjectCreated: (record) => record,
  ObjectRemoved: (record) => removed(record, 'ObjectRemoved:Delete'),
  ObjectRestore: (record) => ({
    ...record,
    eventName: 'ObjectRestore:Completed',
    glacierEventData: {
      restoreEventData: {
        lifecycleRestorationExpiryTime: '2024-05-21T00:00:00.000Z',
        lifecycleRestoreStorageClass: 'GLACIER',
      },
    },
  }),
  ReducedRedundancyLostObject: (record) => ({ ...record, eventName: 'ReducedRedundancyLostObject' }),
  Replication: (record) => ({ ...record, eventName: 'Replication:OperationFailedReplication' }),
  LifecycleExpiration: (record) => removed(record, 'LifecycleExpiration:Delete'),
  LifecycleTransition: (record) => ({ ...record, eventName: 'LifecycleTransition' }),
  IntelligentTiering: (record) => ({ ...record, eventName: 'IntelligentTiering' }),
  ObjectTagging: (record) => ({ ...record, eventName: 'ObjectTagging:Put' }),
  ObjectAcl: (record) => ({ ...record, eventName: 'ObjectAcl:Put' }),
};

// A removed object has no size or ETag in the notification.
function removed(record: S3Record, eventName: string): S3Record {
  const { size: _size, eTag: _eTag, ...object } = record.s3.object;
  return { ...record, eventName, s3: { ...record.s3, object } };
}

/** S3 notifications: the variant is the `eventName` family. */
export const s3Variants: VariantMakers<S3Event> = Object.fromEntries(
  Object.entries(s3Families).map(([family, patch]) => [
    family,
    (sample: S3Event) => ({ Records: sample.Records.map(patch) }),
  ]),
);

type CloudfrontEvent = EventOf<typeof cloudfront>;
const s3Origin = {
  s3: {
    authMethod: 'origin-access-identity',
    customHeaders: {},
    domainName: 'acme-assets.s3.us-east-1.amazonaws.com',
    path: '',
    region: 'us-east-1',
  },
};
const okResponse = {
  status: '200',
  statusDescription: 'OK',
  headers: { 'content-type': [{ key: 'Content-Type', value: 'text/html; charset=utf-8' }] },
};

function cloudfrontEvent(sample: CloudfrontEvent, eventType: string, origin: boolean, response: boolean) {
  return {
    Records: sample.Records.map(({ cf }) => ({
      cf: {
        config: { ...cf.config, eventType },
        request: origin ? { ...cf.request, origin: s3Origin } : cf.request,
        ...(response && { response: okResponse }),
      },
    })),
  } as CloudfrontEvent;
}

/** Lambda@Edge: origin events carry `request.origin`, response events a `response`. */
export const cloudfrontVariants: VariantMakers<CloudfrontEvent> = {
  'origin-request': (sample) => cloudfrontEvent(sample, 'origin-request', true, false),
  'origin-response': (sample) => cloudfrontEvent(sample, 'origin-response', true, true),
  'viewer-response': (sample) => cloudfrontEvent(sample, 'viewer-response', false, true),
};

/** S3 Batch Operations schema 2.0 names the bucket, not its ARN, and passes the job's user arguments. */
export const s3BatchVariants: VariantMakers<EventOf<typeof s3Batch>> = {
  '2.0': (sample): S3BatchEventV2 => ({
    invocationSchemaVersion: '2.0',
    invocationId: sample.invocationId,
    job: { id: sample.job.id, userArguments: { retention: '90d' } },
    tasks: [
      {
        taskId: 'dGFza2lkZ29lc2hlcmUK',
        s3Key: 'invoices/2024/03/INV-10042.pdf',
        s3VersionId: null,
        s3Bucket: 'acme-billing--use1-az4--x-s3',
      },
    ],
  }),
};
