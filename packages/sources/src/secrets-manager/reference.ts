import { describeSource } from '@switchboard/core';
import { type SecretsManagerEvent, secretsManagerEventSchema, secretsManagerResponseSchema } from './schema.js';
import { secretsManager } from './source.js';

/** `secretsManager` with its schemas, sample event and docs, for tools, tests and `validateEvent`. */
export const secretsManagerReference = describeSource(secretsManager, {
  schema: secretsManagerEventSchema,
  response: secretsManagerResponseSchema,
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
    SecretId: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/orders/db-Xk2P9q',
    ClientRequestToken: '8f3c2b1a-7d4e-4a6b-9c2d-5e1f0a9b7c34',
    Step: 'createSecret',
  };
}
