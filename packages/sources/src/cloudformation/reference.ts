import { describeSource } from '@switchboard/core';
import { sampleCloudformationEvent } from './sample.js';
import { cloudformationEventSchema } from './schema.js';
import { cloudformation } from './source.js';

/** `cloudformation` with its schema, sample request and docs: for tools, tests and `validateEvent`. */
export const cloudformationReference = describeSource(cloudformation, {
  schema: cloudformationEventSchema,
  sample: sampleCloudformationEvent,
  docs: {
    service: 'AWS CloudFormation',
    summary:
      "CloudFormation invokes the function asynchronously for each Create, Update and Delete of a custom resource and waits for an answer PUT to the presigned `ResponseURL`. The handler returns `{ PhysicalResourceId?, Data?, NoEcho?, Reason? }` or throws; Switchboard PUTs SUCCESS or FAILED on every path, FAILED too when the event is invalid or the handler is still running `timeoutMarginMs` before the Lambda timeout. PhysicalResourceId defaults to the request's own (Update, Delete) or `<LogicalResourceId>-<RequestId>` (Create); the rollback Delete of a failed Create is answered SUCCESS without running the handler. Requests forwarded by the CDK provider framework (`onEvent`) get the handler's result returned, for the framework to answer.",
    detection:
      '`RequestType` is Create, Update or Delete and `StackId`, `RequestId`, `LogicalResourceId` and `ResourceType` are strings; the variant is the `RequestType`.',
    retries:
      "CloudFormation waits for the PUT up to the resource's `ServiceTimeout` (default and maximum 1 hour), then fails the resource. Handler errors never reach Lambda: they are answered FAILED. Only a PUT that fails after three tries (network errors and 5xx are retried with backoff) is thrown, so that Lambda's asynchronous invocation retries (two by default) run the request again: handlers must be idempotent. A handler must not PUT to `ResponseURL` itself.",
    limits: [
      {
        name: 'Response body',
        value: '4096 bytes; a larger answer (too much `Data`) is sent as FAILED saying so',
        link: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html',
      },
      {
        name: 'PhysicalResourceId',
        value: 'a non-empty string up to 1 KB, the same in every answer for a resource',
        link: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html',
      },
      {
        name: 'Custom resource timeout',
        value: '`ServiceTimeout` 1 to 3600 seconds, default 3600 (1 hour)',
        link: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html',
      },
      {
        name: 'Lambda timeout',
        value: '15 minutes at most per invocation; the FAILED answer is sent `timeoutMarginMs` (default 1 s) before it',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
    ],
    links: [
      {
        title: 'Lambda-backed custom resources',
        url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-custom-resources-lambda.html',
      },
      {
        title: 'Custom resource request objects',
        url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html',
      },
      {
        title: 'Custom resource response objects',
        url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html',
      },
      {
        title: 'The cfn-response module',
        url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-lambda-function-code-cfnresponsemodule.html',
      },
      {
        title: 'Using AWS Lambda with CloudFormation',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-cloudformation.html',
      },
    ],
  },
});
