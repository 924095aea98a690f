import { describeSource } from '@switchboard/core';
import { iotDocs } from './docs.js';
import { iotEventSchema } from './schema.js';
import { iot } from './source.js';

/** `iot` with its schema, a sample payload and the IoT Core docs: for tools, tests and the docs. */
export const iotReference = describeSource(iot, {
  schema: iotEventSchema,
  sample: () => ({ deviceId: 'thermostat-42', temperature: 21.4, at: 1715679012428 }),
  docs: iotDocs,
});
