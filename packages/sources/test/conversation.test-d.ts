// Type tests (checked by `npx tsc -p tsconfig.json`) for the conversation group:
// handlers typed with @types/aws-lambda mount without a cast, and a wrong
// answer is a compile error for every source whose caller reads one.
import { type ResultOf, router } from '@switchboard/core';
import { alexaSkill, toAlexaSpeech } from '@switchboard/sources/alexa-skill';
import { alexaSmartHome, toAlexaSmartHomeResponse } from '@switchboard/sources/alexa-smart-home';
import { type ConnectAnswer, connect } from '@switchboard/sources/connect';
import { lex, toLexClose } from '@switchboard/sources/lex';
import { lexV2, toLexV2Delegate } from '@switchboard/sources/lex-v2';
import { secretsManager } from '@switchboard/sources/secrets-manager';
import { ses, toSesDisposition } from '@switchboard/sources/ses';
import { toWorkmailDefault, workmail } from '@switchboard/sources/workmail';
import type {
  ConnectContactFlowHandler,
  LexHandler,
  LexV2Handler,
  SESHandler,
  SecretsManagerRotationHandler,
  SQSHandler,
} from 'aws-lambda';
import { expectTypeOf } from 'expect-type';

declare const lexHandler: LexHandler;
declare const lexV2Handler: LexV2Handler;
declare const connectHandler: ConnectContactFlowHandler;
declare const rotationHandler: SecretsManagerRotationHandler;
declare const sesHandler: SESHandler;
declare const sqsHandler: SQSHandler;

router()
  .on(lex, lexHandler)
  .on(lexV2, lexV2Handler)
  .on(connect, connectHandler)
  .on(secretsManager, rotationHandler)
  .on(secretsManager.variant('finishSecret'), rotationHandler)
  .on(ses, sesHandler);

// A handler for another source's event is a compile error.
// @ts-expect-error a Lex V1 handler on a Lex V2 bot
router().on(lexV2, lexHandler);
// @ts-expect-error a Lex V2 handler on a Lex V1 bot
router().on(lex, lexV2Handler);
// @ts-expect-error SQS records from an SES receipt rule
router().on(ses, sqsHandler);

// Right answers compile.
router().on(lex, async () => toLexClose('Fulfilled', 'Done.'));
router().on(lexV2, async (event) => toLexV2Delegate(event));
router().on(alexaSkill, async () => toAlexaSpeech('Hello'));
router().on(alexaSmartHome, async (event) => ('directive' in event ? toAlexaSmartHomeResponse(event) : undefined));
router().on(connect, async () => ({ CustomerName: 'Jane', Balance: 10, IsVip: false, Agent: null }));
router().on(workmail, async () => toWorkmailDefault());
router().on(workmail, async () => {});
router().on(ses, async () => toSesDisposition('STOP_RULE'));
router().on(ses, async () => null);
router().on(secretsManager, async () => {});
expectTypeOf<ResultOf<typeof connect>>().toEqualTypeOf<ConnectAnswer>();

// Wrong answers do not, one per source whose caller reads an answer.
// @ts-expect-error Lex V1 reads `dialogAction`, not `sessionState`
router().on(lex, async () => ({ sessionState: { dialogAction: { type: 'Close' } } }));
// @ts-expect-error a Close action needs `fulfillmentState`
router().on(lex, async () => ({ dialogAction: { type: 'Close' } }));
// @ts-expect-error Lex V2 reads `sessionState.dialogAction`, not a top-level `dialogAction`
router().on(lexV2, async () => ({ dialogAction: { type: 'Close', fulfillmentState: 'Fulfilled' } }));
// @ts-expect-error ElicitSlot needs `slotToElicit`
router().on(lexV2, async () => ({ sessionState: { dialogAction: { type: 'ElicitSlot' } } }));
// @ts-expect-error an Alexa answer needs `version` and `response`
router().on(alexaSkill, async () => ({ outputSpeech: { type: 'PlainText', text: 'Hi' } }));
// @ts-expect-error SSML speech carries `ssml`, not `text`
router().on(alexaSkill, async () => ({ version: '1.0', response: { outputSpeech: { type: 'SSML', text: 'Hi' } } }));
// @ts-expect-error a smart home answer is an `event` (v3) or a `header` and `payload` (v2)
router().on(alexaSmartHome, async () => ({ response: { outputSpeech: { type: 'PlainText', text: 'On' } } }));
// @ts-expect-error a Connect flow reads a flat map, not nested objects
router().on(connect, async () => ({ Customer: { Name: 'Jane' } }));
// @ts-expect-error WorkMail action types are BOUNCE, DROP, DEFAULT, BYPASS_SPAM_CHECK, MOVE_TO_JUNK
router().on(workmail, async () => ({ actions: [{ action: { type: 'DELETE' }, allRecipients: true }] }));
// @ts-expect-error SES reads a `disposition` of CONTINUE, STOP_RULE or STOP_RULE_SET
router().on(ses, async () => ({ disposition: 'DROP' }));
// @ts-expect-error Secrets Manager reads no answer: a step fails by throwing, not by returning a status
router().on(secretsManager, async () => ({ status: 'failed' }));
