import type { LambdaHandler } from '../http/handler.js';

/** One SQS candidate: a factory building its handler (so a cold-start bundle carries only that). */
export interface SqsPeer {
  readonly sqs: () => LambdaHandler;
}
