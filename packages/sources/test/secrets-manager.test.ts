import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  type SecretsManagerStep,
  secretsManager,
  secretsManagerReference,
  secretsManagerSteps,
} from '@switchboard/sources/secrets-manager';
import type { Context } from 'aws-lambda';

const context = {} as Context;

function atStep(Step: SecretsManagerStep) {
  return { ...secretsManagerReference.sample(), Step };
}

describe('secrets-manager', () => {
  it('detects its own sample as the createSecret variant only, and the sample passes the schema', () => {
    const sample = secretsManagerReference.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: secretsManagerReference, variant: 'createSecret' });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([secretsManagerReference]);
    expect(checkEvent(secretsManagerReference, sample)).toEqual([]);
  });

  it('routes each rotation step to its own handler', async () => {
    const seen: string[] = [];
    const app = router();
    for (const step of secretsManagerSteps) {
      app.on(secretsManager.variant(step), async (event) => {
        seen.push(`${step}:${event.ClientRequestToken}`);
      });
    }
    for (const step of secretsManagerSteps) await expect(app.handler(atStep(step), context)).resolves.toBeUndefined();
    const token = secretsManagerReference.sample().ClientRequestToken;
    expect(seen).toEqual(secretsManagerSteps.map((step) => `${step}:${token}`));
  });

  it('accepts the RotationToken sent for cross-account rotation', () => {
    expect(
      checkEvent(secretsManagerReference, { ...secretsManagerReference.sample(), RotationToken: 'rt-6a1f0c' }),
    ).toEqual([]);
  });

  it.each([
    ['an unknown step', { ...secretsManagerReference.sample(), Step: 'create_secret' }],
    ['a step without SecretId', { Step: 'setSecret', ClientRequestToken: 't' }],
    ['a step without ClientRequestToken', { Step: 'setSecret', SecretId: 's' }],
  ])('does not claim %s', (_name, event) => {
    expect(secretsManager.detect(event)).toBe(false);
  });

  it('fails the step by rejecting when the handler throws', async () => {
    const app = router().on(secretsManager, async () => {
      throw new Error('database refused the new password');
    });
    await expect(app.handler(atStep('setSecret'), context)).rejects.toThrow('database refused the new password');
  });

  it('takes nothing as the answer, and refuses a value returned as if it mattered', () => {
    expect(checkResponse(secretsManagerReference, undefined)).toEqual([]);
    expect(checkResponse(secretsManagerReference, null)).toEqual([]);
    expect(checkResponse(secretsManagerReference, { status: 'ok' })).not.toEqual([]);
  });
});
