import { router as createRouter, DefinitionError, type Router } from '@switchboard/core';
import {
  type ApigwWebsocketEvent,
  type ApigwWebsocketReturn,
  apigwWebsocket,
} from '@switchboard/sources/apigw-websocket';
import type { Context } from 'aws-lambda';

/** A WebSocket route: return a proxy answer, a string (the body) or nothing (a 200). */
export type WebsocketRouteHandler = (
  event: ApigwWebsocketEvent,
  context: Context,
) => ApigwWebsocketReturn | string | undefined | Promise<ApigwWebsocketReturn | string | undefined>;

export interface WebsocketRoutes {
  /** A handler for a route key: `$connect`, `$disconnect`, `$default`, or a custom key (`sendMessage`). */
  route(routeKey: string, handler: WebsocketRouteHandler): WebsocketRoutes;
  /** Mounts the routes on `router` for API Gateway WebSocket events. */
  mount(router?: Router): Router;
}

/**
 * Routes API Gateway WebSocket events by their route key, with `$default`
 * for keys without a route of their own (as API Gateway does). A key with
 * neither answers 404, which refuses a `$connect`.
 *
 * @example
 * export const handler = websocketRoutes()
 *   .route('$connect', () => ({ statusCode: 200 }))
 *   .route('sendMessage', async (event) => `echo: ${event.body}`)
 *   .mount().handler
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html
 */
export function websocketRoutes(): WebsocketRoutes {
  const routes = new Map<string, WebsocketRouteHandler>();
  const dispatch: WebsocketRouteHandler = (event, context) => {
    const handler = routes.get(event.requestContext.routeKey) ?? routes.get('$default');
    return handler === undefined ? { statusCode: 404, body: 'No route' } : handler(event, context);
  };
  const api: WebsocketRoutes = {
    route(routeKey, handler) {
      if (routes.has(routeKey)) throw new DefinitionError(`WebSocket route ${routeKey} is defined twice`);
      routes.set(routeKey, handler);
      return api;
    },
    mount: (router = createRouter()) => router.on(apigwWebsocket, dispatch),
  };
  return api;
}
