import { describe, expect, it } from '@jest/globals';
import {
  DefinitionError,
  defineSource,
  describeSource,
  isDescribed,
  router,
  runtimeSource,
  syncAnswerLimit,
  ValidationError,
} from '@switchboard/core';
import * as z from 'zod/mini';
import { context } from './fixtures.js';

interface Parcel {
  readonly parcelId: string;
  readonly weight: number;
}

/** A source defined the way built-in sources are: the runtime part, then its reference apart. */
const parcels = runtimeSource<Parcel, { readonly accepted: boolean }>()({
  id: 'parcels',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  detect: (event) => typeof event === 'object' && event !== null && 'parcelId' in event,
  variants: ['light', 'heavy'],
  variantOf: (event) => (event.weight > 10 ? 'heavy' : 'light'),
});
const parcelsReference = describeSource(parcels, {
  schema: z.object({ parcelId: z.string(), weight: z.number() }),
  response: z.object({ accepted: z.boolean() }),
  sample: () => ({ parcelId: 'p-1', weight: 3 }),
  docs: { service: 'Test', summary: 's', detection: 'd', retries: 'r', limits: [], links: [] },
});

describe('a runtime source and its described form', () => {
  it('carry the same runtime fields; only the described one has schemas, sample and docs', () => {
    expect(isDescribed(parcels)).toBe(false);
    expect(isDescribed(parcelsReference)).toBe(true);
    expect(parcelsReference.detect).toBe(parcels.detect);
    expect(parcelsReference.variantOf).toBe(parcels.variantOf);
    expect(parcels.schema).toBeUndefined();
    expect(parcelsReference.sample()).toEqual({ parcelId: 'p-1', weight: 3 });
  });

  it('are one source to a router: a variant of one and the other mount side by side', async () => {
    const app = router()
      .on(parcels.variant('heavy'), () => ({ accepted: false }))
      .on(parcelsReference, () => ({ accepted: true }));
    await expect(app.handler({ parcelId: 'p-2', weight: 40 }, context)).resolves.toEqual({ accepted: false });
    await expect(app.handler({ parcelId: 'p-3', weight: 1 }, context)).resolves.toEqual({ accepted: true });
    expect(() => app.on(parcels, () => ({ accepted: true }))).toThrow(/already mounted on parcels/);
  });

  it('still refuses another source that reuses the id', () => {
    const impostor = runtimeSource<Parcel, { readonly accepted: boolean }>()({
      id: 'parcels',
      invocation: 'sync',
      answerLimit: syncAnswerLimit,
      detect: () => false,
    });
    const app = router().on(parcels, () => ({ accepted: true }));
    expect(() => app.on(impostor, () => ({ accepted: true }))).toThrow(/Two different sources share the id "parcels"/);
  });

  it('validateEvent needs the described form, and says so when the runtime one is mounted', async () => {
    expect(() => router({ validateEvent: true }).on(parcels, () => ({ accepted: true }))).toThrow(DefinitionError);
    expect(() => router({ validateResponse: true }).on(parcels.variant('light'), () => ({ accepted: true }))).toThrow(
      /validateResponse needs the schemas of parcels/,
    );
    const app = router({ validateEvent: true }).on(parcelsReference, () => ({ accepted: true }));
    await expect(app.handler({ parcelId: 'p-4', weight: 'heavy' }, context)).rejects.toBeInstanceOf(ValidationError);
  });

  it('describing an async source with a response schema is a mistake found when described', () => {
    const beacons = runtimeSource<{ readonly beacon: string }>()({
      id: 'beacons',
      invocation: 'async',
      detect: () => true,
    });
    expect(() =>
      describeSource(beacons, {
        schema: z.object({ beacon: z.string() }),
        response: z.object({}),
        sample: () => ({ beacon: 'b' }),
        docs: { service: 'Test', summary: 's', detection: 'd', retries: 'r', limits: [], links: [] },
      }),
    ).toThrow(/is async/);
  });

  // The compiler refuses these in `runtimeSource` (test/source-rules.test-d.ts); `defineSource`
  // also refuses them at run time, for sources written without one.
  it('defining a source in one object checks its id and variants at run time', () => {
    const spec = {
      invocation: 'async' as const,
      detect: () => true,
      schema: z.object({}),
      sample: () => ({}),
      docs: { service: 'Test', summary: 's', detection: 'd', retries: 'r', limits: [], links: [] },
    };
    expect(() => defineSource({ ...spec, id: 'Order Task' })).toThrow(/"Order Task" must be kebab-case/);
    expect(() => defineSource({ ...spec, id: 'order--task' })).toThrow(DefinitionError);
    expect(() => defineSource({ ...spec, id: 'jobs', variants: ['start'] } as never)).toThrow(
      /jobs lists variants but has no variantOf/,
    );
    expect(() => defineSource({ ...spec, id: 'jobs', openVariants: true } as never)).toThrow(/no variantOf/);
    expect(defineSource({ ...spec, id: 'order-task-2' }).id).toBe('order-task-2');
  });
});
