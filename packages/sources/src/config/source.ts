import { runtimeSource, type Source, settling } from '@switchboard/core';
import type { AwsSdkClient } from '../internal/aws-sdk-client.js';
import { isObject } from '../internal/guards.js';
import { type ConfigResult, toConfigEvaluations } from './evaluations.js';
import { type ConfigVariant, configVariantOf, configVariantsByMessageType } from './invoking-event.js';
import type { ConfigEvent } from './schema.js';
import { defaultConfigClient, settleConfigEvaluations } from './settle.js';

/** The `config` source's type: handlers get the rule event and return evaluations or a compliance. */
export type ConfigSource = Source<'config', ConfigEvent, ConfigResult | undefined, ConfigVariant>;

const variants = Object.values(configVariantsByMessageType);

function makeConfig(client: () => Promise<AwsSdkClient>): ConfigSource {
  return runtimeSource<ConfigEvent, ConfigResult | undefined>()({
    id: 'config',
    invocation: 'async',
    // Only AWS Config rule invocations carry a `resultToken` beside an `invokingEvent` string (the
    // token PutEvaluations needs); EventBridge's Config events put their data under `detail`.
    // https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html
    detect: (event) =>
      isObject(event) && typeof event.resultToken === 'string' && typeof event.invokingEvent === 'string',
    variants,
    // The message type is inside the invokingEvent JSON string: it is parsed once per event and the
    // parse is shared with decodeConfigInvokingEvent. Only read when variant handlers are mounted.
    variantOf: configVariantOf,
    toResult: toConfigEvaluations,
    settle: settling(settleConfigEvaluations(client)),
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
