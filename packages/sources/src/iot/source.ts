import { runtimeSource } from '@switchboard/core';
import type { IotEvent } from './schema.js';

/**
 * AWS IoT Core topic rules. This built-in source never claims an event (its
 * detector is `() => false`): a rule sends whatever its SQL selects, so only
 * the user knows what to match. `iotReference` carries the docs; mount `iotRule(...)`.
 *
 * @example
 * const button = iotRule({ id: 'iot-button', match: (e) => typeof e === 'object' && e !== null && 'clickType' in e, schema: buttonSchema })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-iot.html
 */
export const iot = runtimeSource<IotEvent>()({
  id: 'iot',
  invocation: 'async',
  // Deliberately claims nothing: an IoT rule's payload has no fixed field to discriminate on
  // (corpus: example-iot_button-event.json is just { serialNumber, clickType, batteryVoltage }).
  detect: () => false,
});
