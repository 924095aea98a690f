import { defineSource, settling, withVariantTypes } from '@switchboard/core';
import type { Context } from 'aws-lambda';
import * as z from 'zod/mini';

/** A minimal Lambda context: these tests never read its fields. */
export const context = { functionName: 'test', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

const docs = { service: 'Test', summary: 's', detection: 'd', retries: 'r', limits: [], links: [] };

/** A sync source with variants and a response schema, defined the way users define theirs. */
export const orders = defineSource({
  id: 'orders',
  invocation: 'sync',
  detect: (event) => typeof event === 'object' && event !== null && 'orderId' in event,
  schema: z.object({ orderId: z.string(), kind: z.enum(['new', 'refund']), amount: z.number() }),
  response: z.object({ accepted: z.boolean() }),
  variants: ['new', 'refund'],
  variantOf: (event) => event.kind,
  sample: () => ({ orderId: 'o-1', kind: 'new' as const, amount: 5 }),
  docs,
});

/** An async source whose handlers return nothing. */
export const pings = defineSource({
  id: 'pings',
  invocation: 'async',
  detect: (event) => typeof event === 'object' && event !== null && 'ping' in event,
  schema: z.object({ ping: z.number() }),
  sample: () => ({ ping: 1 }),
  docs,
});

/** A source whose handlers return a part of the answer that `toResult` completes. */
export const wrapped = defineSource({
  id: 'wrapped',
  invocation: 'sync',
  detect: (event) => typeof event === 'object' && event !== null && 'wrap' in event,
  schema: z.object({ wrap: z.string() }),
  response: z.object({ wrap: z.string(), response: z.object({ ok: z.boolean() }) }),
  toResult: (result: { ok: boolean }, event) => ({ ...event, response: result }),
  sample: () => ({ wrap: 'w' }),
  docs,
});

/** A source that must always answer: a failed or invalid call is answered with a refusal, never thrown. */
export const gate = defineSource({
  id: 'gate',
  invocation: 'sync',
  detect: (event) => typeof event === 'object' && event !== null && 'gateId' in event,
  schema: z.object({ gateId: z.string() }),
  response: z.object({ open: z.boolean() }),
  settle: settling(async (run) => {
    try {
      return await run();
    } catch {
      return { open: false };
    }
  }),
  sample: () => ({ gateId: 'g-1' }),
  docs,
});

/** Per-variant types: each kind of ticket carries and answers something else. */
const ticketSource = defineSource({
  id: 'tickets',
  invocation: 'sync',
  detect: (event) => typeof event === 'object' && event !== null && 'ticketKind' in event,
  schema: z.object({ ticketKind: z.enum(['bug', 'idea']), title: z.string() }),
  response: z.object({ accepted: z.boolean() }),
  variants: ['bug', 'idea'],
  variantOf: (event) => event.ticketKind,
  sample: () => ({ ticketKind: 'bug' as const, title: 't' }),
  docs,
});
export const tickets = withVariantTypes<{
  bug: { event: { ticketKind: 'bug'; title: string; severity?: number }; result: { accepted: boolean } };
  idea: { event: { ticketKind: 'idea'; title: string }; result: { accepted: boolean; votes?: number } };
}>()(ticketSource);
