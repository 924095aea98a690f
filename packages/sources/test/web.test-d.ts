// Type tests for the web group (checked by `npx tsc -p tsconfig.json`): handlers typed with
// @types/aws-lambda mount without a cast where @types has them (AppSync resolvers, WebSocket
// APIs; it has no VPC Lattice, AppSync Events or Bedrock agent types), each variant's handler
// sees its own event, and a wrong answer is a compile error.
import { type ResultOf, router } from '@switchboard/core';
import { type ApigwWebsocketResult, apigwWebsocket } from '@switchboard/sources/apigw-websocket';
import { appsyncEvents } from '@switchboard/sources/appsync-events';
import { appsyncResolver, toAppsyncResolverItemError } from '@switchboard/sources/appsync-resolver';
import {
  type BedrockAgentApiResult,
  bedrockAgent,
  toBedrockAgentApiResult,
  toBedrockAgentFunctionResult,
} from '@switchboard/sources/bedrock-agent';
import { toVpcLatticeResult, type VpcLatticeResult, vpcLattice } from '@switchboard/sources/vpc-lattice';
import type {
  ALBHandler,
  APIGatewayProxyWebsocketHandlerV2,
  AppSyncBatchResolverHandler,
  AppSyncResolverHandler,
} from 'aws-lambda';
import { expectTypeOf } from 'expect-type';

interface Post {
  id: string;
  title: string;
}

declare const resolverHandler: AppSyncResolverHandler<{ id: string }, Post | null>;
declare const batchHandler: AppSyncBatchResolverHandler<Record<string, never>, { name: string }>;
declare const websocketHandler: APIGatewayProxyWebsocketHandlerV2;
declare const albHandler: ALBHandler;

// @types/aws-lambda handlers mount on their source and variants without a cast.
router()
  .on(appsyncResolver.variant('single'), resolverHandler)
  .on(appsyncResolver.variant('batch'), batchHandler)
  .on(apigwWebsocket, websocketHandler);
router().on(appsyncResolver, resolverHandler);
router().on(apigwWebsocket.variant('message'), websocketHandler);

// A handler for another caller's event is a compile error.
// @ts-expect-error a batch handler on single fields
router().on(appsyncResolver.variant('single'), batchHandler);
// @ts-expect-error an ALB handler on VPC Lattice
router().on(vpcLattice, albHandler);

// VPC Lattice: each structure version has its own event; both read the same answer.
router()
  .on(vpcLattice.variant('v1'), async (event) => {
    expectTypeOf(event.raw_path).toEqualTypeOf<string>();
    return toVpcLatticeResult({ status: 200 }, event);
  })
  .on(vpcLattice.variant('v2'), async (event) => {
    expectTypeOf(event.headers).toEqualTypeOf<Record<string, string[]>>();
    return { statusCode: 200, body: event.requestContext.serviceArn };
  });
expectTypeOf<ResultOf<typeof vpcLattice>>().toEqualTypeOf<VpcLatticeResult>();
// @ts-expect-error VPC Lattice needs a status code
router().on(vpcLattice, async () => ({ body: 'ok' }));
// @ts-expect-error header values are single strings
router().on(vpcLattice, async () => ({ statusCode: 200, headers: { vary: ['a', 'b'] } }));

// WebSocket: a proxy answer, a string or nothing; the variant is the route kind.
router()
  .on(apigwWebsocket.variant('connect'), async (event) => {
    expectTypeOf(event.requestContext.eventType).toEqualTypeOf<'CONNECT' | 'DISCONNECT' | 'MESSAGE'>();
    return { statusCode: 200, headers: { 'Sec-WebSocket-Protocol': 'chat.v1' } };
  })
  .on(apigwWebsocket.variant('message'), async (event) => event.body ?? '')
  .on(apigwWebsocket.variant('disconnect'), async () => {});
expectTypeOf<ApigwWebsocketResult>().toExtend<ResultOf<typeof apigwWebsocket>>();
// @ts-expect-error the status code is a number
router().on(apigwWebsocket, async () => ({ statusCode: '200' }));
// @ts-expect-error an answer is an object, a string or nothing
router().on(apigwWebsocket, async () => 200);

// AppSync resolvers: any data for one field, an array for a batch.
router()
  .on(appsyncResolver.variant('single'), async (event) => ({ id: String(event.arguments.id), title: 'Hello' }))
  .on(appsyncResolver.variant('batch'), async (event) =>
    event.map((item) => (item.source === null ? toAppsyncResolverItemError('No parent') : { id: item.source.id })),
  );
// @ts-expect-error a batch answers one entry per field: an array
router().on(appsyncResolver.variant('batch'), async () => ({ id: 'p-1' }));

// AppSync Events: publish answers events to broadcast, subscribe nothing or an error.
router()
  .on(appsyncEvents.variant('publish'), async (event) => ({ events: event.events }))
  .on(appsyncEvents.variant('subscribe'), async (event) => {
    expectTypeOf(event.events).toEqualTypeOf<null>();
    return null;
  });
// @ts-expect-error every outgoing event keeps its id
router().on(appsyncEvents.variant('publish'), async () => ({ events: [{ payload: { text: 'hi' } }] }));
// @ts-expect-error a subscribe error is a message
router().on(appsyncEvents.variant('subscribe'), async () => ({ error: 403 }));

// Bedrock agents: each action group style has its own answer.
router()
  .on(bedrockAgent.variant('api'), async (event) => toBedrockAgentApiResult(event, { ok: true }))
  .on(bedrockAgent.variant('function'), async (event) => toBedrockAgentFunctionResult(event, 'done'));
expectTypeOf<ResultOf<ReturnType<typeof bedrockAgent.variant<'api'>>>>().toEqualTypeOf<BedrockAgentApiResult>();
router().on(bedrockAgent.variant('api'), async (event) =>
  // @ts-expect-error an OpenAPI action group answers its apiPath and status, not a function response
  toBedrockAgentFunctionResult({ ...event, function: 'f' }, 'x'),
);
// @ts-expect-error the agent needs the response object
router().on(bedrockAgent, async () => ({ messageVersion: '1.0' }));
