import type { Context } from 'aws-lambda';

/** The Lambda context is not read by any candidate; one shared object keeps it out of the figures. */
export const context = {
  functionName: 'bench',
  awsRequestId: 'bench-request',
  getRemainingTimeInMillis: () => 30_000,
} as unknown as Context;
