import { describe, expect, it } from '@jest/globals';
import { router } from '@switchboard/core';
import { cloudformation } from '@switchboard/sources/cloudformation';
import { ids, lambdaContext, useResponseBucket } from './cloudformation-bucket.js';

// A real HTTP server on loopback stands in for the presigned S3 URL CloudFormation reads the answer from.
const { received, request, bodies } = useResponseBucket();

describe('cloudformation: a handler that never finishes', () => {
  it('is answered FAILED through the router at the margin, once, while the invocation still has time', async () => {
    const app = router({ timeoutMarginMs: 200 }).on(cloudformation, () => new Promise(() => {}));
    const started = Date.now();
    // 260 ms left: the margin leaves the handler about 60 ms, then the PUT goes out.
    await expect(app.handler(request('Update'), lambdaContext(260))).resolves.toBeUndefined();
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(50);
    expect(elapsed).toBeLessThan(260);
    expect(received).toHaveLength(1);
    expect(received[0]?.method).toBe('PUT');
    expect(bodies()[0]).toMatchObject({
      ...ids,
      Status: 'FAILED',
      PhysicalResourceId: 'topic-policy-1',
      Reason: expect.stringMatching(/timed out: it was still running 200 ms before the Lambda timeout/),
    });
  });
});
