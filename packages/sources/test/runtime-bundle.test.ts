import { describe, expect, it } from '@jest/globals';
import type { DescribedSource, Source } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { bundle } from '../../../test/support/bundle.js';

/**
 * A function that mounts one source carries what runs (detection, variants,
 * answer shaping) and none of its reference: no docs text, no sample event,
 * no zod schema. Each source keeps its reference apart (`<id>/reference.ts`,
 * `<id>/schema.ts`); a leak here usually means a runtime module imports a
 * schema as a value, or a shared internal module builds a schema at its top level.
 */
const camelCase = (id: string) => id.replace(/-([a-z0-9])/g, (_, next: string) => next.toUpperCase());

async function bundleMounting(id: string): Promise<string> {
  const entry = `
    import { router } from '@switchboard/core';
    import { ${camelCase(id)} as source } from '@switchboard/sources/${id}';
    export const handler = router().on(source, async () => undefined).handler;
  `;
  return bundle(entry, { sdkExternal: true });
}

/**
 * The sample's own strings: every string value of 16 characters or more,
 * except those the runtime source rightly carries: what its detector matches
 * (its docs name them: `aws.cloudwatch`, `SelfManagedKafka`) and its variant
 * names (`PreSignUp_SignUp`).
 */
function sampleMarkers(source: DescribedSource): string[] {
  const markers: string[] = [];
  const carried = (value: string) => source.docs.detection.includes(value) || source.variants.includes(value);
  JSON.stringify(source.sample(), (_key, value: unknown) => {
    if (typeof value === 'string' && value.length >= 16 && !value.includes('"') && !carried(value)) {
      markers.push(value);
    }
    return value;
  });
  return markers;
}

describe('a function mounting one source', () => {
  it.each(allSources.map((source) => [source.id, source] as const))(
    '%s: carries its runtime source, and none of its docs, sample or schemas',
    async (id, source) => {
      const code = await bundleMounting(id);
      expect(code).toContain(`"${id}"`);
      expect(code).not.toContain(source.docs.summary.slice(0, 40));
      const carried = sampleMarkers(source).filter((marker) => code.includes(marker));
      expect(carried).toEqual([]);
      // zod/mini and zod core name their schema constructors; no schema means neither name.
      expect(code).not.toMatch(/ZodMiniObject|\$ZodObject/);
    },
  );
});

describe('each source module', () => {
  it.each(allSources.map((source) => [source.id, source] as const))(
    '%s: exports the runtime source its reference describes, under the camelCase of its id',
    async (id, reference) => {
      const module = (await import(`@switchboard/sources/${id}`)) as Record<string, unknown>;
      const runtime = module[camelCase(id)] as Source | undefined;
      expect(runtime?.id).toBe(id);
      expect(runtime?.detect).toBe(reference.detect);
      expect(runtime?.schema).toBeUndefined();
      expect(module[`${camelCase(id)}Reference`]).toBe(reference);
    },
  );
});
