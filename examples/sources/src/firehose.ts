// A Firehose data transformation: each JSON sensor reading becomes one CSV line for S3, and a record that
// is not a reading is marked ProcessingFailed (Firehose writes it to the error output prefix).
import { router } from '@switchboard/core';
import {
  type FirehoseRecord,
  firehose,
  firehoseRecordText,
  toFirehoseRecord,
  toFirehoseResponse,
} from '@switchboard/sources/firehose';
import { z } from 'zod';

const readingSchema = z.object({ deviceId: z.string(), celsius: z.number() });

function toCsvLine(record: FirehoseRecord) {
  const text = firehoseRecordText(record);
  try {
    const { deviceId, celsius } = readingSchema.parse(JSON.parse(text));
    return toFirehoseRecord(record.recordId, 'Ok', `${deviceId},${celsius},${record.approximateArrivalTimestamp}\n`);
  } catch {
    return toFirehoseRecord(record.recordId, 'ProcessingFailed', text);
  }
}

export const handler = router().on(firehose, async (event) =>
  toFirehoseResponse(event, event.records.map(toCsvLine)),
).handler;
