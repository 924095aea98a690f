import * as z from 'zod/mini';

/**
 * An EventBridge event as a rule target receives it: every field below is in
 * every event. `detail` is the service's (or application's) payload; its
 * shape depends on `source` and `detail-type`.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html
 */
export const eventbridgeEventSchema = z.object({
  version: z.string(),
  id: z.string(),
  'detail-type': z.string(),
  source: z.string(),
  account: z.string(),
  time: z.string(),
  region: z.string(),
  resources: z.array(z.string()),
  detail: z.record(z.string(), z.unknown()),
  // Only on events re-sent by an archive replay.
  'replay-name': z.exactOptional(z.string()),
});

export type EventbridgeEvent = z.output<typeof eventbridgeEventSchema>;
