// An IoT Core topic rule (`SELECT deviceId, temperature, at FROM 'thermostats/+/telemetry'`) sends what its
// SQL selects, so no built-in detector can claim it: `iotRule` defines the rule's own source, match and schema.
import { router } from '@switchboard/core';
import { iotRule } from '@switchboard/sources/iot';
import { z } from 'zod';

const thermostatReading = iotRule({
  id: 'thermostat-reading',
  match: (event) => typeof event === 'object' && event !== null && 'deviceId' in event && 'temperature' in event,
  schema: z.object({ deviceId: z.string(), temperature: z.number(), at: z.number() }),
});

export const handler = router().on(thermostatReading, async (event) => {
  const level = event.temperature > 30 ? 'overheating' : 'ok';
  console.log(`${event.deviceId}: ${event.temperature}°C (${level}) at ${new Date(event.at).toISOString()}`);
}).handler;
