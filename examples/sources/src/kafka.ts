// Stores sensor readings from a self-managed Kafka cluster: values are base64 JSON, headers byte arrays.
// The first bad record of a partition is reported by partition and offset; Lambda resumes the partition there.
import { router } from '@switchboard/core';
import {
  decodeKafkaHeaders,
  decodeKafkaPayload,
  type KafkaRecord,
  kafka,
  toKafkaBatchResponse,
} from '@switchboard/sources/kafka';
import { z } from 'zod';

const readingSchema = z.object({ sensorId: z.string(), celsius: z.number() });

function readReading(record: KafkaRecord) {
  try {
    return readingSchema.parse(decodeKafkaPayload(record.value, 'json'));
  } catch {
    return undefined;
  }
}

export const handler = router().on(kafka, async (event) => {
  const failed: KafkaRecord[] = [];
  for (const partition of Object.values(event.records)) {
    for (const record of partition) {
      const reading = readReading(record);
      if (reading === undefined) {
        failed.push(record);
        break;
      }
      const source = new Map(decodeKafkaHeaders(record.headers)).get('source') ?? 'unknown';
      console.log(`${reading.sensorId}: ${reading.celsius}°C via ${source} (offset ${record.offset})`);
    }
  }
  return toKafkaBatchResponse(failed);
}).handler;
