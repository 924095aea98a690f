import { runtimeSource, syncAnswerLimit } from '@switchboard/core';
import { isApigwRestEvent } from './detect.js';
import type { ApigwRestEvent, ApigwRestResult } from './schema.js';

/**
 * Amazon API Gateway REST APIs with a Lambda proxy integration, and HTTP
 * APIs configured for payload format 1.0.
 *
 * @example
 * router().on(apigwRest, async (event) => ({ statusCode: 200, body: `hello ${event.path}` }))
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
export const apigwRest = runtimeSource<ApigwRestEvent, ApigwRestResult>()({
  id: 'apigw-rest',
  invocation: 'sync',
  answerLimit: syncAnswerLimit,
  // A top-level `httpMethod` with API Gateway's `requestContext` (not ALB's `elb`, not a WebSocket
  // connection, not an authorizer request): the reasons and corpus cases are in ./detect.ts.
  detect: isApigwRestEvent,
});
