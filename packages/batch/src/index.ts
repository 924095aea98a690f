/**
 * @switchboard/batch: per-record handlers for every poll source (SQS,
 * Kinesis, DynamoDB Streams, MSK, self-managed Kafka, Amazon MQ, DocumentDB)
 * that answer with AWS's exact partial batch failure semantics, so that no
 * record whose handler did not succeed is ever acknowledged. Each factory
 * returns a plain Lambda handler: mount it with `router().on(source, ...)`,
 * or wrap it in `middy(...)`.
 *
 * @module
 */

export { documentdbBatch } from './documentdb-batch.js';
export { type DynamodbBatchHandler, type DynamodbChange, dynamodbBatch } from './dynamodb-batch.js';
export { asText, fromEventbridge, fromS3, fromSns, fromSnsS3 } from './envelopes.js';
export { BatchFailedError, MalformedBatchError, RecordValidationError } from './errors.js';
export { type KafkaBatchOptions, type KafkaMessage, kafkaBatch, mskBatch } from './kafka-batch.js';
export {
  type KinesisBatchHandler,
  type KinesisBatchOptions,
  kinesisBatch,
  type StreamBatchOptions,
} from './kinesis-batch.js';
export { lanes } from './lanes.js';
export { type MqBatchOptions, mqActivemqBatch, mqRabbitmqBatch } from './mq-batch.js';
export { type SqsBatchHandler, type SqsBatchOptions, sqsBatch } from './sqs-batch.js';
export type {
  BaseBatchOptions,
  Concurrency,
  ConcurrencyOption,
  Decoded,
  PayloadFormat,
  PayloadOf,
  RecordHandler,
  RecordInfo,
} from './types.js';
export { type UnmarshalledItem, unmarshall } from './unmarshall.js';
