import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import {
  answersForItself,
  DefinitionError,
  NoHandlerError,
  router,
  SwitchboardError,
  UnknownEventError,
  ValidationError,
} from '@switchboard/core';
import { context, orders, pings, wrapped } from './fixtures.js';

describe('router dispatch', () => {
  it('runs the handler mounted on the source that claims the event', async () => {
    const app = router()
      .on(pings, () => undefined)
      .on(orders, (event) => ({ accepted: event.amount > 1 }));
    await expect(app.handler({ orderId: 'a', kind: 'new', amount: 3 }, context)).resolves.toEqual({ accepted: true });
  });

  it('prefers a variant handler over the source handler, most specific first', async () => {
    const app = router()
      .on(orders, () => ({ accepted: false }))
      .on(orders.variant('refund'), () => ({ accepted: true }));
    await expect(app.handler({ orderId: 'a', kind: 'refund', amount: 1 }, context)).resolves.toEqual({
      accepted: true,
    });
    await expect(app.handler({ orderId: 'a', kind: 'new', amount: 1 }, context)).resolves.toEqual({ accepted: false });
  });

  it('sends a claimed event whose variant has no handler to the fallback', async () => {
    const app = router()
      .on(orders.variant('refund'), () => ({ accepted: true }))
      .fallback(() => 'fallback');
    await expect(app.handler({ orderId: 'a', kind: 'new', amount: 1 }, context)).resolves.toBe('fallback');
  });

  it('throws NoHandlerError naming source and variant when nothing handles a claimed event', async () => {
    const app = router().on(orders.variant('refund'), () => ({ accepted: true }));
    const error = await app.handler({ orderId: 'a', kind: 'new', amount: 1 }, context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoHandlerError);
    expect(error).toMatchObject({ code: 'NO_HANDLER', source: 'orders', variant: 'new' });
  });

  it('names a variant in NoHandlerError only when code names it, never event text', async () => {
    // `kind` outside the declared variants stands for an open variant (an EventBridge detail-type).
    const app = router().on(orders.variant('refund'), () => ({ accepted: true }));
    const error = await app
      .handler({ orderId: 'a', kind: 'secret-kind-value', amount: 1 }, context)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NO_HANDLER', source: 'orders', variant: '(other)' });
    expect((error as Error).message).not.toContain('secret-kind-value');
  });

  it('runs the fallback for events no mounted source claims', async () => {
    const app = router()
      .on(pings, () => undefined)
      .fallback((event) => ({ fellBack: event }));
    await expect(app.handler({ other: 1 }, context)).resolves.toEqual({ fellBack: { other: 1 } });
  });

  it('only checks mounted sources: an event of an unmounted source is unknown', async () => {
    const app = router().on(pings, () => undefined);
    await expect(app.handler(orders.sample(), context)).rejects.toBeInstanceOf(UnknownEventError);
  });

  it('applies toResult to turn the handler result into the caller answer', async () => {
    const app = router().on(wrapped, () => ({ ok: true }));
    await expect(app.handler({ wrap: 'x' }, context)).resolves.toEqual({ wrap: 'x', response: { ok: true } });
  });

  it('still routes variants and validates events when the source handler answers for itself', async () => {
    const selfAnswering = Object.assign(() => ({ accepted: true }), { [answersForItself]: true as const });
    const app = router()
      .on(orders, selfAnswering)
      .on(orders.variant('refund'), () => ({ accepted: false }));
    await expect(app.handler({ orderId: 'o-1', kind: 'refund', amount: 1 }, context)).resolves.toEqual({
      accepted: false,
    });
    await expect(app.handler({ orderId: 'o-2', kind: 'new', amount: 1 }, context)).resolves.toEqual({ accepted: true });
    const validating = router({ validateEvent: true }).on(orders, selfAnswering);
    await expect(validating.handler({ orderId: 'o-3', kind: 'new' }, context)).rejects.toBeInstanceOf(ValidationError);
  });

  it('match() reports the source and variant without running a handler', () => {
    let ran = false;
    const app = router().on(orders, () => {
      ran = true;
      return { accepted: true };
    });
    expect(app.match({ orderId: 'a', kind: 'refund', amount: 1 })).toEqual({ source: orders, variant: 'refund' });
    expect(app.match({ nope: true })).toBeUndefined();
    expect(ran).toBe(false);
  });
});

