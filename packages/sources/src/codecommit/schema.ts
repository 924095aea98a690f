import * as z from 'zod/mini';

/**
 * One trigger record: the references (branches, tags) a push changed.
 * `created`/`deleted` appear only on references created or deleted by the push;
 * `customData` only when the trigger defines some.
 */
export const codecommitRecordSchema = z.object({
  awsRegion: z.string(),
  codecommit: z.object({
    references: z.array(
      z.object({
        commit: z.string(),
        ref: z.string(),
        created: z.optional(z.boolean()),
        deleted: z.optional(z.boolean()),
      }),
    ),
  }),
  customData: z.optional(z.string()),
  eventId: z.string(),
  eventName: z.string(),
  eventPartNumber: z.number(),
  eventSource: z.literal('aws:codecommit'),
  eventSourceARN: z.string(),
  eventTime: z.string(),
  eventTotalParts: z.number(),
  eventTriggerConfigId: z.string(),
  eventTriggerName: z.string(),
  eventVersion: z.string(),
  userIdentityARN: z.string(),
});

/**
 * The event a CodeCommit repository trigger sends. A push touching many
 * references may be split over several invocations (`eventPartNumber` of
 * `eventTotalParts`).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-codecommit.html
 */
export const codecommitEventSchema = z.object({ Records: z.array(codecommitRecordSchema) });

export type CodecommitEvent = z.output<typeof codecommitEventSchema>;
export type CodecommitRecord = z.output<typeof codecommitRecordSchema>;
