import { describe, expect, it } from '@jest/globals';
import { checkEvent, router, SwitchboardError, UnknownEventError } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { iot, iotReference, iotRule } from '@switchboard/sources/iot';
import type { Context } from 'aws-lambda';
import { expectTypeOf } from 'expect-type';
import * as z from 'zod/mini';

const context = {} as Context;

// A user-defined source for one IoT rule: `SELECT * FROM 'iotbutton/+'`.
const buttonSchema = z.object({
  serialNumber: z.string(),
  clickType: z.enum(['SINGLE', 'DOUBLE', 'LONG']),
  batteryVoltage: z.string(),
});
const click: z.output<typeof buttonSchema> = {
  serialNumber: 'G030JF0591234567',
  clickType: 'DOUBLE',
  batteryVoltage: '1715mV',
};
const button = iotRule({
  id: 'iot-button',
  match: (event) => typeof event === 'object' && event !== null && 'serialNumber' in event && 'clickType' in event,
  schema: buttonSchema,
  sample: () => click,
  docs: { summary: 'The office IoT button: its rule selects every click published on iotbutton/+.' },
});

// The handler's event is typed by the rule's schema; the answer is ignored.
router().on(button, async (event) => {
  expectTypeOf(event.clickType).toEqualTypeOf<'SINGLE' | 'DOUBLE' | 'LONG'>();
});

describe('iot', () => {
  it('never claims an event by itself, not even its own sample', () => {
    expect(iot.detect(iotReference.sample())).toBe(false);
    expect(iot.detect({ serialNumber: 'G030JF0591234567', clickType: 'SINGLE' })).toBe(false);
  });

  it('is listed among the built-in sources (for docs and the CLI) but claims no event', () => {
    expect(allSources).toContain(iotReference);
    const payloads = allSources.map((source) => source.sample());
    expect(payloads.filter((payload) => iot.detect(payload))).toEqual([]);
  });

  it('routes an IoT rule payload to the mounted iotRule source, typed by its schema', async () => {
    const clicks: string[] = [];
    const app = router({ validateEvent: true }).on(button, async (event) => {
      clicks.push(`${event.serialNumber}:${event.clickType}`);
    });
    const click = { serialNumber: 'G030JF0591234567', clickType: 'LONG', batteryVoltage: '1690mV' };
    await expect(app.handler(click, context)).resolves.toBeUndefined();
    expect(clicks).toEqual(['G030JF0591234567:LONG']);
  });

  it('leaves payloads its matcher refuses unclaimed', async () => {
    const app = router().on(button, async () => {});
    expect(app.match({ temperature: 21.4 })).toBeUndefined();
    await expect(app.handler({ temperature: 21.4 }, context)).rejects.toThrow(UnknownEventError);
  });

  it('is an async source with IoT Core docs, overridden where the rule says so', () => {
    expect(button.invocation).toBe('async');
    expect(button.response).toBeUndefined();
    expect(button.docs.service).toBe('AWS IoT Core');
    expect(button.docs.summary).toContain('office IoT button');
    expect(checkEvent(button, button.sample())).toEqual([]);
  });

  it('throws a typed error when a rule defined without a sample is asked for one', () => {
    const bare = iotRule({ id: 'bare-rule', match: () => false, schema: z.object({ v: z.number() }) });
    expect(() => bare.sample()).toThrow(SwitchboardError);
  });

  it('refuses an id that is not kebab-case, when the rule is defined', () => {
    expect(() => iotRule({ id: 'IoT Button', match: () => false, schema: buttonSchema })).toThrow(/kebab-case/);
  });
});