describe('unknown events', () => {
  it('names the top-level keys it saw and never a value', async () => {
    const error = await router()
      .on(pings, () => undefined)
      .handler({ secretToken: 'hunter2-value', Records: [{ password: 'p4ss' }] }, context)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownEventError);
    expect(error).toBeInstanceOf(SwitchboardError);
    const unknown = error as UnknownEventError;
    expect(unknown.code).toBe('UNKNOWN_EVENT');
    expect(unknown.seen).toEqual(['secretToken', 'Records']);
    expect(unknown.message).toContain('secretToken, Records');
    expect(JSON.stringify({ ...unknown, message: unknown.message })).not.toMatch(/hunter2|p4ss|password/);
  });

  it.each([
    [null, '(null)'],
    [[1, 2], '(array)'],
    ['text', '(string)'],
    [42, '(number)'],
    [undefined, '(undefined)'],
  ])('describes %p by its JSON type', async (event, seen) => {
    const error = await router()
      .on(pings, () => undefined)
      .handler(event, context)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownEventError);
    expect((error as UnknownEventError).seen).toEqual([seen]);
  });

  it('caps the keys it lists for huge events', async () => {
    const event = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    const error = (await router()
      .handler(event, context)
      .catch((e: unknown) => e)) as UnknownEventError;
    expect(error.seen).toHaveLength(21);
    expect(error.seen.at(-1)).toBe('…80 more');
  });
});

describe('validation option', () => {
  const invalid = { orderId: 'a', kind: 'new', amount: 'lots' };

  it('does not validate events by default', async () => {
    const app = router().on(orders, () => ({ accepted: true }));
    await expect(app.handler(invalid, context)).resolves.toEqual({ accepted: true });
  });

  it('rejects an invalid event with paths into it when validateEvent is on', async () => {
    let ran = false;
    const app = router({ validateEvent: true }).on(orders, () => {
      ran = true;
      return { accepted: true };
    });
    const error = (await app.handler(invalid, context).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', source: 'orders', target: 'event' });
    expect(error.issues).toEqual([{ path: 'amount', message: expect.stringContaining('number') }]);
    expect(error.message).not.toContain('lots');
    expect(ran).toBe(false);
  });

  it('hands the handler the event as sent, keys the schema does not list included', async () => {
    const app = router({ validateEvent: true }).on(orders, (event) => ({ accepted: 'extra' in event }));
    await expect(app.handler({ ...orders.sample(), extra: 1 }, context)).resolves.toEqual({ accepted: true });
  });

  it('rejects an answer that breaks the response schema when validateResponse is on', async () => {
    const app = router({ validateResponse: true }).on(orders, () => ({ accepted: 'yes' }) as never);
    const error = await app.handler(orders.sample(), context).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', target: 'response', issues: [{ path: 'accepted' }] });
  });
});

describe('middy', () => {
  it('wraps the router handler: middy(app.handler) runs middlewares around dispatch', async () => {
    const seen: string[] = [];
    const app = router().on(orders, () => {
      seen.push('handler');
      return { accepted: true };
    });
    const wrappedHandler = middy(app.handler).use({
      before: () => void seen.push('before'),
      after: () => void seen.push('after'),
    });
    await expect(wrappedHandler(orders.sample(), context)).resolves.toEqual({ accepted: true });
    expect(seen).toEqual(['before', 'handler', 'after']);
  });

  it('mounts a middy chain as a source handler, its middlewares seeing the typed event', async () => {
    const chain = middy(async (event: { orderId: string; amount: number }) => ({ accepted: event.amount > 10 })).use({
      before: (request) => {
        request.event = { ...request.event, amount: request.event.amount * 100 };
      },
    });
    const app = router().on(orders, chain);
    await expect(app.handler(orders.sample(), context)).resolves.toEqual({ accepted: true });
  });

  it('lets a middy onError middleware turn a handler error into an answer', async () => {
    const chain = middy(async (): Promise<{ accepted: boolean }> => {
      throw new Error('boom');
    }).use({
      onError: (request) => {
        request.response = { accepted: false };
      },
    });
    await expect(router().on(orders, chain).handler(orders.sample(), context)).resolves.toEqual({ accepted: false });
  });
});

describe('definition mistakes fail when defined', () => {
  it('refuses a second handler on the same source or variant', () => {
    const app = router().on(orders, () => ({ accepted: true }));
    expect(() => app.on(orders, () => ({ accepted: true }))).toThrow(DefinitionError);
    app.on(orders.variant('new'), () => ({ accepted: true }));
    expect(() => app.on(orders.variant('new'), () => ({ accepted: true }))).toThrow(/already mounted on orders:new/);
  });

  it('refuses an unknown variant name', () => {
    expect(() => (orders.variant as (name: string) => unknown)('exchange')).toThrow(
      /no variant "exchange"; its variants are: new, refund/,
    );
  });

  it('refuses a second fallback', () => {
    expect(() =>
      router()
        .fallback(() => 1)
        .fallback(() => 2),
    ).toThrow(DefinitionError);
  });

  it('propagates handler errors unchanged so Lambda retries async and poll events', async () => {
    const failure = new Error('downstream timeout');
    const app = router().on(pings, () => {
      throw failure;
    });
    await expect(app.handler({ ping: 1 }, context)).rejects.toBe(failure);
  });
});
