// A chat WebSocket API: `$connect` accepts clients that ask for the chat.v1 subprotocol, every message
// route is acknowledged to its sender (a two-way route), and disconnects are logged.
import { router } from '@switchboard/core';
import { apigwWebsocket, toApigwWebsocketResult } from '@switchboard/sources/apigw-websocket';

export const handler = router()
  .on(apigwWebsocket.variant('connect'), async (event) => {
    const protocols = (event.headers?.['Sec-WebSocket-Protocol'] ?? '').split(',').map((name) => name.trim());
    if (!protocols.includes('chat.v1')) return { statusCode: 400, body: 'The chat.v1 subprotocol is required' };
    return toApigwWebsocketResult({ status: 200, headers: { 'Sec-WebSocket-Protocol': 'chat.v1' } });
  })
  .on(apigwWebsocket.variant('message'), async (event) => {
    const { routeKey, connectionId, messageId } = event.requestContext;
    return JSON.stringify({ ack: messageId, route: routeKey, from: connectionId, bytes: event.body?.length ?? 0 });
  })
  .on(apigwWebsocket.variant('disconnect'), async (event) => {
    console.log('disconnected', event.requestContext.connectionId, event.requestContext.disconnectReason);
  }).handler;
