import { describe, expect, it, jest } from '@jest/globals';
import { InvocationTimeoutError, invoke, toLambdaError } from '../src/index.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('invoke', () => {
  it('resolves with the result, the duration and the context the handler saw', async () => {
    const invocation = await invoke(
      async (event: { n: number }, context) => ({ doubled: event.n * 2, name: context.functionName }),
      { n: 21 },
      { context: { functionName: 'orders' } },
    );
    expect(invocation.result).toEqual({ doubled: 42, name: 'orders' });
    expect(invocation.durationMs).toBeGreaterThanOrEqual(0);
    expect(invocation.context.functionName).toBe('orders');
  });

  it('gives the handler a context counting down from timeoutMs', async () => {
    const { result } = await invoke(
      (_event: unknown, context) => context.getRemainingTimeInMillis(),
      {},
      { timeoutMs: 2_000 },
    );
    expect(result).toBeGreaterThan(1_900);
    expect(result).toBeLessThanOrEqual(2_000);
  });

  it('rejects with an InvocationTimeoutError when the handler outlives the timeout', async () => {
    const started = Date.now();
    const running = invoke(() => sleep(500), {}, { timeoutMs: 50 });
    await expect(running).rejects.toBeInstanceOf(InvocationTimeoutError);
    await expect(running).rejects.toMatchObject({ code: 'INVOCATION_TIMEOUT', timeoutMs: 50 });
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('clears its timer when the handler finishes first', async () => {
    const clear = jest.spyOn(globalThis, 'clearTimeout');
    await invoke(() => 'ok', {}, { timeoutMs: 60_000 });
    expect(clear).toHaveBeenCalled();
    clear.mockRestore();
  });

  it('survives a handler that fails after its timeout', async () => {
    const late = invoke(() => sleep(30).then(() => Promise.reject(new Error('late'))), {}, { timeoutMs: 10 });
    await expect(late).rejects.toBeInstanceOf(InvocationTimeoutError);
    await sleep(40); // an unhandled rejection here would fail the run
  });

  it('rejects with the thrown Error, synchronous or not', async () => {
    const error = new TypeError('bad input');
    await expect(invoke(() => Promise.reject(error), {})).rejects.toBe(error);
    await expect(
      invoke(() => {
        throw error;
      }, {}),
    ).rejects.toBe(error);
  });

  it('turns a thrown non-Error into an Error that keeps the value as cause', async () => {
    const running = invoke(() => {
      throw 'plain string';
    }, {});
    await expect(running).rejects.toBeInstanceOf(Error);
    await expect(running).rejects.toMatchObject({ code: 'NON_ERROR_THROWN', cause: 'plain string' });
  });
});

describe('toLambdaError', () => {
  it('reports the error name and message, never the stack', () => {
    const payload = toLambdaError(new RangeError('too big'));
    expect(payload).toEqual({ errorType: 'RangeError', errorMessage: 'too big' });
    expect(JSON.stringify(payload)).not.toContain('at ');
  });

  it('reports a timeout as Lambda does', () => {
    expect(toLambdaError(new InvocationTimeoutError(3_000))).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: 'Task timed out after 3.00 seconds',
    });
  });

  it('reports a thrown non-Error by its type, raw or wrapped by invoke', async () => {
    expect(toLambdaError('oops')).toEqual({ errorType: 'string', errorMessage: 'oops' });
    const wrapped = await invoke(() => {
      throw { code: 7 };
    }, {}).catch((error: unknown) => error);
    expect(toLambdaError(wrapped)).toEqual({ errorType: 'object', errorMessage: '{"code":7}' });
  });
});
