import { readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { checkResponse, type LambdaHandler } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { expectedOutcomes, invocationOf } from './invocations.js';
import { pointAwsSdkAt, type StandInAws, startStandInAws } from './stand-in-aws.js';

// The handler example of each source's docs page: examples/sources/src/<id>.ts, run on the source's
// sample. Nothing is mocked: the four examples that answer through AWS (cloudformation's PUT to its
// presigned ResponseURL, which goes through node:https rather than fetch; codepipeline, config and
// s3-object-lambda through the AWS SDK) reach a loopback server standing in for AWS, which cannot run here.
const exampleIds = readdirSync(new URL('../src/', import.meta.url))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -'.ts'.length));

let aws: StandInAws;
let undoSdkSettings: () => void;
let loggedErrors: ReturnType<typeof jest.spyOn>;

beforeAll(async () => {
  aws = await startStandInAws();
  undoSdkSettings = pointAwsSdkAt(aws);
});
afterAll(async () => {
  undoSdkSettings();
  await aws.close();
});
beforeEach(() => {
  aws.received.length = 0;
  // The examples log what they do; keep the test output to the results.
  jest.spyOn(console, 'log').mockImplementation(() => {});
  loggedErrors = jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  jest.restoreAllMocks();
});

describe('examples/sources', () => {
  it('has one example per built-in source, named by its id, and no other file', () => {
    const ids = allSources.map((source) => source.id);
    // Sources without an example, then example files named after no source.
    expect(ids.filter((id) => !exampleIds.includes(id))).toEqual([]);
    expect(exampleIds.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(allSources.map((source) => [source.id, source] as const))(
    '%s: the example answers its source sample as the caller expects',
    async (id, source) => {
      const { handler }: { handler: LambdaHandler } = await import(`../src/${id}.js`);
      expect(typeof handler).toBe('function');
      const { event, context } = invocationOf(source, aws.origin);

      const answer = await handler(event, context);

      // Settling sources log a failing handler here before answering a deny or a failure report.
      expect(loggedErrors.mock.calls).toEqual([]);
      if (source.response !== undefined) expect(checkResponse(source, answer)).toEqual([]);
      expectedOutcomes[id]?.(answer, aws.received);
    },
    30_000,
  );

  it('checks the settled outcome of every source whose response schema would also pass a failure', () => {
    const settling = allSources.filter((source) => source.settle !== undefined).map((source) => source.id);
    expect(settling.filter((id) => expectedOutcomes[id] === undefined)).toEqual([]);
  });
});
