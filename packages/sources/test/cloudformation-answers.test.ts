import { describe, expect, it } from '@jest/globals';
import { router } from '@switchboard/core';
import {
  cloudformation,
  cloudformationResponseBodySchema,
  cloudformationResultSchema,
  toCloudformationFailure,
  toCloudformationReason,
  toCloudformationSuccess,
} from '@switchboard/sources/cloudformation';
import { ids, lambdaContext, sample, useResponseBucket } from './cloudformation-bucket.js';
import { corpusAvailable, readManifest, readPayload } from './corpus.js';

const { received, request } = useResponseBucket();

describe('cloudformation: requests forwarded by the CDK provider framework', () => {
  const { ResponseURL: _url, ServiceToken: _token, ...providerCreate } = request('Create');

  it('returns the handler result unchanged and PUTs nothing when there is no ResponseURL', async () => {
    const app = router().on(cloudformation, async () => ({ PhysicalResourceId: 'p-1', Data: { Key: 'v' } }));
    await expect(app.handler(providerCreate, lambdaContext())).resolves.toEqual({
      PhysicalResourceId: 'p-1',
      Data: { Key: 'v' },
    });
    expect(received).toHaveLength(0);
  });

  it("treats the framework's '...' placeholder URL as no URL", async () => {
    const app = router().on(cloudformation, async () => ({ PhysicalResourceId: 'p-1' }));
    await expect(app.handler({ ...providerCreate, ResponseURL: '...' }, lambdaContext())).resolves.toEqual({
      PhysicalResourceId: 'p-1',
    });
    expect(received).toHaveLength(0);
  });

  it("PUTs nothing when ServiceToken names another function (the framework's), even with a real ResponseURL", async () => {
    const app = router().on(cloudformation, async () => ({ PhysicalResourceId: 'p-1' }));
    const event = request('Create', {
      ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:Provider-onEvent',
    });
    await expect(app.handler(event, lambdaContext())).resolves.toEqual({ PhysicalResourceId: 'p-1' });
    expect(received).toHaveLength(0);
  });

  it('still PUTs when invoked through an alias of the ServiceToken function', async () => {
    const app = router().on(cloudformation, async () => {});
    await app.handler(request('Create'), lambdaContext(60_000, `${sample.ServiceToken}:live`));
    expect(received).toHaveLength(1);
  });

  it('throws the handler error for the framework to report', async () => {
    const app = router().on(cloudformation, async () => {
      throw new Error('bad input');
    });
    await expect(app.handler(providerCreate, lambdaContext())).rejects.toThrow('bad input');
  });
});

describe('cloudformation: answer builders', () => {
  const update = request('Update');

  it('build bodies that pass the response body schema', () => {
    const built = [
      toCloudformationSuccess(undefined, update),
      toCloudformationSuccess({ PhysicalResourceId: 'p', Data: { A: 1 }, NoEcho: false, Reason: 'ok' }, update),
      toCloudformationFailure('broken', update),
      toCloudformationFailure('', request('Create')),
    ];
    for (const body of built) expect(cloudformationResponseBodySchema.safeParse(body).success).toBe(true);
  });

  it('refuses a FAILED body without a Reason', () => {
    const body = { Status: 'FAILED', PhysicalResourceId: 'p', ...ids };
    expect(cloudformationResponseBodySchema.safeParse(body).success).toBe(false);
  });

  it('drops stack frames that a message itself carries', () => {
    const reason = toCloudformationReason(new Error('first line\n    at a (x.js:1:1)\n  second line'));
    expect(reason).toBe('first line second line');
  });
});

describe('cloudformation: corpus responses (checked here: an async source has no response schema)', () => {
  const responses = corpusAvailable
    ? readManifest().filter((entry) => entry.source === 'cloudformation' && entry.kind === 'response')
    : [];

  it.each(responses.map((entry) => [entry.file, entry] as const))('%s passes its schema', (_file, entry) => {
    const payload = readPayload(entry) as Record<string, unknown>;
    // The body PUT to ResponseURL has a Status; a provider framework onEvent answer is a handler result.
    const schema = 'Status' in payload ? cloudformationResponseBodySchema : cloudformationResultSchema;
    expect(schema.safeParse(payload).error?.issues ?? []).toEqual([]);
  });

  it('finds both corpus responses when the corpus is there', () => {
    if (corpusAvailable) expect(responses).toHaveLength(2);
  });
});
