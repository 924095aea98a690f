import { runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { WorkmailAction, WorkmailEvent, WorkmailResult } from './schema.js';

/** BOUNCE and DROP stop delivery; DEFAULT delivers; the other two apply to inbound rules only. */
export const workmailActionTypes = ['BOUNCE', 'DROP', 'DEFAULT', 'BYPASS_SPAM_CHECK', 'MOVE_TO_JUNK'] as const;
export type WorkmailActionType = (typeof workmailActionTypes)[number];

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
export const workmail = runtimeSource<WorkmailEvent, WorkmailResult>()({
  id: 'workmail',
  invocation: 'sync-or-async',
  answerLimit: syncAnswerLimit,
  detect: isWorkmailEvent,
});
