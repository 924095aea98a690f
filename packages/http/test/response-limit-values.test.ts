import { describe, expect, it } from '@jest/globals';
import { lambdaSyncResponseLimit } from '@switchboard/core';
import { responseLimits, streamingResponseLimit } from '@switchboard/http';

/**
 * The limits themselves, pinned to what AWS documents: the behaviour tests
 * read the table, so a wrong number there would go unseen without these.
 */
describe('each HTTP caller’s answer limit is the one AWS documents', () => {
  it('Lambda’s synchronous cap is 6 MB, 6,291,456 bytes', () => {
    // https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
    expect(lambdaSyncResponseLimit).toBe(6_291_456);
  });

  it.each([
    ['apigw-rest', 6_291_456],
    ['apigw-http', 6_291_456],
    ['function-url', 6_291_456],
    // "The maximum size of the response JSON that the Lambda function can send is 1 MB."
    ['alb', 1_000_000],
    ['vpc-lattice', 6_000_000],
  ] as const)('%s takes at most %i bytes', (dialect, bytes) => {
    expect(responseLimits[dialect]).toBe(bytes);
  });

  it('a streamed function URL answer stops at 200 MB', () => {
    // https://docs.aws.amazon.com/lambda/latest/dg/config-rs-invoke-furls.html
    expect(streamingResponseLimit).toBe(200_000_000);
  });
});
