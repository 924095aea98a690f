import * as z from 'zod/mini';

// User attributes are strings, booleans included ("email_verified": "true").
export const stringMap = z.record(z.string(), z.string());
export const clientMetadata = z.optional(stringMap);

/**
 * The fields every user pool trigger event carries.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#cognito-user-pools-lambda-trigger-syntax-shared
 */
export const envelope = {
  version: z.string(),
  region: z.string(),
  userPoolId: z.string(),
  userName: z.string(),
  callerContext: z.object({ awsSdkVersion: z.string(), clientId: z.string() }),
};
