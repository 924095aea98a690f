import { describeSource } from '@switchboard/core';
import { sampleApigwRestRequestAuthorizerEvent } from './sample.js';
import { apigwRestRequestAuthorizerEventSchema, apigwRestRequestAuthorizerResponseSchema } from './schema.js';
import { apigwRestRequestAuthorizer } from './source.js';

/** `apigwRestRequestAuthorizer` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const apigwRestRequestAuthorizerReference = describeSource(apigwRestRequestAuthorizer, {
  schema: apigwRestRequestAuthorizerEventSchema,
  response: apigwRestRequestAuthorizerResponseSchema,
  sample: sampleApigwRestRequestAuthorizerEvent,
  docs: {
    service: 'Amazon API Gateway (REST and WebSocket API Lambda authorizers, REQUEST)',
    summary:
      "Before a REST API method (or a WebSocket API's `$connect` route) runs, API Gateway sends the method ARN and the request's headers, query string, path parameters, stage variables and context to the authorizer, which answers an IAM policy allowing or denying `execute-api:Invoke`. With caching on, the identity sources are the cache key and the answer is reused on every method, so allow the stage (`toStageWildcardArn`).",
    detection:
      '`type` is `REQUEST` with a `methodArn` and no `version: "1.0"` (HTTP API format 1.0); a `requestContext.connectionId` makes it the `websocket` variant.',
    retries:
      'None: the client waits. A Deny policy becomes a 403, the error "Unauthorized" a 401, any other error or a malformed answer a 500. Missing identity sources get a 401 without invoking the function. Switchboard answers a Deny when the handler fails, returns nothing or nears the timeout; a cached Deny lasts the authorizer TTL.',
    limits: [
      {
        name: 'Result cache TTL',
        value: '0 to 3,600 seconds, 300 by default; the identity sources are the cache key',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization.html',
      },
      {
        name: 'Policy resource ARN',
        value: 'up to 512 characters per Resource ARN; method ARNs up to 1,600 bytes',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html',
      },
      {
        name: 'WebSocket APIs',
        value: 'a Lambda authorizer runs on the `$connect` route only',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html',
      },
    ],
    links: [
      {
        title: 'Use API Gateway Lambda authorizers',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html',
      },
      {
        title: 'Input to an API Gateway Lambda authorizer',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html',
      },
      {
        title: 'Control access to WebSocket APIs with Lambda REQUEST authorizers',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-lambda-auth.html',
      },
    ],
  },
});
