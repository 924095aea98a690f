/**
 * Amazon API Gateway WebSocket APIs: the source a function mounts
 * (`apigwWebsocket`), its answer builder, its schemas and types, and
 * `apigwWebsocketReference` (schemas, sample event, docs) for tools, tests and
 * `validateEvent`. Each lives in its own module, so a bundle that mounts
 * `apigwWebsocket` carries neither schemas nor docs.
 *
 * @module
 */
export { apigwWebsocketReference } from './apigw-websocket/reference.js';
export * from './apigw-websocket/schema.js';
export * from './apigw-websocket/source.js';
