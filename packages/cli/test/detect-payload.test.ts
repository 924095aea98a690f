import { describe, expect, it } from '@jest/globals';
import { defineSource } from '@switchboard/core';
import * as z from 'zod/mini';
import { detectPayload } from '../src/detect-payload.js';

const docs = { service: 'Test', summary: 's', detection: 'd', retries: 'r', limits: [], links: [] };

/** A source whose `variantOf` trusts the schema, as it may: it is typed for valid events. */
const jobs = defineSource({
  id: 'jobs',
  invocation: 'sync',
  detect: (event) => typeof event === 'object' && event !== null && 'job' in event,
  schema: z.looseObject({ job: z.object({ kind: z.string() }) }),
  variants: ['build'],
  openVariants: true,
  variantOf: (event) => event.job.kind,
  sample: () => ({ job: { kind: 'build' } }),
  docs,
});

describe('detectPayload', () => {
  it('gives the variant of a valid event', () => {
    expect(detectPayload({ job: { kind: 'build' } }, [jobs])).toEqual({ source: jobs, variant: 'build' });
  });

  it('still names the source, without a variant, when variantOf throws on a malformed event', () => {
    expect(detectPayload({ job: null }, [jobs])).toEqual({ source: jobs, variant: undefined });
  });

  it('gives undefined when no source claims the event', () => {
    expect(detectPayload({ other: 1 }, [jobs])).toBeUndefined();
  });
});
