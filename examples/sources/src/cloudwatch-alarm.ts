// A metric alarm's Lambda action: pages on-call with CloudWatch's reason when the alarm goes into ALARM
// and logs the other transitions. Alarm actions invoke asynchronously, so nothing is returned.
import { router } from '@switchboard/core';
import { cloudwatchAlarm } from '@switchboard/sources/cloudwatch-alarm';

export const handler = router().on(cloudwatchAlarm.variant('metric'), async (event) => {
  const { alarmName, state, previousState } = event.alarmData;
  if (state.value === 'ALARM') console.log(`page on-call: ${alarmName} in ${event.region}: ${state.reason}`);
  else console.log(`${alarmName}: ${previousState.value} -> ${state.value}`);
}).handler;
