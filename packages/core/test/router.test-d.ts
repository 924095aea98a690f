// Type tests: checked by `npm run typecheck` (tsc), never executed.
import middy from '@middy/core';
import { defineSource, type EventOf, type ResultOf, router, type SourceHandler } from '@switchboard/core';
import { expectTypeOf } from 'expect-type';
import * as z from 'zod/mini';
import { orders, pings, tickets, wrapped } from './fixtures.js';

// The handler's event type is inferred from the source's zod schema.
router().on(orders, (event) => {
  expectTypeOf(event.orderId).toEqualTypeOf<string>();
  expectTypeOf(event.kind).toEqualTypeOf<'new' | 'refund'>();
  expectTypeOf(event.amount).toEqualTypeOf<number>();
  return { accepted: true };
});

// Its return type is the response type of the source's caller...
router().on(orders, async () => ({ accepted: false }));
// @ts-expect-error a wrong answer shape is a compile error
router().on(orders, async () => ({ accepted: 'yes' }));
// @ts-expect-error so is a wrong synchronous answer
router().on(orders, () => ({ ok: true }));

// ...or, when the source has a toResult, the part of the answer a handler fills in.
router().on(wrapped, () => ({ ok: true }));
// @ts-expect-error the whole wire answer is not what a wrapped handler returns
router().on(wrapped, () => ({ wrap: 'x', response: { ok: true } }));

// Async sources: handlers return nothing.
expectTypeOf<ResultOf<typeof pings>>().toEqualTypeOf<void>();
router().on(pings, async (event) => {
  expectTypeOf(event.ping).toEqualTypeOf<number>();
});

// Variants carry the source's types.
router().on(orders.variant('refund'), (event) => ({ accepted: event.kind === 'refund' }));
// @ts-expect-error unknown variant names are compile errors too
orders.variant('exchange');

// A handler written against the source's types, and a middy chain, both mount.
const named: SourceHandler<EventOf<typeof orders>, ResultOf<typeof orders>> = async () => ({ accepted: true });
router().on(orders, named);
router().on(
  orders,
  middy(async (event: EventOf<typeof orders>) => ({ accepted: event.amount > 0 })),
);
// @ts-expect-error a handler for another source's event does not mount
router().on(orders, async (event: { ping: number }) => ({ accepted: event.ping > 0 }));

// The router's handler is a plain Lambda handler, so middy can wrap it.
middy(router().handler);
expectTypeOf(router().handler).returns.toEqualTypeOf<Promise<unknown>>();

// Per-variant types: a variant's handler sees and answers its own shapes.
router().on(tickets.variant('bug'), (event) => {
  expectTypeOf(event.severity).toEqualTypeOf<number | undefined>();
  return { accepted: true };
});
router().on(tickets.variant('idea'), (event) => {
  // @ts-expect-error an idea ticket has no severity
  event.severity;
  return { accepted: true, votes: 3 };
});
// @ts-expect-error votes are a number
router().on(tickets.variant('idea'), () => ({ accepted: true, votes: 'many' }));
// A list of variants: the handler sees any of their events.
router().on([tickets.variant('bug'), tickets.variant('idea')], (event) => {
  expectTypeOf(event.ticketKind).toEqualTypeOf<'bug' | 'idea'>();
  return { accepted: true };
});

// Literal answers written inline keep their literal types (no `as const` needed).
const verdicts = defineSource({
  id: 'verdicts',
  invocation: 'sync',
  detect: () => false,
  schema: z.object({ id: z.string() }),
  response: z.object({ effect: z.enum(['Allow', 'Deny']), items: z.array(z.object({ kind: z.literal('x') })) }),
  sample: () => ({ id: 'v' }),
  docs: { service: 'Test', summary: 's', detection: 'd', retries: 'r', limits: [], links: [] },
});
router().on(verdicts, async () => ({ effect: 'Allow', items: [{ kind: 'x' }] }));
router().on(verdicts, () => ({ effect: 'Deny', items: [] }));
