import * as z from 'zod/mini';

const verdictSchema = z.object({ status: z.enum(['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED']) });
const topicArn = z.exactOptional(z.string());

/**
 * The receipt rule action that produced the notification. SES documents
 * one receipt object for every action type, so the schema takes them all;
 * a Lambda action's own event says `Lambda` (corpus: events/rust/example-ses-s3-event.json
 * and example-ses-sns-event.json carry S3 and SNS actions in the same envelope).
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-notifications-contents.html#receiving-email-notifications-contents-action-object
 */
export const sesReceiptActionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('Lambda'),
    functionArn: z.string(),
    invocationType: z.enum(['Event', 'RequestResponse']),
    topicArn,
  }),
  z.object({ type: z.literal('S3'), bucketName: z.string(), objectKey: z.exactOptional(z.string()), topicArn }),
  z.object({ type: z.literal('SNS'), topicArn: z.string(), encoding: z.exactOptional(z.string()) }),
  z.object({
    type: z.literal('Bounce'),
    smtpReplyCode: z.string(),
    statusCode: z.exactOptional(z.string()),
    message: z.string(),
    sender: z.string(),
    topicArn,
  }),
  z.object({ type: z.literal('Stop'), topicArn }),
  z.object({ type: z.literal('WorkMail'), organizationArn: z.string(), topicArn }),
  z.object({ type: z.literal('AddHeader'), headerName: z.string(), headerValue: z.string() }),
]);

const addressList = z.exactOptional(z.array(z.string()));

/** One received email, as a receipt rule's Lambda action delivers it (headers only; the body is stored by an S3 action). */
export const sesRecordSchema = z.object({
  eventSource: z.literal('aws:ses'),
  eventVersion: z.string(),
  ses: z.object({
    mail: z.object({
      timestamp: z.string(),
      source: z.string(),
      messageId: z.string(),
      destination: z.array(z.string()),
      headersTruncated: z.boolean(),
      headers: z.array(z.object({ name: z.string(), value: z.string() })),
      // Only the headers the email has: a message without Date or Message-ID omits them.
      commonHeaders: z.object({
        returnPath: z.exactOptional(z.string()),
        from: addressList,
        sender: addressList,
        replyTo: addressList,
        to: addressList,
        cc: addressList,
        bcc: addressList,
        date: z.exactOptional(z.string()),
        messageId: z.exactOptional(z.string()),
        subject: z.exactOptional(z.string()),
      }),
    }),
    receipt: z.object({
      timestamp: z.string(),
      processingTimeMillis: z.number(),
      recipients: z.array(z.string()),
      spamVerdict: verdictSchema,
      virusVerdict: verdictSchema,
      spfVerdict: verdictSchema,
      dkimVerdict: verdictSchema,
      // Absent from the SAM CLI sample (corpus: events/sam/ses/SesEmailReceiving.json).
      dmarcVerdict: z.exactOptional(verdictSchema),
      dmarcPolicy: z.exactOptional(z.enum(['none', 'quarantine', 'reject'])),
      action: sesReceiptActionSchema,
    }),
  }),
});

/** The event a receipt rule's Lambda action sends: one record per received email. */
export const sesEventSchema = z.object({ Records: z.array(sesRecordSchema) });

/**
 * The answer SES reads from a RequestResponse Lambda action. Null, nothing
 * or an object without a valid `disposition` means CONTINUE, and an Event
 * invocation's answer is ignored, so the answer may be absent.
 * @see https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda.html
 */
export const sesResponseSchema = z.optional(
  z.nullable(z.object({ disposition: z.enum(['CONTINUE', 'STOP_RULE', 'STOP_RULE_SET']) })),
);

export type SesEvent = z.output<typeof sesEventSchema>;
export type SesRecord = z.output<typeof sesRecordSchema>;
export type SesReceiptAction = z.output<typeof sesReceiptActionSchema>;
export type SesResult = z.output<typeof sesResponseSchema>;
export type SesDisposition = NonNullable<SesResult>['disposition'];
