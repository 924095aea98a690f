import { type DynamodbEvent, type DynamodbRecord, dynamodbReference } from '@switchboard/sources/dynamodb';
import type { KafkaEvent, KafkaRecord } from '@switchboard/sources/kafka';
import { type KinesisEvent, type KinesisRecord, kinesisReference } from '@switchboard/sources/kinesis';
import { type SqsEvent, type SqsRecord, sqsReference } from '@switchboard/sources/sqs';
import type { Context } from 'aws-lambda';

/** A Lambda context with plenty of time left. */
export const context = {
  functionName: 'test',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 60_000,
} as unknown as Context;

/** How many runs fast-check does: modest by default, `FC_RUNS` raises it. */
export const numRuns = Number(process.env.FC_RUNS ?? 60);

const sqsTemplate = sqsReference.sample().Records[0] as SqsRecord;
const fifoArn = 'arn:aws:sqs:us-east-2:123456789012:orders.fifo';

/** An SQS batch whose bodies are the given values as JSON; `groups` makes it a FIFO batch. */
export function sqsEvent(bodies: readonly unknown[], groups?: readonly string[]): SqsEvent {
  return {
    Records: bodies.map((body, i) => ({
      ...sqsTemplate,
      messageId: `m-${i}`,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...(groups === undefined
        ? {}
        : {
            eventSourceARN: fifoArn,
            attributes: { ...sqsTemplate.attributes, MessageGroupId: groups[i] ?? 'g', SequenceNumber: `${1000 + i}` },
          }),
    })),
  };
}

const kinesisTemplate = kinesisReference.sample().Records[0] as KinesisRecord;

/** Sequence numbers as long as real ones, increasing with the index. */
export const sequenceNumber = (i: number) =>
  `4959033827149025660855969253836157109592157598913658${String(i).padStart(4, '0')}`;

export function kinesisEvent(values: readonly unknown[], partitionKeys?: readonly string[]): KinesisEvent {
  return {
    Records: values.map((value, i) => ({
      ...kinesisTemplate,
      eventID: `shardId-000000000006:${sequenceNumber(i)}`,
      kinesis: {
        ...kinesisTemplate.kinesis,
        sequenceNumber: sequenceNumber(i),
        partitionKey: partitionKeys?.[i] ?? 'pk',
        data: Buffer.from(JSON.stringify(value)).toString('base64'),
      },
    })),
  };
}

const dynamodbTemplate = dynamodbReference.sample().Records[0] as DynamodbRecord;

export function dynamodbEvent(ids: readonly string[]): DynamodbEvent {
  return {
    Records: ids.map((id, i) => ({
      ...dynamodbTemplate,
      eventID: `e-${i}`,
      dynamodb: {
        ...dynamodbTemplate.dynamodb,
        Keys: { pk: { S: id } },
        NewImage: { pk: { S: id }, n: { N: String(i) } },
        SequenceNumber: sequenceNumber(i),
      },
    })),
  };
}

/** A self-managed Kafka batch: `partitions[p]` is the list of values of partition p of topic `t`. */
export function kafkaEvent(partitions: readonly (readonly unknown[])[]): KafkaEvent {
  const records: Record<string, KafkaRecord[]> = {};
  partitions.forEach((values, partition) => {
    records[`t-${partition}`] = values.map((value, i) => ({
      topic: 't',
      partition,
      offset: 100 + i,
      timestamp: 1715679012428,
      timestampType: 'CREATE_TIME',
      key: Buffer.from(`k-${partition}-${i}`).toString('base64'),
      value: Buffer.from(JSON.stringify(value)).toString('base64'),
      headers: [],
    }));
  });
  return { eventSource: 'SelfManagedKafka', bootstrapServers: 'b:9092', records };
}

/** A handler that fails the records whose payload says `fail`, sync or async as the payload says. */
export function scripted(log: unknown[] = []) {
  return (payload: unknown) => {
    const p = payload as { fail?: boolean; async?: boolean; id?: unknown };
    if (p.async) {
      return Promise.resolve().then(() => {
        if (p.fail) throw new Error(`fail ${String(p.id)}`);
        log.push(p.id);
      });
    }
    if (p.fail) throw new Error(`fail ${String(p.id)}`);
    log.push(p.id);
    return undefined;
  };
}
