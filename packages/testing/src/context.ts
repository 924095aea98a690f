import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

export interface LambdaContextOptions {
  readonly functionName?: string;
  /** The function timeout: `getRemainingTimeInMillis()` counts down from it. Default 30 s. */
  readonly timeoutMs?: number;
  readonly memoryLimitInMB?: number;
  readonly region?: string;
  readonly awsRequestId?: string;
}

/**
 * A Lambda context as the Node.js runtime builds it, whose
 * `getRemainingTimeInMillis()` really counts down from `timeoutMs`, so code
 * that watches the deadline (custom resources, batches) runs as in Lambda.
 *
 * @example
 * const context = lambdaContext({ timeoutMs: 3_000 })
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html
 */
export function lambdaContext(options: LambdaContextOptions = {}): Context {
  const functionName = options.functionName ?? 'switchboard-local';
  const region = options.region ?? 'us-east-1';
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:123456789012:function:${functionName}`,
    memoryLimitInMB: String(options.memoryLimitInMB ?? 1024),
    awsRequestId: options.awsRequestId ?? randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `${new Date().toISOString().slice(0, 10).replaceAll('-', '/')}/[$LATEST]local`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    // The legacy completion methods: handlers built on promises never call them.
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
