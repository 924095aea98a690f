import * as z from 'zod/mini';
import { secretsManagerSteps } from './source.js';

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
