/**
 * Validation under fuzzing, on mutated real events of every source:
 * `checkEvent` lists issues and never throws; a validating router answers a
 * valid event and refuses an invalid one with a ValidationError carrying
 * exactly those issues; and with `validateResponse`, whatever a handler
 * returns, a sync caller gets an answer that passes its response schema or
 * the invocation fails with a typed error. No message quotes a value.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  checkEvent,
  checkResponse,
  type DescribedSource,
  router,
  type SwitchboardError,
  ValidationError,
} from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { lambdaContext } from '@switchboard/testing';
import fc from 'fast-check';
import { localSources } from './events.js';
import { hostileArb, jsonArb } from './hostile.js';
import { mutatedArb } from './mutations.js';
import { describeThrown, expectNoValueIn, expectTypedError, outcomeOf } from './outcome.js';
import { assertNoPollution } from './pollution.js';
import { assertNoLoggedValues, useQuietConsole } from './quiet-console.js';
import { fuzz, propertyTimeoutMs } from './runs.js';
import { answerSeedsOf, seedsOf } from './seeds.js';

useQuietConsole();
afterEach(assertNoPollution);

const context = lambdaContext({ timeoutMs: 60_000 });

const byId = new Map(allSources.map((source) => [source.id, source]));
const sourceOf = (id: string) => byId.get(id) as DescribedSource;

/** A source id (ids, not sources, so a counterexample prints short), and one of its real events mutated. */
const mutatedEventArb = (sources: readonly DescribedSource[]) =>
  fc
    .constantFrom(...sources.map((source) => source.id))
    .chain((id) => fc.tuple(fc.constant(id), mutatedArb(seedsOf(sourceOf(id)))));

function expectCleanIssues(issues: readonly { path: string; message: string }[]): void {
  for (const issue of issues) {
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.message).toBe('string');
    expectNoValueIn(`${issue.path} ${issue.message}`, 'validation issue');
  }
}

/** What the handler throws when it is reached: the test needs to know it ran, not what its source makes of an answer. */
class Reached extends Error {}

describe('validation under fuzzing', () => {
  it(
    'checkEvent lists issues that name paths and expectations, never values, and never throws',
    async () => {
      await fuzz(
        'checkEvent',
        fc.property(mutatedEventArb(allSources), ([id, event]) => {
          expectCleanIssues(checkEvent(sourceOf(id), event));
          assertNoPollution();
          assertNoLoggedValues();
        }),
      );
    },
    propertyTimeoutMs,
  );

  it(
    'a validating router runs the handler iff checkEvent finds nothing, else rejects with those issues',
    async () => {
      const routers = new Map(localSources.map((source) => [source, validatingRouter(source)]));
      await fuzz(
        'router validateEvent',
        fc.asyncProperty(mutatedEventArb(localSources), async ([id, event]) => {
          const source = sourceOf(id);
          const app = routers.get(source) as ReturnType<typeof validatingRouter>;
          app.reached = false;
          const outcome = await outcomeOf(() => app.handler(event, context));
          assertNoPollution();
          assertNoLoggedValues();
          if (!source.detect(event)) {
            if (outcome.ok) throw new Error(`${source.id} answered an event it does not claim`);
            return expect((outcome.error as SwitchboardError).code).toBe('UNKNOWN_EVENT');
          }
          const issues = checkEvent(source, event);
          expect(app.reached).toBe(issues.length === 0);
          // A source that must always answer (an authorizer) denies instead of rejecting.
          if (source.settle !== undefined) {
            if (!outcome.ok) throw new Error(`${source.id} rejected: ${describeThrown(outcome.error)}`);
            return;
          }
          if (outcome.ok) throw new Error(`${source.id} answered without its handler`);
          if (issues.length === 0) return expect(outcome.error).toBeInstanceOf(Reached);
          expectTypedError(outcome.error, [ValidationError]);
          expect((outcome.error as ValidationError).issues).toEqual(issues);
        }),
      );
    },
    propertyTimeoutMs,
  );

  it(
    'with validateResponse, every answer a sync caller gets passes its response schema',
    async () => {
      const answering = localSources.filter((source) => source.response !== undefined);
      const answerArb = fc.constantFrom(...answering.map((source) => source.id)).chain((id) => {
        const corpusAnswers = answerSeedsOf(sourceOf(id));
        const answers =
          corpusAnswers.length === 0
            ? fc.oneof(jsonArb, hostileArb)
            : fc.oneof(jsonArb, hostileArb, mutatedArb(corpusAnswers));
        return fc.tuple(fc.constant(id), answers);
      });
      const returned: { value: unknown } = { value: undefined };
      const app = router({ validateResponse: true });
      for (const source of answering) app.on(source, () => returned.value);
      await fuzz(
        'router validateResponse',
        fc.asyncProperty(answerArb, async ([id, value]) => {
          const source = sourceOf(id);
          returned.value = value;
          const outcome = await outcomeOf(() => app.handler(source.sample(), context));
          assertNoPollution();
          assertNoLoggedValues();
          if (outcome.ok) return expect(checkResponse(source, outcome.value)).toEqual([]);
          // A source that shapes the answer (`toResult`) may fail on a value its handler type forbids
          // (firehose reads `result.records`): that is the handler's bug, reported as whatever it threw.
          if (source.toResult !== undefined) return expect(outcome.error).toBeInstanceOf(Error);
          expectTypedError(outcome.error, [ValidationError]);
          expect((outcome.error as ValidationError).target).toBe('response');
        }),
      );
    },
    propertyTimeoutMs,
  );
});

/** A router that validates events and has only `source` mounted; `reached` says whether the handler ran. */
function validatingRouter(source: DescribedSource) {
  const state = {
    reached: false,
    handler: router({ validateEvent: true }).on(source, () => {
      state.reached = true;
      throw new Reached();
    }).handler,
  };
  return state;
}
