import { describe, expect, it } from '@jest/globals';
import { checkEvent, type DescribedSource, detectSource } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { eventFactoryOf, events } from '../src/index.js';

type AnyFactory = ((overrides?: unknown) => unknown) & { variant(name: string, overrides?: unknown): unknown };
const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, next: string) => next.toUpperCase());
const factoryOf = (source: DescribedSource) => (events as unknown as Record<string, AnyFactory>)[camel(source.id)];

describe('eventFactoryOf', () => {
  it('finds the factory of every source by its id, and none for an unknown id', () => {
    for (const source of allSources) expect(eventFactoryOf(source.id)).toBe(factoryOf(source));
    expect(eventFactoryOf('nope')).toBeUndefined();
    expect(eventFactoryOf('constructor')).toBeUndefined();
  });
});

/**
 * Sources whose events no detector claims, by design. Each is listed with
 * why, so a new one cannot slip through silently.
 */
const undetectable: Readonly<Record<string, string>> = {
  iot: 'an IoT rule sends whatever its SQL selects: the source claims nothing, apps mount iotRule({ match, schema })',
};

function expectClaimed(source: DescribedSource, event: unknown, variant?: string) {
  expect(checkEvent(source, event)).toEqual([]);
  if (source.id in undetectable) return;
  const match = detectSource(allSources, event);
  expect(match?.source.id).toBe(source.id);
  if (variant !== undefined) expect(match?.variant).toBe(variant);
}

describe('events.<source>()', () => {
  it('has a factory named by the camelCase id for every built-in source', () => {
    const missing = allSources.filter((source) => typeof factoryOf(source) !== 'function').map((source) => source.id);
    expect(missing).toEqual([]);
  });

  it.each(allSources.map((source) => [source.id, source] as const))(
    '%s: the event passes the schema and is detected as that source',
    (_id, source) => {
      expectClaimed(source, factoryOf(source)?.());
    },
  );
});

const declaredVariants = allSources.flatMap((source) =>
  source.variants.map((variant) => [source.id, variant, source] as const),
);

describe('events.<source>.variant()', () => {
  it.each(declaredVariants)(
    '%s:%s is detected as that source and variant and passes the schema',
    (_id, variant, source) => {
      expectClaimed(source, factoryOf(source)?.variant(variant), variant);
    },
  );

  it('checks every declared variant of every source, 141 today', () => {
    expect(declaredVariants.length).toBe(allSources.reduce((sum, source) => sum + source.variants.length, 0));
    expect(declaredVariants.length).toBeGreaterThanOrEqual(141);
  });
});
