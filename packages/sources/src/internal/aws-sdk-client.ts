import { SwitchboardError } from '@switchboard/core';

/**
 * What a source that answers through an AWS API needs of an AWS SDK v3
 * client: `send`. Declared structurally so the SDK stays an optional peer
 * dependency: a user's own `CodePipelineClient`, `ConfigServiceClient` or
 * `S3Client` fits, and a program that never mounts these sources never
 * needs the SDK's types.
 */
export interface AwsSdkClient {
  send(command: never): Promise<unknown>;
}

/** Sends `command` through a structurally typed client. */
export function sendCommand(client: AwsSdkClient, command: unknown): Promise<unknown> {
  return client.send(command as never);
}

/**
 * A client made on first use and kept for the life of the execution
 * environment (one per cold start, never at import). A failed creation is
 * forgotten, so the next invocation tries again.
 */
export function lazyClient(create: () => Promise<AwsSdkClient>): () => Promise<AwsSdkClient> {
  let pending: Promise<AwsSdkClient> | undefined;
  return () => {
    pending ??= create().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/**
 * The error thrown when an SDK package cannot be loaded. The Lambda Node.js
 * runtimes ship AWS SDK v3, so this happens only when a bundle left it out.
 */
export function missingSdkError(sourceId: string, packageName: string, cause: unknown): SwitchboardError {
  return new SwitchboardError(
    'AWS_SDK_MISSING',
    `The ${sourceId} source answers through ${packageName}, which could not be loaded: install it, or mark @aws-sdk/* as external when bundling (the Lambda Node.js runtime provides it)`,
    { cause },
  );
}
