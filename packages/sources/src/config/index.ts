import { defineSource, type Source } from '@switchboard/core';
import type { AwsSdkClient } from '../internal/aws-sdk-client.js';
import { isObject } from '../internal/guards.js';
import { type ConfigResult, toConfigEvaluations } from './evaluations.js';
import { type ConfigVariant, configVariantOf, configVariantsByMessageType } from './invoking-event.js';
import { sampleConfigEvent } from './sample.js';
import { type ConfigEvent, configEventSchema } from './schema.js';
import { defaultConfigClient, settleConfigEvaluations } from './settle.js';

export {
  type ConfigCompliance,
  type ConfigComplianceType,
  type ConfigEvaluation,
  type ConfigResult,
  toConfigEvaluation,
} from './evaluations.js';
export {
  type ConfigVariant,
  configVariantsByMessageType,
  decodeConfigInvokingEvent,
  decodeConfigRuleParameters,
} from './invoking-event.js';
export {
  type ConfigConfigurationItem,
  type ConfigEvent,
  type ConfigInvokingEvent,
  type ConfigItemChangeNotification,
  type ConfigOversizedItemChangeNotification,
  type ConfigScheduledNotification,
  type ConfigSnapshotDeliveredNotification,
  configConfigurationItemSchema,
  configEventSchema,
  configItemChangeSchema,
  configOversizedItemChangeSchema,
  configScheduledSchema,
  configSnapshotDeliveredSchema,
} from './schema.js';
export { configTestModeToken } from './settle.js';

/** The `config` source's type: handlers get the rule event and return evaluations or a compliance. */
export type ConfigSource = Source<'config', ConfigEvent, ConfigResult | undefined, ConfigVariant>;

const variants = Object.values(configVariantsByMessageType);

function makeConfig(client: () => Promise<AwsSdkClient>): ConfigSource {
  return defineSource({
    id: 'config',
    invocation: 'async',
    // Only AWS Config rule invocations carry a `resultToken` beside an `invokingEvent` string (the
    // token PutEvaluations needs); EventBridge's Config events put their data under `detail`.
    // https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html
    detect: (event) =>
      isObject(event) && typeof event.resultToken === 'string' && typeof event.invokingEvent === 'string',
    schema: configEventSchema,
    variants,
    // The message type is inside the invokingEvent JSON string: it is parsed once per event and the
    // parse is shared with decodeConfigInvokingEvent. Only read when variant handlers are mounted.
    variantOf: configVariantOf,
    toResult: (result: ConfigResult | undefined, event) => toConfigEvaluations(result, event),
    settle: settleConfigEvaluations(client),
    sample: sampleConfigEvent,
    docs: {
      service: 'AWS Config',
      summary:
        "A custom Lambda rule: AWS Config invokes the function when a resource in scope changes or on a schedule, and the function must report compliance with PutEvaluations. The source makes that call with what the handler returns: evaluations, or the compliance of the event's own resource. AWS SDK v3 (`@aws-sdk/client-config-service`) is an optional peer dependency, provided by the Lambda Node.js runtime.",
      detection:
        "The event has a string `resultToken` and a string `invokingEvent`; the invoking event's `messageType` names the variant.",
      retries:
        'AWS Config invokes the function asynchronously. A handler error, a failed PutEvaluations call or refused evaluations make the invocation throw, and Lambda retries it twice (then its on-failure destination or dead-letter queue); the rule keeps its previous results until the next trigger evaluates again.',
      limits: [
        {
          name: 'Evaluations per PutEvaluations call',
          value: '100 (the source sends larger results in several calls)',
          link: 'https://docs.aws.amazon.com/config/latest/APIReference/API_PutEvaluations.html',
        },
        {
          name: 'Annotation',
          value: '1 to 256 characters (toConfigEvaluation cuts longer ones)',
          link: 'https://docs.aws.amazon.com/config/latest/APIReference/API_Evaluation.html',
        },
        {
          name: 'Oversized configuration items',
          value: 'items too large for the event arrive as a summary (OversizedConfigurationItemChangeNotification)',
          link: 'https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html',
        },
      ],
      links: [
        {
          title: 'Creating AWS Config custom Lambda rules',
          url: 'https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_lambda-functions.html',
        },
        {
          title: 'Example events for AWS Config rules',
          url: 'https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html',
        },
      ],
    },
  });
}

/**
 * AWS Config: a custom Lambda rule's evaluation. What the handler returns
 * is put with PutEvaluations through a Config client made on first use.
 *
 * @example
 * router().on(config, async (event) => {
 *   const invoking = decodeConfigInvokingEvent(event)
 *   return invoking.messageType === 'ConfigurationItemChangeNotification' && hasTeamTag(invoking.configurationItem)
 *     ? 'COMPLIANT' : { compliance: 'NON_COMPLIANT', annotation: 'missing the team tag' }
 * })
 * @see https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_lambda-functions.html
 */
export const config: ConfigSource = makeConfig(defaultConfigClient);

/**
 * The `config` source, answering through your own client (a region,
 * retries, an endpoint or credentials of your choosing). Mount it instead of `config`.
 *
 * @example
 * const rule = configWithClient(new ConfigServiceClient({ maxAttempts: 5 }))
 * router().on(rule, async (event) => toConfigEvaluation(event, 'COMPLIANT'))
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/config-service/
 */
export function configWithClient(client: AwsSdkClient): ConfigSource {
  return makeConfig(() => Promise.resolve(client));
}
