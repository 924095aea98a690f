import { describeSource } from '@switchboard/core';
import { sampleApigwRestEvent } from './sample.js';
import { apigwRestEventSchema, apigwRestResponseSchema } from './schema.js';
import { apigwRest } from './source.js';

/** `apigwRest` with its schemas, sample event and docs: for tools, tests and `validateEvent`. */
export const apigwRestReference = describeSource(apigwRest, {
  schema: apigwRestEventSchema,
  response: apigwRestResponseSchema,
  sample: sampleApigwRestEvent,
  docs: {
    service: 'Amazon API Gateway (REST APIs)',
    summary:
      'A REST API method with a Lambda proxy integration invokes the function with the request (payload format 1.0) and sends its answer to the client. HTTP API routes configured for payload format 1.0 send the same event.',
    detection:
      'A top-level `httpMethod` and a `requestContext` without `elb` (ALB) or `connectionId` (WebSocket), and no authorizer `methodArn`/`routeArn`.',
    retries:
      'None: the client waits for the answer. A thrown error, a timeout or a malformed answer becomes a 502 ("Malformed Lambda proxy response") or 504, and the client decides whether to retry.',
    limits: [
      {
        name: 'Integration timeout',
        value: '50 ms to 29 seconds by default (can be raised for Regional and private APIs)',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
      },
      {
        name: 'Payload size',
        value: '10 MB request; the answer is bounded by the 6 MB Lambda synchronous response limit',
        link: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
      },
      {
        name: 'Invocation payload',
        value: '6 MB request and response (synchronous invocation limit)',
        link: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
      },
    ],
    links: [
      {
        title: 'Lambda proxy integrations in API Gateway',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html',
      },
      {
        title: 'Return binary media from a Lambda proxy integration',
        url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/lambda-proxy-binary-media.html',
      },
    ],
  },
});
