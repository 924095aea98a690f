import { describe, expect, it } from '@jest/globals';
import { lambdaContext } from '../src/index.js';

describe('lambdaContext', () => {
  it('counts the remaining time down from the timeout', async () => {
    const context = lambdaContext({ timeoutMs: 1_000, functionName: 'orders' });
    const first = context.getRemainingTimeInMillis();
    expect(first).toBeGreaterThan(900);
    expect(first).toBeLessThanOrEqual(1_000);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(context.getRemainingTimeInMillis()).toBeLessThanOrEqual(first - 50);
    expect(context.invokedFunctionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:orders');
  });

  it('never reports negative time once the deadline has passed', async () => {
    const context = lambdaContext({ timeoutMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(context.getRemainingTimeInMillis()).toBe(0);
  });
});
