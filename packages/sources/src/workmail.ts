import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

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

/** BOUNCE and DROP stop delivery; DEFAULT delivers; the other two apply to inbound rules only. */
export const workmailActionTypes = ['BOUNCE', 'DROP', 'DEFAULT', 'BYPASS_SPAM_CHECK', 'MOVE_TO_JUNK'] as const;
export type WorkmailActionType = (typeof workmailActionTypes)[number];

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

/** One action of an answer: for `recipients`, or for every recipient no other action names. */
export interface WorkmailActionSpec {
  readonly type: WorkmailActionType;
  /** Omitted: all recipients not subject to another action (`allRecipients: true`). */
  readonly recipients?: readonly string[];
  /** The text of the bounce email (BOUNCE only). */
  readonly bounceMessage?: string;
}

function toAction(spec: WorkmailActionSpec): WorkmailAction {
  const parameters = spec.bounceMessage === undefined ? {} : { parameters: { bounceMessage: spec.bounceMessage } };
  const action = { type: spec.type, ...parameters };
  return spec.recipients === undefined ? { action, allRecipients: true } : { action, recipients: [...spec.recipients] };
}

/**
 * Builds a synchronous rule's answer from its actions, in order.
 *
 * @example
 * return toWorkmailActions([{ type: 'DROP', recipients: ['drop-recipient@example.com'] }, { type: 'DEFAULT' }])
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#synchronous-responses
 */
export function toWorkmailActions(actions: readonly WorkmailActionSpec[]): NonNullable<WorkmailResult> {
  return { actions: actions.map(toAction) };
}

/**
 * Lets the email through unchanged, for every recipient.
 *
 * @example
 * if (event.flowDirection === 'INBOUND') return toWorkmailDefault()
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#synchronous-schema
 */
export function toWorkmailDefault(): NonNullable<WorkmailResult> {
  return toWorkmailActions([{ type: 'DEFAULT' }]);
}

/**
 * Bounces the email for every recipient, with `bounceMessage` as the bounce text.
 *
 * @example
 * return toWorkmailBounce('Email in breach of company policy.')
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#synchronous-responses
 */
export function toWorkmailBounce(bounceMessage: string): NonNullable<WorkmailResult> {
  return toWorkmailActions([{ type: 'BOUNCE', bounceMessage }]);
}

/**
 * WorkMail's summary starts with `summaryVersion` beside the SMTP
 * `envelope`; no other caller sends either (SES sends `Records`).
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#lambda-data
 */
function isWorkmailEvent(event: unknown): boolean {
  return isObject(event) && typeof event.summaryVersion === 'string' && isObject(event.envelope);
}

/**
 * Amazon WorkMail: a Run Lambda action of an inbound or outbound email flow rule.
 *
 * @example
 * router().on(workmail, async (event) => (event.subject.includes('[secret]') ? toWorkmailBounce('Classified content.') : toWorkmailDefault()))
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html
 */
export const workmail = defineSource({
  id: 'workmail',
  invocation: 'sync-or-async',
  detect: isWorkmailEvent,
  schema: workmailEventSchema,
  response: workmailResponseSchema,
  sample: sampleWorkmailEvent,
  docs: {
    service: 'Amazon WorkMail',
    summary:
      "An email flow rule with a Run Lambda action passes each matching email's summary to the function. A synchronous rule waits and applies the answer's actions (bounce, drop, deliver, bypass the spam check, move to junk) per recipient; an asynchronous rule ignores the answer and does not delay delivery.",
    detection: 'A string `summaryVersion` and an `envelope` object.',
    retries:
      "Synchronous rules: an error, an invalid answer or a timeout is retried with exponential backoff until the rule timeout (at most 240 minutes), then the fallback action applies to every recipient. Asynchronous rules: Lambda's asynchronous retries (two by default), without affecting delivery.",
    limits: [
      {
        name: 'Answer time',
        value: '15 seconds per invocation (synchronous rules)',
        link: 'https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#synchronous-limits',
      },
      {
        name: 'Answer',
        value:
          'up to 256 KB and 10 actions; actions beyond 10 get the fallback action; up to 500 recipients for outbound rules',
        link: 'https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#synchronous-limits',
      },
      {
        name: 'Event size',
        value: '128 KB; above it the recipient list is truncated and `truncated` is true',
        link: 'https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html#lambda-data',
      },
    ],
    links: [
      {
        title: 'Configuring AWS Lambda for Amazon WorkMail',
        url: 'https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html',
      },
      {
        title: 'Retrieving message content with AWS Lambda',
        url: 'https://docs.aws.amazon.com/workmail/latest/adminguide/lambda-content.html',
      },
    ],
  },
});

function sampleWorkmailEvent(): WorkmailEvent {
  return {
    summaryVersion: '2018-10-10',
    envelope: {
      mailFrom: { address: 'jane.doe@example.com' },
      recipients: [{ address: 'support@corp.example.com' }, { address: 'billing@corp.example.com' }],
    },
    subject: 'Invoice INV-20931 for March',
    messageId: '6d3c1b8e-4f2a-4b7c-9e5d-0a1f2b3c4d5e',
    invocationId: '9f8e7d6c5b4a39281716054f3e2d1c0b',
    flowDirection: 'INBOUND',
    truncated: false,
  };
}
