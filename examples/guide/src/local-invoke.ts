import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';

/**
 * Invokes a function through `switchboard dev` with the real AWS SDK: the
 * dev server answers the Lambda Invoke API on its own port, so code that
 * invokes functions runs unchanged against it. The credentials are
 * placeholders: the dev server does not check signatures.
 */
export async function invokeLocally(endpoint: string, functionName: string, event: unknown): Promise<unknown> {
  const lambda = new LambdaClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const out = await lambda.send(new InvokeCommand({ FunctionName: functionName, Payload: JSON.stringify(event) }));
  const payload = JSON.parse(new TextDecoder().decode(out.Payload)) as unknown;
  // Lambda answers a handler's error with 200 and this header; the payload is `{ errorType, errorMessage }`.
  if (out.FunctionError !== undefined) throw new Error(`${functionName} failed: ${JSON.stringify(payload)}`);
  return payload;
}
