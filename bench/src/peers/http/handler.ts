import type { Context } from 'aws-lambda';

/**
 * A Lambda handler as the harness calls it. `any` event: each candidate
 * declares its own event type, and the harness feeds each the event of its row.
 */
export type LambdaHandler = (event: any, context: Context) => Promise<unknown>;

/**
 * One HTTP candidate: a factory per dialect it supports (an absent one means
 * the peer cannot serve that caller, and its row is omitted). Factories build
 * everything, so a cold-start bundle importing one factory carries nothing else.
 */
export interface HttpPeer {
  readonly apigwHttp: () => LambdaHandler;
  readonly apigwRest?: () => LambdaHandler;
  readonly alb?: () => LambdaHandler;
}

export type HttpDialectName = 'apigwHttp' | 'apigwRest' | 'alb';
