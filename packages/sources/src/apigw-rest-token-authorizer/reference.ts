import { describeSource } from '@switchboard/core';
import {
  type ApigwRestTokenAuthorizerEvent,
  apigwRestTokenAuthorizerEventSchema,
  apigwRestTokenAuthorizerResponseSchema,
} from './schema.js';
import { apigwRestTokenAuthorizer } from './source.js';

/** `apigwRestTokenAuthorizer` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const apigwRestTokenAuthorizerReference = describeSource(apigwRestTokenAuthorizer, {
  schema: apigwRestTokenAuthorizerEventSchema,
  response: apigwRestTokenAuthorizerResponseSchema,
  sample: sampleTokenAuthorizerEvent,
  docs: {
    service: 'Amazon API Gateway (REST API Lambda authorizers, TOKEN)',
    summary:
      "Before a REST API method runs, API Gateway sends the caller's token (from the token source header) and the method ARN to the authorizer, which answers an IAM policy allowing or denying `execute-api:Invoke`. With caching on, the answer is reused for that token on every method, so allow the stage (`toStageWildcardArn`), not one method.",
    detection: '`type` is `TOKEN` and the event carries `methodArn` and `authorizationToken` strings.',
    retries:
      'None: the client waits. A Deny policy becomes a 403, the error "Unauthorized" a 401, any other error or a malformed answer a 500. Switchboard answers a Deny when the handler fails, returns nothing or nears the timeout; a cached Deny lasts the authorizer TTL.',
    limits: [
      {
        name: 'Result cache TTL',
        value: '0 to 3,600 seconds, 300 by default; the token is the cache key',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization.html',
      },
      {
        name: 'Policy resource ARN',
        value: 'up to 512 characters per Resource ARN; method ARNs up to 1,600 bytes',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html',
      },
      {
        name: 'Authorizers per API',
        value: '10 (Lambda and Cognito together)',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
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
        title: 'Output from an API Gateway Lambda authorizer',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html',
      },
    ],
  },
});

function sampleTokenAuthorizerEvent(): ApigwRestTokenAuthorizerEvent {
  return {
    type: 'TOKEN',
    authorizationToken: 'Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6IjFhMmIzYyJ9.eyJzdWIiOiJ1c2VyLTE4NDIifQ.c2lnbmF0dXJl',
    methodArn: 'arn:aws:execute-api:us-east-2:123456789012:a1b2c3d4e5/prod/GET/orders/1001',
  };
}
