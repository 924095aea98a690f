/**
 * @switchboard/http: one route table served by every HTTP caller of Lambda
 * (API Gateway REST and HTTP APIs, function URLs, ALB), answered in each
 * caller's own shape.
 *
 * @module
 */
export { type HttpApp, type HttpAppOptions, httpApp } from './app.js';
export { type Cors, type CorsOptions, type CorsRequest, cors } from './cors.js';
export { albDialect } from './dialects/alb.js';
export { apigwRestDialect } from './dialects/apigw-rest.js';
export type { Dialect } from './dialects/dialect.js';
export { apigwHttpDialect, functionUrlDialect } from './dialects/payload-v2.js';
export { vpcLatticeDialect } from './dialects/vpc-lattice.js';
export { type FieldProblem, HttpError, type HttpErrorOptions } from './http-error.js';
export { toProblemResponse } from './problem.js';
export { type Reply, reply, toHttpResponse } from './reply.js';
export type { DialectId, HttpRequest } from './request.js';
export { responseLimits, streamingResponseLimit } from './response-limit.js';
export type { PathParams, RouteHandler, RouteRequest } from './route-types.js';
export { type StreamingOptions, type StreamingRuntime, toStreamingHandler } from './streaming.js';
export type { RouteSchemas } from './validate-request.js';
export { type WebsocketRouteHandler, type WebsocketRoutes, websocketRoutes } from './websocket.js';
