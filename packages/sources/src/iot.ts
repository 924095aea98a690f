import { defineSource, type SourceDocs, SwitchboardError } from '@switchboard/core';
import * as z from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';

const iotDocs: SourceDocs = {
  service: 'AWS IoT Core',
  summary:
    "A topic rule's Lambda action invokes the function asynchronously with whatever the rule's SQL `SELECT` produces, so no built-in detector can tell it from any other JSON. Mount it as a user-defined source: `iotRule({ id: 'iot-button', match: (e) => typeof e === 'object' && e !== null && 'clickType' in e, schema })` builds one with `defineSource`, the road every built-in source takes, and `router().on(button, handler)` mounts it.",
  detection:
    'Never by a built-in detector: each `iotRule` source claims the events its own `match` accepts, which should test fields that only that rule selects.',
  retries:
    "Lambda retries a failed invocation twice by default (configurable 0 to 2, maximum event age up to 6 hours), then sends the event to the on-failure destination or dead-letter queue if one is set. When the rule cannot invoke the function at all, the rule's error action (if any) receives the message.",
  limits: [
    {
      name: 'Message size',
      value: '128 KB per MQTT message',
      link: 'https://docs.aws.amazon.com/general/latest/gr/iot-core.html',
    },
    {
      name: 'Asynchronous retries',
      value: '0 to 2 retries, maximum event age 60 seconds to 6 hours',
      link: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
    },
  ],
  links: [
    { title: 'Using Lambda with AWS IoT', url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-iot.html' },
    {
      title: 'Lambda rule action',
      url: 'https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html',
    },
  ],
};

/** Whatever the rule selects: any JSON value. A rule's own source (`iotRule`) narrows it. */
export const iotEventSchema = z.unknown();

export type IotEvent = z.output<typeof iotEventSchema>;

/**
 * AWS IoT Core topic rules. This built-in source never claims an event (its
 * detector is `() => false`): a rule sends whatever its SQL selects, so only
 * the user knows what to match. It carries the docs; mount `iotRule(...)`.
 *
 * @example
 * const button = iotRule({ id: 'iot-button', match: (e) => typeof e === 'object' && e !== null && 'clickType' in e, schema: buttonSchema })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-iot.html
 */
export const iot = defineSource({
  id: 'iot',
  invocation: 'async',
  // Deliberately claims nothing: an IoT rule's payload has no fixed field to discriminate on
  // (corpus: example-iot_button-event.json is just { serialNumber, clickType, batteryVoltage }).
  detect: () => false,
  schema: iotEventSchema,
  sample: () => ({ deviceId: 'thermostat-42', temperature: 21.4, at: 1715679012428 }),
  docs: iotDocs,
});

/** What `iotRule` takes: the rule's own id, matcher and schema (and optionally a sample and docs). */
export interface IotRuleOptions<Id extends string, Schema extends $ZodType> {
  /** Kebab-case id of this rule's source (`iot-button`). */
  readonly id: Id;
  /** Pure, cheap predicate on fields only this rule selects. */
  readonly match: (event: unknown) => boolean;
  /** Schema of what the rule's SQL selects. */
  readonly schema: Schema;
  /** A realistic payload, for tools and tests; without it, `sample()` throws. */
  readonly sample?: () => NoInfer<output<Schema>>;
  /** Docs metadata overriding the IoT Core defaults (describe your rule in `summary`). */
  readonly docs?: Partial<SourceDocs>;
}

/**
 * A source for one IoT topic rule: the user-defined-source road of
 * `defineSource`, with IoT Core's invocation type and docs. Handlers get the
 * event typed by `schema` and return nothing (the answer is ignored).
 *
 * @example
 * const button = iotRule({
 *   id: 'iot-button',
 *   match: (e) => typeof e === 'object' && e !== null && 'serialNumber' in e && 'clickType' in e,
 *   schema: z.object({ serialNumber: z.string(), clickType: z.enum(['SINGLE', 'DOUBLE', 'LONG']) }),
 * })
 * export const handler = router().on(button, async (event) => notify(event.serialNumber, event.clickType)).handler
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html
 */
export function iotRule<const Id extends string, Schema extends $ZodType>(options: IotRuleOptions<Id, Schema>) {
  return defineSource({
    id: options.id,
    invocation: 'async',
    detect: options.match,
    schema: options.schema,
    sample: options.sample ?? noSample(options.id),
    docs: { ...iotDocs, ...options.docs },
  });
}

function noSample(id: string): () => never {
  return () => {
    throw new SwitchboardError('NO_SAMPLE', `Source ${id} was defined without a sample`);
  };
}
