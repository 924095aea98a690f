// Type tests (checked by `npx tsc -p tsconfig.json`): handlers typed with @types/aws-lambda mount
// on the async-poll sources without a cast; poll sources refuse an answer their caller would not read.
import { type ResultOf, router } from '@switchboard/core';
import { cloudwatchAlarm } from '@switchboard/sources/cloudwatch-alarm';
import { cloudwatchLogs } from '@switchboard/sources/cloudwatch-logs';
import { codecommit } from '@switchboard/sources/codecommit';
import { documentdb } from '@switchboard/sources/documentdb';
import { iot } from '@switchboard/sources/iot';
import { iotEvents } from '@switchboard/sources/iot-events';
import { type KafkaResult, kafka } from '@switchboard/sources/kafka';
import { mqActivemq } from '@switchboard/sources/mq-activemq';
import { mqRabbitmq } from '@switchboard/sources/mq-rabbitmq';
import { type MskResult, msk } from '@switchboard/sources/msk';
import type {
  CloudWatchAlarmHandler,
  CloudWatchLogsHandler,
  CodeCommitTriggerEvent,
  Handler,
  IoTHandler,
  MSKHandler,
  SelfManagedKafkaHandler,
  SNSHandler,
} from 'aws-lambda';
import { expectTypeOf } from 'expect-type';

declare const logsHandler: CloudWatchLogsHandler;
declare const alarmHandler: CloudWatchAlarmHandler;
// @types/aws-lambda's CodeCommitHandler takes one record (CodeCommitTrigger), not the event;
// the event type it also declares is CodeCommitTriggerEvent.
declare const codecommitHandler: Handler<CodeCommitTriggerEvent, void>;
declare const iotHandler: IoTHandler;
declare const mskHandler: MSKHandler;
declare const kafkaHandler: SelfManagedKafkaHandler;
declare const snsHandler: SNSHandler;

router()
  .on(cloudwatchLogs, logsHandler)
  .on(cloudwatchAlarm, alarmHandler)
  .on(cloudwatchAlarm.variant('composite'), alarmHandler)
  .on(codecommit, codecommitHandler)
  .on(iot, iotHandler)
  .on(msk, mskHandler)
  .on(kafka, kafkaHandler);

// @ts-expect-error an SNS handler does not take CloudWatch Logs events
router().on(cloudwatchLogs, snsHandler);
// @ts-expect-error nor MSK batches
router().on(msk, snsHandler);

// Async sources: the answer is ignored, so handlers return nothing.
expectTypeOf<ResultOf<typeof cloudwatchLogs>>().toEqualTypeOf<void>();
expectTypeOf<ResultOf<typeof iotEvents>>().toEqualTypeOf<void>();
router().on(iotEvents, async (event) => {
  expectTypeOf(event.payload.detector.detectorModelName).toEqualTypeOf<string>();
});

// Kafka: nothing, or the partial batch response naming topic-partition and offset.
expectTypeOf<ResultOf<typeof msk>>().toEqualTypeOf<MskResult>();
expectTypeOf<ResultOf<typeof kafka>>().toEqualTypeOf<KafkaResult>();
router().on(msk, async () => ({ batchItemFailures: [{ itemIdentifier: { partition: 'orders-0', offset: 7 } }] }));
router().on(kafka, async () => null);
// @ts-expect-error a Kafka failure is named by partition and offset, not a Kinesis-style string
router().on(msk, async () => ({ batchItemFailures: [{ itemIdentifier: 'orders-0-7' }] }));
// @ts-expect-error the offset is a number
router().on(kafka, async () => ({ batchItemFailures: [{ itemIdentifier: { partition: 'x-0', offset: '7' } }] }));

// Amazon MQ and DocumentDB read no answer: returning one is a compile error.
router().on(mqActivemq, async () => {});
router().on(mqRabbitmq, async () => undefined);
router().on(documentdb, async () => null);
// @ts-expect-error Amazon MQ ignores answers; return nothing
router().on(mqActivemq, async () => ({ statusCode: 200 }));
// @ts-expect-error there is no partial batch response for RabbitMQ
router().on(mqRabbitmq, async () => ({ batchItemFailures: [] }));
// @ts-expect-error nor for DocumentDB
router().on(documentdb, async () => ({ batchItemFailures: [] }));
