// A subscription filter's destination that forwards a log group's ERROR lines. `decodeCloudwatchLogs`
// unzips and checks `awslogs.data`; CloudWatch's reachability checks (CONTROL_MESSAGE) are skipped.
import { router } from '@switchboard/core';
import { cloudwatchLogs, decodeCloudwatchLogs } from '@switchboard/sources/cloudwatch-logs';

export const handler = router().on(cloudwatchLogs, async (event) => {
  const logs = decodeCloudwatchLogs(event);
  if (logs.messageType === 'CONTROL_MESSAGE') return;
  for (const entry of logs.logEvents) {
    if (entry.message.includes('ERROR'))
      console.log(`${logs.logGroup} ${new Date(entry.timestamp).toISOString()}`, entry.message);
  }
}).handler;
