/**
 * Detection under fuzzing: for any input (mutated real events, arbitrary and
 * hostile JSON), `detectSource` names a source or nothing, and a router with
 * every runnable source mounted either runs the handler of the source that
 * claims the event or rejects with an UnknownEventError that names keys,
 * never values. Nothing else is thrown, and no prototype is polluted.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { detectSource, router, UnknownEventError, ValidationError } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { lambdaContext } from '@switchboard/testing';
import fc from 'fast-check';
import { anyEventArb, localSources } from './events.js';
import { describeThrown, expectNoValueIn, expectTypedError, outcomeOf } from './outcome.js';
import { assertNoPollution } from './pollution.js';
import { assertNoLoggedValues, useQuietConsole } from './quiet-console.js';
import { fuzz, propertyTimeoutMs } from './runs.js';

useQuietConsole();
afterEach(assertNoPollution);

const context = lambdaContext({ timeoutMs: 60_000 });

/** What every handler throws: which source's handler ran, without depending on what the source makes of an answer. */
class Dispatched extends Error {
  constructor(readonly sourceId: string) {
    super(`dispatched to ${sourceId}`);
  }
}

/** A router with every runnable source (and a variant of each) mounted; `ran` holds the id of the source whose handler ran. */
function recordingRouter(validateEvent: boolean) {
  const state: { ran: string | undefined } = { ran: undefined };
  const app = router({ validateEvent });
  for (const source of localSources) {
    const handler = () => {
      state.ran = source.id;
      throw new Dispatched(source.id);
    };
    // A variant handler too, where there are variants: the router then reads the variant before validating.
    const [firstVariant] = source.variants;
    app.on(firstVariant === undefined ? source : [source, source.variant(firstVariant)], handler);
  }
  return { app, state };
}

describe('detection under fuzzing', () => {
  it(
    'detectSource names one of the given sources, which claims the event, or nothing; it never throws',
    async () => {
      await fuzz(
        'detectSource',
        fc.property(anyEventArb, (event) => {
          const match = detectSource(allSources, event);
          if (match !== undefined) {
            expect(allSources).toContain(match.source);
            expect(match.source.detect(event)).toBe(true);
            expect(match.variant === undefined || typeof match.variant === 'string').toBe(true);
          }
          assertNoPollution();
          assertNoLoggedValues();
        }),
      );
    },
    propertyTimeoutMs,
  );

  it.each([false, true])(
    'a router (validateEvent: %s) runs the claiming source’s handler or rejects with an UnknownEventError naming keys only',
    async (validateEvent) => {
      const { app, state } = recordingRouter(validateEvent);
      await fuzz(
        `router detection (validateEvent ${validateEvent})`,
        fc.asyncProperty(anyEventArb, async (event) => {
          state.ran = undefined;
          const claimed = app.match(event)?.source;
          const outcome = await outcomeOf(() => app.handler(event, context));
          assertNoPollution();
          assertNoLoggedValues();
          if (claimed === undefined) {
            if (outcome.ok) throw new Error('An event no source claims was answered');
            expectTypedError(outcome.error, [UnknownEventError]);
            expectNoValueIn((outcome.error as UnknownEventError).seen.join(','), 'error keys');
            return;
          }
          if (claimed.settle !== undefined) {
            // A source that must always answer (an authorizer) answers even when its handler throws: it denies.
            if (!outcome.ok)
              throw new Error(`${claimed.id} must always answer, it rejected: ${describeThrown(outcome.error)}`);
            if (state.ran !== claimed.id) expect({ validateEvent, ran: state.ran }).toEqual({ validateEvent: true });
            return;
          }
          if (!outcome.ok && outcome.error instanceof Dispatched) {
            expect(outcome.error.sourceId).toBe(claimed.id);
            return;
          }
          // Only a validating router may refuse a claimed event, before its handler runs.
          expect({ validateEvent, ran: state.ran }).toEqual({ validateEvent: true, ran: undefined });
          if (outcome.ok) throw new Error(`${claimed.id} answered without running its handler`);
          expectTypedError(outcome.error, [ValidationError]);
        }),
      );
    },
    propertyTimeoutMs,
  );
});
