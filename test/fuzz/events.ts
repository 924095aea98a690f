/**
 * The inputs every fuzz property draws from, and the sources a router can
 * mount here.
 */
import type { DescribedSource } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import fc from 'fast-check';
import { hostileArb, jsonArb } from './hostile.js';
import { mutatedArb } from './mutations.js';
import { seeds } from './seeds.js';

/** Anything an invocation can carry: mostly mutated real events, also arbitrary and hostile JSON. */
export const anyEventArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: mutatedArb(seeds.map((seed) => seed.event)) },
  { weight: 1, arbitrary: fc.constantFrom(...seeds.map((seed) => seed.event)) },
  { weight: 2, arbitrary: jsonArb },
  { weight: 2, arbitrary: hostileArb },
);

/**
 * Sources whose answer is an AWS API call (CloudFormation's S3 PUT,
 * CodePipeline's and Config's SDK calls, S3 Object Lambda's
 * WriteGetObjectResponse): AWS cannot run here, so routers in the fuzz
 * tests do not mount them; detection and validation still cover them.
 */
const answeredThroughAws = new Set(['cloudformation', 'codepipeline', 'config', 's3-object-lambda']);

/** Every built-in source a router can run without AWS. */
export const localSources: readonly DescribedSource[] = allSources.filter(
  (source) => !answeredThroughAws.has(source.id),
);
