import { describe, expect, it } from '@jest/globals';
import { checkEvent, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { type IotEventsEvent, iotEventsReference as iotEvents } from '@switchboard/sources/iot-events';
import type { Context } from 'aws-lambda';

const context = {} as Context;

/** A timer firing in a detector model without a key: no input message, no keyValue. */
function timerEvent(): IotEventsEvent {
  const sample = iotEvents.sample();
  const { keyValue: _key, ...detector } = sample.payload.detector;
  return {
    ...sample,
    eventName: 'inspectionDue',
    payload: {
      ...sample.payload,
      detector,
      eventTriggerDetails: { triggerType: 'Timer', timerName: 'inspectionTimer' },
    },
  };
}

describe('iot-events', () => {
  it('detects its sample alone, and the sample passes the schema', () => {
    const sample = iotEvents.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: iotEvents, variant: undefined });
    expect(checkEvent(iotEvents, sample)).toEqual([]);
  });

  it('accepts a timer trigger in a detector model without a key', () => {
    expect(checkEvent(iotEvents, timerEvent())).toEqual([]);
    expect(iotEvents.detect(timerEvent())).toBe(true);
  });

  it('hands the mounted handler the detector and state', async () => {
    const seen: string[] = [];
    const app = router().on(iotEvents, async (event) => {
      seen.push(`${event.payload.detector.keyValue}:${event.payload.state.stateName}`);
    });
    await expect(app.handler(iotEvents.sample(), context)).resolves.toBeUndefined();
    expect(seen).toEqual(['freezer-0042:Overheated']);
  });

  it('does not claim the documentation example wrapped in an `event` key', () => {
    expect(iotEvents.detect({ event: iotEvents.sample() })).toBe(false);
  });

  it.each([
    ['null', null],
    ['a payload without a detector', { eventName: 'x', payload: { state: {} } }],
    ['a detector without an eventName', { payload: { detector: { detectorModelName: 'm' } } }],
    ['a string payload', { eventName: 'x', payload: 'detector' }],
  ])('does not claim %s', (_name, event) => {
    expect(iotEvents.detect(event)).toBe(false);
  });
});
