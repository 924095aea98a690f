// A rotation function: Secrets Manager calls createSecret, setSecret, testSecret and finishSecret in turn,
// each with the new version's ClientRequestToken, and reads no answer (a step fails by throwing).
import { router } from '@switchboard/core';
import { type SecretsManagerStep, secretsManager } from '@switchboard/sources/secrets-manager';

// What each step does; the Secrets Manager and database calls are named here, not made.
const stepWork: Record<SecretsManagerStep, string> = {
  createSecret: 'PutSecretValue: a new random password, staged AWSPENDING',
  setSecret: 'ALTER USER on the database with the AWSPENDING password',
  testSecret: 'log in to the database with the AWSPENDING password',
  finishSecret: 'UpdateSecretVersionStage: move AWSCURRENT to the new version',
};

export const handler = router().on(secretsManager, async (event) => {
  console.log(`${event.Step} ${event.SecretId} (version ${event.ClientRequestToken}): ${stepWork[event.Step]}`);
}).handler;
