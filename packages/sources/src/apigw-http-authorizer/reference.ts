import { describeSource } from '@switchboard/core';
import { sampleApigwHttpAuthorizerV2Event } from './sample.js';
import { apigwHttpAuthorizerEventSchema, apigwHttpAuthorizerResponseSchema } from './schema.js';
import { apigwHttpAuthorizer } from './source.js';

/** `apigwHttpAuthorizer` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const apigwHttpAuthorizerReference = describeSource(apigwHttpAuthorizer, {
  schema: apigwHttpAuthorizerEventSchema,
  response: apigwHttpAuthorizerResponseSchema,
  sample: sampleApigwHttpAuthorizerV2Event,
  docs: {
    service: 'Amazon API Gateway (HTTP API Lambda authorizers)',
    summary:
      'Before an HTTP API route runs, API Gateway sends the identity sources and the request to the authorizer. In payload format 2.0 it answers `{ isAuthorized, context }` (with simple responses enabled) or an IAM policy for `routeArn`; in format 1.0, an IAM policy for `methodArn`. With caching on, the identity sources are the cache key and the answer applies to every route.',
    detection:
      '`type` is `REQUEST` and either `version` is `2.0` with a `routeArn` (`v2`) or `version` is `1.0` with a `methodArn` (`v1`).',
    retries:
      'None: the client waits. A denial becomes a 403; an error, a timeout or a malformed answer a 500; missing identity sources a 401 without invoking the function. Switchboard answers a deny when the handler fails, returns nothing or nears the timeout; a cached deny lasts the authorizer TTL.',
    limits: [
      {
        name: 'Authorizer response timeout',
        value: '10,000 ms',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
      },
      {
        name: 'Result cache TTL',
        value: '0 to 3,600 seconds; caching needs at least one identity source',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html#http-api-lambda-authorizer.caching',
      },
      {
        name: 'Authorizers per API',
        value: '10',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
      },
    ],
    links: [
      {
        title: 'Control access to HTTP APIs with Lambda authorizers',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html',
      },
      {
        title: 'Control access for invoking an API (IAM policies)',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html',
      },
    ],
  },
});
