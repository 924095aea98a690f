import { describeSource } from '@switchboard/core';
import {
  type AppsyncAuthorizerEvent,
  appsyncAuthorizerEventSchema,
  appsyncAuthorizerResponseSchema,
} from './schema.js';
import { appsyncAuthorizer } from './source.js';

/** `appsyncAuthorizer` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const appsyncAuthorizerReference = describeSource(appsyncAuthorizer, {
  schema: appsyncAuthorizerEventSchema,
  response: appsyncAuthorizerResponseSchema,
  sample: sampleAppsyncAuthorizerEvent,
  docs: {
    service: 'AWS AppSync (Lambda authorization)',
    summary:
      'For each GraphQL request to an API in `AWS_LAMBDA` authorization mode, AppSync sends the `Authorization` header and the operation (query, operation name, variables) to the function, which answers whether the token may call the API, a context for resolvers and fields to null out.',
    detection: '`authorizationToken` is a string and `requestContext.queryString` holds the GraphQL document.',
    retries:
      'None: the client waits. `isAuthorized: false`, an error or a timeout fail the request with UnauthorizedException. Switchboard answers `isAuthorized: false` with `ttlOverride: 0` when the handler fails, returns nothing or nears the timeout.',
    limits: [
      {
        name: 'Authorizer timeout',
        value: '10 seconds, whatever the function timeout',
        link: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization',
      },
      {
        name: 'Resolver context',
        value: 'up to 5 MB of `resolverContext`',
        link: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization',
      },
      {
        name: 'Result cache TTL',
        value: '0 to 3,600 seconds (`authorizerResultTtlInSeconds`, or `ttlOverride` per answer)',
        link: 'https://docs.aws.amazon.com/appsync/latest/APIReference/API_LambdaAuthorizerConfig.html',
      },
    ],
    links: [
      {
        title: 'AWS Lambda authorization for AppSync',
        url: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization',
      },
      {
        title: 'LambdaAuthorizerConfig',
        url: 'https://docs.aws.amazon.com/appsync/latest/APIReference/API_LambdaAuthorizerConfig.html',
      },
    ],
  },
});

function sampleAppsyncAuthorizerEvent(): AppsyncAuthorizerEvent {
  return {
    authorizationToken: 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjFhMmIzYyJ9.eyJzdWIiOiJ1c2VyLTE4NDIifQ.c2lnbmF0dXJl',
    requestContext: {
      apiId: 'r4kz2m7wnbd5hjexq3vty6pale',
      accountId: '123456789012',
      requestId: '5f0c1e9a-3b7d-4c2e-8a61-0d9e4b7f2c13',
      queryString: 'query GetOrder($id: ID!) {\n  getOrder(id: $id) {\n    id\n    status\n  }\n}\n',
      operationName: 'GetOrder',
      variables: { id: '1001' },
    },
    requestHeaders: {
      authorization: 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjFhMmIzYyJ9.eyJzdWIiOiJ1c2VyLTE4NDIifQ.c2lnbmF0dXJl',
      'content-type': 'application/json',
      host: 'r4kz2m7wnbd5hjexq3vty6pale.appsync-api.us-east-2.amazonaws.com',
    },
  };
}
