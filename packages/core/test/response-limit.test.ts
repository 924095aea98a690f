import { describe, expect, it } from '@jest/globals';
import {
  answersForItself,
  lambdaSyncResponseLimit,
  ResponseTooLargeError,
  router,
  runtimeSource,
  SwitchboardError,
  syncAnswerLimit,
} from '@switchboard/core';
import { context, gate, orders, pings } from './fixtures.js';

const order = { orderId: 'a', kind: 'new', amount: 3 };
// Over Lambda's 6 MB by a little: a secret the error must never repeat.
const oversized = { accepted: true, note: `secret-${'x'.repeat(lambdaSyncResponseLimit)}` };

describe('router response limit', () => {
  it('refuses a sync answer above 6 MB with a typed error naming source, limit and size, never content', async () => {
    const app = router().on(orders, () => oversized as never);
    const error = await app.handler(order, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toBeInstanceOf(SwitchboardError);
    const tooLarge = error as ResponseTooLargeError;
    const size = Buffer.byteLength(JSON.stringify(oversized));
    expect(tooLarge).toMatchObject({ code: 'RESPONSE_TOO_LARGE', source: 'orders', limitBytes: 6_291_456 });
    expect(tooLarge.sizeBytes).toBe(size);
    expect(tooLarge.message).toBe(
      `The orders answer reached ${size} bytes serialized; its caller accepts at most 6291456 bytes`,
    );
    expect(tooLarge.message).not.toContain('secret');
  });

  it('returns an answer of exactly 6 MB serialized unchanged', async () => {
    const padding = lambdaSyncResponseLimit - '{"accepted":true,"note":""}'.length;
    const answer = { accepted: true, note: 'x'.repeat(padding) };
    expect(Buffer.byteLength(JSON.stringify(answer))).toBe(lambdaSyncResponseLimit);
    const app = router().on(orders, () => answer);
    await expect(app.handler(order, context)).resolves.toBe(answer);
  });

  it('measures what a settling source answers too', async () => {
    const app = router().on(gate, () => oversized as never);
    await expect(app.handler({ gateId: 'g' }, context)).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it('leaves async sources alone: Lambda discards their answer', async () => {
    const app = router().on(pings, () => oversized as never);
    await expect(app.handler({ ping: 1 }, context)).resolves.toBe(oversized);
  });

  it('does not measure a poll source: its answer lists at most one id per record', async () => {
    // A poll source passes no answerLimit: the router holds answers only to a limit the source names.
    const queue = { ...orders, invocation: 'poll' as const, answerLimit: undefined };
    const app = router().on(queue as typeof orders, () => oversized as never);
    await expect(app.handler(order, context)).resolves.toBe(oversized);
  });

  it('holds answers to the limit the source names, whatever it is', async () => {
    const tight = {
      ...orders,
      answerLimit: (answer: unknown) => {
        if (answer !== 'ok') throw new RangeError('over');
        return answer;
      },
    };
    const app = router({ log: false }).on(tight as typeof orders, (() => 'too long') as never);
    await expect(app.handler(order, context)).rejects.toBeInstanceOf(RangeError);
  });

  it('gives a sync source defined in one object the sync limit; a sync runtime source must name one', () => {
    expect(orders.answerLimit).toBe(syncAnswerLimit);
    expect(pings.answerLimit).toBeUndefined();
    // @ts-expect-error: a sync runtime source without `answerLimit` does not compile.
    const unnamed = runtimeSource<unknown, unknown>()({ id: 'bare', invocation: 'sync', detect: () => false });
    expect(unnamed.answerLimit).toBeUndefined();
    const queue = runtimeSource<unknown>()({ id: 'queue', invocation: 'poll', detect: () => false });
    expect(queue.answerLimit).toBeUndefined();
  });

  it('does not measure again the answers of a handler that answers for itself (an HTTP app)', async () => {
    const app = router().on(
      orders,
      Object.assign(() => oversized as never, { [answersForItself]: true as const }),
    );
    await expect(app.handler(order, context)).resolves.toBe(oversized);
  });

  it('exposes its timeout margin for apps mounted on it', () => {
    expect(router().timeoutMarginMs).toBe(1_000);
    expect(router({ timeoutMarginMs: 250 }).timeoutMarginMs).toBe(250);
  });
});
