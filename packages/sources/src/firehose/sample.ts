import type { FirehoseEvent } from './schema.js';

/** Two readings of a sensor, from a Kinesis data stream. */
export function sampleFirehoseEvent(): FirehoseEvent {
  const reading = (value: number) =>
    Buffer.from(JSON.stringify({ deviceId: 'sensor-17', celsius: value }), 'utf8').toString('base64');
  return {
    invocationId: '2b4d1ad9-2f48-94bd-a088-767c317e994a',
    deliveryStreamArn: 'arn:aws:firehose:us-east-2:123456789012:deliverystream/telemetry-to-s3',
    sourceKinesisStreamArn: 'arn:aws:kinesis:us-east-2:123456789012:stream/telemetry',
    region: 'us-east-2',
    records: [
      {
        recordId: '49546986683135544286507457936321625675700192471156785154000000',
        approximateArrivalTimestamp: 1710838234512,
        data: reading(21.5),
        kinesisRecordMetadata: {
          shardId: 'shardId-000000000000',
          partitionKey: 'sensor-17',
          approximateArrivalTimestamp: 1710838234512,
          sequenceNumber: '49546986683135544286507457936321625675700192471156785154',
          subsequenceNumber: 0,
        },
      },
      {
        recordId: '49546986683135544286507457936321625675700192471156785155000000',
        approximateArrivalTimestamp: 1710838234619,
        data: reading(21.7),
        kinesisRecordMetadata: {
          shardId: 'shardId-000000000000',
          partitionKey: 'sensor-17',
          approximateArrivalTimestamp: 1710838234619,
          sequenceNumber: '49546986683135544286507457936321625675700192471156785155',
          subsequenceNumber: 0,
        },
      },
    ],
  };
}
