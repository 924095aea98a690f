// The `lambda` action of a freezer detector model: when `overheatDetected` fires, opens a maintenance
// ticket for the detector instance (`keyValue`) with its state variables. The answer is ignored.
import { router } from '@switchboard/core';
import { iotEvents } from '@switchboard/sources/iot-events';

export const handler = router().on(iotEvents, async (event) => {
  if (event.eventName !== 'overheatDetected') return;
  const { detector, state } = event.payload;
  console.log(`ticket: ${detector.keyValue ?? detector.detectorModelName} is ${state.stateName}`, state.variables);
}).handler;
