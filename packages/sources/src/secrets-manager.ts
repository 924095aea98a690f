import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';

/** The four rotation steps, called in this order with one `ClientRequestToken` per rotation. */
export const secretsManagerSteps = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'] as const;
export type SecretsManagerStep = (typeof secretsManagerSteps)[number];
const steps: ReadonlySet<unknown> = new Set(secretsManagerSteps);

/**
 * The event Secrets Manager sends to a rotation function, once per step.
 * `RotationToken` is sent when the function rotates a secret of another
 * account and must pass it back to PutSecretValue (absent from older
 * captures, corpus: events/rust/example-secretsmanager-secret-rotation-event.json).
 * @see https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda.html
 */
export const secretsManagerEventSchema = z.object({
  Step: z.enum(secretsManagerSteps),
  SecretId: z.string(),
  ClientRequestToken: z.string(),
  RotationToken: z.exactOptional(z.string()),
});

/**
 * Secrets Manager reads no answer: a step succeeds when the function
 * returns and fails when it throws. The schema admits only "nothing"
 * (undefined, or the null a runtime sends for it), so a handler that
 * returns a value believing it matters is a compile error.
 */
export const secretsManagerResponseSchema = z.optional(z.null());

export type SecretsManagerEvent = z.output<typeof secretsManagerEventSchema>;
export type SecretsManagerResult = z.output<typeof secretsManagerResponseSchema>;

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
export const secretsManager = defineSource({
  id: 'secrets-manager',
  invocation: 'sync',
  detect: isSecretsManagerEvent,
  schema: secretsManagerEventSchema,
  response: secretsManagerResponseSchema,
  variants: secretsManagerSteps,
  variantOf: (event) => event.Step,
  sample: sampleSecretsManagerEvent,
  docs: {
    service: 'AWS Secrets Manager',
    summary:
      'Secrets Manager rotates a secret by invoking its rotation function four times, one per step: createSecret (stage a new version as AWSPENDING), setSecret (set it in the database or service), testSecret (try it) and finishSecret (move AWSCURRENT to it). The function answers nothing; it fails a step by throwing.',
    detection:
      '`Step` is one of the four rotation steps, beside string `SecretId` and `ClientRequestToken`; the variant is the step.',
    retries:
      'A thrown error or a timeout fails the step, and with it the rotation: Secrets Manager may call the steps again with the same ClientRequestToken, and a rotation that keeps failing is logged as RotationFailed in CloudTrail with AWSPENDING left on the new version. Steps must therefore be idempotent for a given ClientRequestToken.',
    limits: [
      {
        name: 'Function timeout',
        value: "each step must finish within the function's timeout (at most 15 minutes)",
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
    ],
    links: [
      {
        title: 'Rotation by Lambda function',
        url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda.html',
      },
      {
        title: 'Lambda rotation functions',
        url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda-functions.html',
      },
    ],
  },
});

function sampleSecretsManagerEvent(): SecretsManagerEvent {
  return {
    Step: 'createSecret',
    SecretId: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/orders/db-Xk2P9q',
    ClientRequestToken: '8f3c2b1a-7d4e-4a6b-9c2d-5e1f0a9b7c34',
  };
}
