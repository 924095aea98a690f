import { describe, expect, it } from '@jest/globals';
import { checkEvent } from '@switchboard/core';
import { allSources } from '@switchboard/sources';

/**
 * The contract every built-in source keeps, whatever its caller: its sample
 * is claimed by it alone and passes its schema, its variants are routable,
 * its answer schema matches its invocation type, and its docs metadata is
 * complete enough to generate its page.
 */
const rows = allSources.map((source) => [source.id, source] as const);

/** Sources no built-in detector can claim, by design (`iot`: only a user's `iotRule` matcher knows the payload). */
const userMatched = new Set(['iot']);

describe.each(rows)('source %s', (_id, source) => {
  it('has a sample that it alone claims (nobody, for a user-matched source) and that passes its schema', () => {
    const sample = source.sample();
    expect(allSources.filter((candidate) => candidate.detect(sample)).map((claimant) => claimant.id)).toEqual(
      userMatched.has(source.id) ? [] : [source.id],
    );
    expect(checkEvent(source, sample)).toEqual([]);
  });

  it('names a declared variant for its sample, when it has variants', () => {
    const variant = source.variantOf?.(source.sample());
    if (source.variants.length === 0) expect(source.variantOf).toBeUndefined();
    else if (!source.openVariants) expect(source.variants).toContain(variant);
    else expect(typeof variant).toBe('string');
  });

  it('has a response schema exactly when its caller can read an answer', () => {
    expect(source.response === undefined).toBe(source.invocation === 'async');
  });

  it('refuses null, arrays, primitives and empty objects', () => {
    for (const event of [null, undefined, [], [source.sample()], 'text', 42, {}]) {
      expect(source.detect(event)).toBe(false);
    }
  });

  it('documents its service, detection, retries, limits and links with AWS URLs', () => {
    const { docs } = source;
    expect(docs.service).toMatch(/^(Amazon|AWS|Elastic) /);
    for (const text of [docs.summary, docs.detection, docs.retries]) expect(text.length).toBeGreaterThan(40);
    expect(docs.limits.length).toBeGreaterThan(0);
    expect(docs.links.length).toBeGreaterThan(0);
    const urls = [...docs.links.map((link) => link.url), ...docs.limits.flatMap((limit) => limit.link ?? [])];
    for (const url of urls) expect(url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });
});
