import { describe, expect, it } from '@jest/globals';
import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { toResponseSource } from '../src/response-source.js';
import { UsageError } from '../src/usage-error.js';

const docs = { service: 'Test', summary: 's', detection: 'd', retries: 'r', limits: [], links: [] };

const pings = defineSource({
  id: 'pings',
  invocation: 'async',
  detect: (event) => typeof event === 'object' && event !== null && 'ping' in event,
  schema: z.looseObject({ ping: z.number() }),
  sample: () => ({ ping: 1 }),
  docs,
});

const rules = defineSource({
  id: 'rules',
  invocation: 'sync',
  detect: (event) => typeof event === 'object' && event !== null && 'rule' in event,
  schema: z.looseObject({ rule: z.string() }),
  response: z.object({ ok: z.boolean() }),
  variants: ['known'],
  openVariants: true,
  variantOf: (event) => event.rule,
  sample: () => ({ rule: 'known' }),
  docs,
});

describe('toResponseSource', () => {
  it('refuses a source whose caller reads no response, saying why', () => {
    expect(() => toResponseSource('pings', [pings, rules])).toThrow(
      new UsageError('pings callers read no response (invocation: async), so there is no response to validate'),
    );
  });

  it('accepts any variant of a source with open variants', () => {
    expect(toResponseSource('rules:any-detail-type', [pings, rules])).toBe(rules);
  });

  it('says so when a variant is given for a source without variants', () => {
    expect(() => toResponseSource('pings:x', [pings])).toThrow(
      'unknown variant "x" of pings in --response; pings has no variants',
    );
  });
});
