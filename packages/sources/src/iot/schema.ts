import * as z from 'zod/mini';

/** Whatever the rule selects: any JSON value. A rule's own source (`iotRule`) narrows it. */
export const iotEventSchema = z.unknown();

export type IotEvent = z.output<typeof iotEventSchema>;
