import { describeSource } from '@switchboard/core';
import { sampleConfigEvent } from './sample.js';
import { configEventSchema } from './schema.js';
import { config } from './source.js';

/**
 * `config` (the default instance, putting evaluations through a client made
 * from the environment) with its schema, sample event and docs: for tools,
 * tests and `validateEvent`. To validate with your own client, describe that
 * instance: `describeSource(configWithClient(client), configReference)`.
 */
export const configReference = describeSource(config, {
  schema: configEventSchema,
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
