import { describe, expect, it } from '@jest/globals';
import { type LogEntry, router, type SettleContext, settling } from '@switchboard/core';
import { context, gate, tickets } from './fixtures.js';

describe('sources that settle their own answer', () => {
  it('passes the handler answer through settle when the handler succeeds', async () => {
    const app = router().on(gate, async () => ({ open: true }));
    await expect(app.handler({ gateId: 'g' }, context)).resolves.toEqual({ open: true });
  });

  it('lets settle answer when the handler throws', async () => {
    const app = router().on(gate, async () => {
      throw new Error('database down');
    });
    await expect(app.handler({ gateId: 'g' }, context)).resolves.toEqual({ open: false });
  });

  it('lets settle answer when a synchronous handler throws', async () => {
    const app = router().on(gate, () => {
      throw new Error('bad');
    });
    await expect(app.handler({ gateId: 'g' }, context)).resolves.toEqual({ open: false });
  });

  it('runs event validation inside settle, so an invalid event is still answered', async () => {
    let ran = false;
    const app = router({ validateEvent: true }).on(gate, async () => {
      ran = true;
      return { open: true };
    });
    await expect(app.handler({ gateId: 42 }, context)).resolves.toEqual({ open: false });
    expect(ran).toBe(false);
  });

  it('gives settle the Lambda context and the router timeout margin', async () => {
    let seen: unknown;
    const spying = {
      ...gate,
      settle: settling((run: () => Promise<unknown>, _event: unknown, settle: unknown) => {
        seen = settle;
        return run();
      }),
    };
    await router({ timeoutMarginMs: 250 })
      .on(spying as typeof gate, async () => ({ open: true }))
      .handler({ gateId: 'g' }, context);
    expect(seen).toEqual({ context, timeoutMarginMs: 250, report: expect.any(Function) });
  });

  it("writes a settling source's report to the router's log: class name only, message with logDetails", async () => {
    const reporting = {
      ...gate,
      settle: settling(async (run: () => Promise<unknown>, _event: unknown, settle: SettleContext) => {
        try {
          return await run();
        } catch (error) {
          settle.report('handler threw; gate stays shut', error);
          return { open: false };
        }
      }),
    };
    const failing = async () => {
      throw new RangeError('secret-value-42');
    };
    const plain: LogEntry[] = [];
    await router({ log: (entry) => plain.push(entry) })
      .on(reporting as typeof gate, failing)
      .handler({ gateId: 'g' }, context);
    expect(plain).toEqual([
      { level: 'error', message: 'handler threw; gate stays shut', source: gate.id, error: 'RangeError' },
    ]);
    const detailed: LogEntry[] = [];
    await router({ log: (entry) => detailed.push(entry), logDetails: true })
      .on(reporting as typeof gate, failing)
      .handler({ gateId: 'g' }, context);
    expect(detailed[0]?.detail).toBe('secret-value-42');
    const silent = router({ log: false }).on(reporting as typeof gate, failing);
    await expect(silent.handler({ gateId: 'g' }, context)).resolves.toEqual({ open: false });
  });
});

describe('mounting one handler on several variants', () => {
  it('routes every listed variant to the shared handler', async () => {
    const app = router().on([tickets.variant('bug'), tickets.variant('idea')], async (event) => ({
      accepted: event.title.length > 0,
    }));
    await expect(app.handler({ ticketKind: 'idea', title: 'x' }, context)).resolves.toEqual({ accepted: true });
    await expect(app.handler({ ticketKind: 'bug', title: '' }, context)).resolves.toEqual({ accepted: false });
  });
});
