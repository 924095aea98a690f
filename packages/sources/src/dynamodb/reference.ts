import { describeSource } from '@switchboard/core';
import { type DynamodbEvent, dynamodbEventSchema, dynamodbResponseSchema } from './schema.js';
import { dynamodb } from './source.js';

/** `dynamodb` with its schemas, sample event and docs, for tools, tests and `validateEvent`. */
export const dynamodbReference = describeSource(dynamodb, {
  schema: dynamodbEventSchema,
  response: dynamodbResponseSchema,
  sample: sampleDynamodbEvent,
  docs: {
    service: 'Amazon DynamoDB Streams',
    summary:
      'An event source mapping reads each shard of a table stream in order and invokes the function with a batch of item changes (INSERT, MODIFY, REMOVE) in DynamoDB typed JSON. The function answers which records failed.',
    detection: 'The first record has `eventSource` equal to `aws:dynamodb`.',
    retries:
      'A thrown error retries the whole batch, in order, until it succeeds, the records expire from the stream (24 hours), or `MaximumRetryAttempts` / `MaximumRecordAgeInSeconds` is reached; the shard waits meanwhile. With `ReportBatchItemFailures`, Lambda checkpoints before the lowest sequence number listed in `batchItemFailures` and retries from there; an empty or null `itemIdentifier` fails the whole batch. `BisectBatchOnFunctionError` splits failing batches, and an on-failure destination (SQS, SNS, S3) receives what is discarded.',
    limits: [
      {
        name: 'Batch size',
        value: '1 to 10,000 records (default 100)',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
      },
      {
        name: 'Stream retention',
        value: '24 hours; records older than that are gone, retried or not',
        link: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html',
      },
      {
        name: 'Invocation payload',
        value: '6 MB per batch (synchronous invocation limit); an item is at most 400 KB',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
    ],
    links: [
      { title: 'Using Lambda with Amazon DynamoDB', url: 'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html' },
      {
        title: 'Partial batch responses with DynamoDB',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html',
      },
    ],
  },
});

function sampleDynamodbEvent(): DynamodbEvent {
  return {
    Records: [
      {
        eventID: '7de3041dd709b024af6f29e4fa13d34c',
        eventName: 'MODIFY',
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: 'eu-west-1',
        dynamodb: {
          ApproximateCreationDateTime: 1715679012,
          Keys: { pk: { S: 'ORDER#o-1001' } },
          NewImage: {
            pk: { S: 'ORDER#o-1001' },
            status: { S: 'SHIPPED' },
            amount: { N: '42.50' },
            items: { L: [{ M: { sku: { S: 'SKU-7' }, qty: { N: '2' } } }] },
            tags: { SS: ['priority', 'gift'] },
          },
          OldImage: {
            pk: { S: 'ORDER#o-1001' },
            status: { S: 'PAID' },
            amount: { N: '42.50' },
            items: { L: [{ M: { sku: { S: 'SKU-7' }, qty: { N: '2' } } }] },
            tags: { SS: ['priority', 'gift'] },
          },
          SequenceNumber: '5817600000000012071368042',
          SizeBytes: 213,
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
        eventSourceARN: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2024-05-01T08:15:42.117',
      },
    ],
  };
}
