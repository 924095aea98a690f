import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, jest } from '@jest/globals';
import { detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  CloudformationResponseError,
  cloudformation,
  cloudformationCreateFailedMarker,
  cloudformationEventSchema,
  cloudformationReference,
  putCloudformationResponse,
  toCloudformationFailure,
} from '@switchboard/sources/cloudformation';
import {
  ids,
  lambdaContext,
  logStreamName,
  responsePath,
  sample,
  sleep,
  useResponseBucket,
} from './cloudformation-bucket.js';

const { received, statuses, request, bodies } = useResponseBucket();
const schemaIssues = (event: unknown) => cloudformationEventSchema.safeParse(event).error?.issues ?? [];

describe('cloudformation: detection and variants', () => {
  it('detects its sample as cloudformation only, the Create variant, and the sample passes the schema', () => {
    expect(detectSource(allSources, sample)?.variant).toBe('Create');
    expect(allSources.filter((source) => source.detect(sample)).map((source) => source.id)).toEqual(['cloudformation']);
    expect(schemaIssues(sample)).toEqual([]);
  });

  it('detects a CDK provider framework onEvent input, which has no ResponseURL or ServiceToken', () => {
    const { ResponseURL: _url, ServiceToken: _token, ...provider } = request('Update');
    const match = detectSource(allSources, provider);
    expect([match?.source.id, match?.variant]).toEqual(['cloudformation', 'Update']);
    expect(schemaIssues(provider)).toEqual([]);
  });

  it.each([
    ['an unknown RequestType', { RequestType: 'Created' }],
    ['a lower-case requestType only', { RequestType: undefined, requestType: 'Create' }],
    ['no StackId', { StackId: undefined }],
    ['no RequestId', { RequestId: undefined }],
    ['no LogicalResourceId', { LogicalResourceId: undefined }],
    ['a numeric ResourceType', { ResourceType: 42 }],
  ])('does not claim a request with %s', (_name, patch) => {
    expect(cloudformation.detect({ ...sample, ...patch })).toBe(false);
  });

  it('does not claim a CloudFormation macro event (camel-case requestId, no RequestType)', () => {
    const macro = { region: 'us-east-1', accountId: '123456789012', requestId: 'r-1', transformId: 't', fragment: {} };
    expect(cloudformation.detect(macro)).toBe(false);
  });

  it('routes Create, Update and Delete to their variant handlers', async () => {
    const seen: string[] = [];
    const app = router()
      .on(cloudformation.variant('Create'), async (event) => void seen.push(`create ${event.LogicalResourceId}`))
      .on(cloudformation.variant('Update'), async (event) => {
        seen.push(`update ${event.PhysicalResourceId} from ${String(event.OldResourceProperties.TopicArn)}`);
      })
      .on(cloudformation.variant('Delete'), async (event) => void seen.push(`delete ${event.PhysicalResourceId}`));
    for (const type of ['Create', 'Update', 'Delete'] as const) await app.handler(request(type), lambdaContext());
    expect(seen).toEqual([
      'create TopicPolicy',
      'update topic-policy-1 from arn:aws:sns:us-east-1:1:old',
      'delete topic-policy-1',
    ]);
    expect(bodies().map((body) => body.Status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
  });
});

describe('cloudformation: the PUT to ResponseURL', () => {
  it('PUTs SUCCESS with the request ids, Data and NoEcho, path and query intact, content-type empty', async () => {
    const app = router().on(cloudformation, async () => ({ Data: { Arn: 'arn:aws:sns:us-east-1:1:t' }, NoEcho: true }));
    await expect(app.handler(request('Create'), lambdaContext())).resolves.toBeUndefined();
    expect(received).toHaveLength(1);
    const [put] = received;
    expect(put?.method).toBe('PUT');
    expect(put?.url).toBe(responsePath);
    expect(put?.headers['content-type'] ?? '').toBe('');
    expect(put?.headers['content-length']).toBe(String(Buffer.byteLength(put?.body ?? '')));
    expect(JSON.parse(put?.body ?? '')).toEqual({
      Status: 'SUCCESS',
      PhysicalResourceId: `TopicPolicy-${sample.RequestId}`,
      ...ids,
      NoEcho: true,
      Data: { Arn: 'arn:aws:sns:us-east-1:1:t' },
    });
  });

  it("defaults the physical id to the request's on Update and keeps a new one (a replacement)", async () => {
    await router()
      .on(cloudformation, async () => {})
      .handler(request('Update'), lambdaContext());
    await router()
      .on(cloudformation, async () => ({ PhysicalResourceId: 'topic-policy-2' }))
      .handler(request('Update'), lambdaContext());
    expect(bodies().map((body) => body.PhysicalResourceId)).toEqual(['topic-policy-1', 'topic-policy-2']);
  });

  it("always answers a Delete with the request's physical id", async () => {
    await router()
      .on(cloudformation, async () => ({ PhysicalResourceId: 'something-else' }))
      .handler(request('Delete'), lambdaContext());
    expect(bodies()[0]).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'topic-policy-1' });
  });

  it('PUTs FAILED with the error message, never its stack, when the handler throws', async () => {
    const error = new TypeError('Topic arn:aws:sns:us-east-1:1:t does not exist');
    const app = router().on(cloudformation, async () => {
      throw error;
    });
    await expect(app.handler(request('Create'), lambdaContext())).resolves.toBeUndefined();
    const [body] = bodies();
    expect(body).toEqual({
      Status: 'FAILED',
      Reason: `TypeError: Topic arn:aws:sns:us-east-1:1:t does not exist (details: log stream ${logStreamName})`,
      PhysicalResourceId: `${cloudformationCreateFailedMarker}${sample.RequestId}`,
      ...ids,
    });
    expect(String(body?.Reason)).not.toContain(' at ');
  });

  it("keeps the request's physical id when an Update fails", async () => {
    const app = router().on(cloudformation, () => {
      throw new Error('quota exceeded');
    });
    await app.handler(request('Update'), lambdaContext());
    expect(bodies()[0]).toMatchObject({ Status: 'FAILED', PhysicalResourceId: 'topic-policy-1' });
  });

  it('answers the rollback Delete of a failed Create SUCCESS without running the handler', async () => {
    let ran = false;
    const app = router().on(cloudformation, async () => {
      ran = true;
      throw new Error('the resource was never created');
    });
    const failedId = `${cloudformationCreateFailedMarker}${sample.RequestId}`;
    await app.handler(request('Delete', { PhysicalResourceId: failedId }), lambdaContext());
    expect(ran).toBe(false);
    expect(bodies()[0]).toEqual({ Status: 'SUCCESS', PhysicalResourceId: failedId, ...ids });
  });

  it('PUTs FAILED for an invalid event when validation is on, without running the handler', async () => {
    let ran = false;
    const app = router({ validateEvent: true }).on(cloudformationReference, async () => {
      ran = true;
    });
    await app.handler(request('Update', { OldResourceProperties: 'not an object' }), lambdaContext());
    expect(ran).toBe(false);
    expect(bodies()[0]).toMatchObject({ Status: 'FAILED', PhysicalResourceId: 'topic-policy-1', ...ids });
    expect(String(bodies()[0]?.Reason)).toMatch(
      /^ValidationError: Invalid cloudformation event at OldResourceProperties/,
    );
  });

  it('cuts a huge error message so that the body stays within 4096 bytes', async () => {
    const app = router().on(cloudformation, () => {
      throw new Error(`${'é'.repeat(5000)}\n    at handler (/var/task/index.js:1:1)`);
    });
    await app.handler(request('Create'), lambdaContext());
    expect(Buffer.byteLength(received[0]?.body ?? '')).toBeLessThanOrEqual(4096);
    expect(String(bodies()[0]?.Reason)).toMatch(/^é+\.\.\. \(details: log stream /);
  });

  it('answers FAILED, keeping the physical id, when Data would make the body exceed 4096 bytes', async () => {
    const app = router().on(cloudformation, async () => ({
      PhysicalResourceId: 'big',
      Data: { Blob: 'x'.repeat(5000) },
    }));
    await app.handler(request('Create'), lambdaContext());
    expect(bodies()[0]).toMatchObject({ Status: 'FAILED', PhysicalResourceId: 'big' });
    expect(String(bodies()[0]?.Reason)).toMatch(/CloudFormation accepts at most 4096/);
  });

  it('answers FAILED before the Lambda timeout and sends nothing more when the handler finishes late', async () => {
    let finished = false;
    const app = router({ timeoutMarginMs: 1_000 }).on(cloudformation, async () => {
      await sleep(700);
      finished = true;
      return { PhysicalResourceId: 'late' };
    });
    const started = Date.now();
    await app.handler(request('Create'), lambdaContext(1_500));
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(1_000);
    expect(finished).toBe(false);
    expect(bodies()[0]).toMatchObject({ Status: 'FAILED', Reason: expect.stringMatching(/timed out/) });
    await sleep(900 - elapsed);
    expect(finished).toBe(true);
    expect(received).toHaveLength(1);
  });

  it('clears its deadline timer when the handler settles first, so nothing holds the event loop', async () => {
    const created = jest.spyOn(globalThis, 'setTimeout');
    const cleared = jest.spyOn(globalThis, 'clearTimeout');
    await router()
      .on(cloudformation, async () => {})
      .handler(request('Create'), lambdaContext(900_000));
    const deadline = created.mock.calls.findIndex(([, ms]) => ms === 899_000);
    expect(deadline).toBeGreaterThanOrEqual(0);
    expect(cleared).toHaveBeenCalledWith(created.mock.results[deadline]?.value as ReturnType<typeof setTimeout>);
  });

  it('retries the PUT after a 500 and delivers the same body', async () => {
    statuses.push(500);
    await router()
      .on(cloudformation, async () => {})
      .handler(request('Create'), lambdaContext());
    expect(received).toHaveLength(2);
    expect(received[1]?.body).toBe(received[0]?.body);
  });

  it('throws when the PUT keeps failing, so that Lambda retries the invocation', async () => {
    statuses.push(500, 500, 500);
    const app = router().on(cloudformation, async () => {});
    await expect(app.handler(request('Create'), lambdaContext())).rejects.toBeInstanceOf(CloudformationResponseError);
    expect(received).toHaveLength(3);
  });

  it('does not retry a 403 (an expired signature), and names no signature in the error', async () => {
    statuses.push(403);
    const failure = router()
      .on(cloudformation, async () => {})
      .handler(request('Create'), lambdaContext());
    await expect(failure).rejects.toMatchObject({ code: 'CLOUDFORMATION_RESPONSE_FAILED', status: 403 });
    await expect(failure).rejects.not.toThrow(/Signature/);
    expect(received).toHaveLength(1);
  });

  it('retries network errors, then throws', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const put = putCloudformationResponse(
      `http://127.0.0.1:${port}/x`,
      toCloudformationFailure('no', request('Create')),
      {
        backoffMs: 1,
      },
    );
    await expect(put).rejects.toThrow(/3 tries/);
  });
});
