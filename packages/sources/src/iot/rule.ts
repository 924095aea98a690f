import { defineSource, type SourceDocs, SwitchboardError } from '@switchboard/core';
import type { $ZodType, output } from 'zod/v4/core';
import { iotDocs } from './docs.js';

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
