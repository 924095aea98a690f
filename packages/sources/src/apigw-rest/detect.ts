import { isObject } from '../internal/guards.js';
import { isAuthorizerRequest, requestContextOf } from '../internal/http-detection.js';

/** WebSocket API events carry the connection they belong to; REST proxy requests never do. */
function isWebSocketContext(context: Record<string, unknown>): boolean {
  return context.connectionId !== undefined;
}

/**
 * Payload 1.0 has a top-level `httpMethod` and a `requestContext`; ALB's
 * 1.0-like events have `requestContext.elb` instead of API Gateway's context.
 * Refused: WebSocket events (`connectionId`; corpus:
 * example-apigw-websocket-request.json also has `httpMethod`) and authorizer
 * requests (`methodArn`). `rawPath` is not read: REST events behind a custom
 * domain base path may carry it too.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format
 */
export function isApigwRestEvent(event: unknown): boolean {
  if (!isObject(event) || typeof event.httpMethod !== 'string') return false;
  const context = requestContextOf(event);
  return (
    context !== undefined && context.elb === undefined && !isWebSocketContext(context) && !isAuthorizerRequest(event)
  );
}
