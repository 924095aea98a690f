import { runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isObject } from '../internal/guards.js';
import type { SecretsManagerEvent, SecretsManagerResult } from './schema.js';

/** The four rotation steps, called in this order with one `ClientRequestToken` per rotation. */
export const secretsManagerSteps = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'] as const;
export type SecretsManagerStep = (typeof secretsManagerSteps)[number];
const steps: ReadonlySet<unknown> = new Set(secretsManagerSteps);

/**
 * A rotation event is exactly these three strings, with `Step` one of the
 * four steps; no other caller names a `Step` beside a `SecretId`.
 * @see https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda.html
 */
function isSecretsManagerEvent(event: unknown): boolean {
  if (!isObject(event) || !steps.has(event.Step)) return false;
  return typeof event.SecretId === 'string' && typeof event.ClientRequestToken === 'string';
}

/**
 * AWS Secrets Manager: a Lambda rotation function. Each step is a variant.
 *
 * @example
 * router().on(secretsManager.variant('createSecret'), async (event) => { await putPendingSecret(event.SecretId, event.ClientRequestToken) })
 * @see https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda.html
 */
export const secretsManager = runtimeSource<SecretsManagerEvent, SecretsManagerResult>()({
  id: 'secrets-manager',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  detect: isSecretsManagerEvent,
  variants: secretsManagerSteps,
  variantOf: (event) => event.Step,
});
