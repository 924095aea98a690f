import * as z from 'zod/mini';
import { workmailActionTypes } from './source.js';

const addressSchema = z.object({ address: z.string() });

/**
 * The summary of an email that an Amazon WorkMail inbound or outbound
 * email flow rule passes to its Run Lambda action. The full message is
 * read with the WorkMail Message Flow API, by `messageId`.
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#lambda-data
 */
export const workmailEventSchema = z.object({
  summaryVersion: z.string(),
  envelope: z.object({ mailFrom: addressSchema, recipients: z.array(addressSchema) }),
  // "This field is set only when an email message is sent on behalf of another user."
  sender: z.exactOptional(addressSchema),
  subject: z.string(),
  messageId: z.string(),
  invocationId: z.string(),
  flowDirection: z.enum(['INBOUND', 'OUTBOUND']),
  truncated: z.boolean(),
});

// Answers are serialised with JSON.stringify, which drops keys set to undefined: optional keys accept it.
const actionSchema = z
  .object({
    action: z.object({
      type: z.enum(workmailActionTypes),
      parameters: z.optional(z.object({ bounceMessage: z.optional(z.string()) })),
    }),
    recipients: z.optional(z.array(z.string())),
    allRecipients: z.optional(z.boolean()),
  })
  .check(
    z.refine((entry) => entry.allRecipients === true || (entry.recipients?.length ?? 0) > 0, {
      message: 'An action applies to `recipients` or to all recipients (`allRecipients: true`)',
    }),
  );

/**
 * The answer of a synchronous Run Lambda rule: up to 10 actions, each for
 * listed recipients or for all the others. An asynchronous rule ignores the
 * answer, so the answer may be absent (with a synchronous rule, no answer is
 * an invalid response: WorkMail retries, then applies the fallback action).
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#synchronous-schema
 */
export const workmailResponseSchema = z.optional(z.object({ actions: z.array(actionSchema).check(z.maxLength(10)) }));

export type WorkmailEvent = z.output<typeof workmailEventSchema>;
export type WorkmailResult = z.output<typeof workmailResponseSchema>;
export type WorkmailAction = z.output<typeof actionSchema>;
