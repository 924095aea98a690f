import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';
import { type SettleContext, SwitchboardError } from '@switchboard/core';
import { type AwsSdkClient, lazyClient, missingSdkError, sendCommand } from '../internal/aws-sdk-client.js';
import { isObject } from '../internal/guards.js';
import { type S3ObjectLambdaBody, S3ObjectLambdaError, type S3ObjectLambdaObject } from './results.js';
import type { S3ObjectLambdaAnswer } from './schema.js';

type SdkModule = typeof import('@aws-sdk/client-s3');

// Loaded on first use, never at import: an app that does not mount this source never loads the SDK.
// The try block keeps bundlers from failing when the SDK is not installed (it then loads at run time).
async function loadSdk(): Promise<SdkModule> {
  try {
    return await import('@aws-sdk/client-s3');
  } catch (error) {
    throw missingSdkError('s3-object-lambda', '@aws-sdk/client-s3', error);
  }
}

/** The default client: made on first use, once per execution environment, from the function's environment. */
export const defaultS3ObjectLambdaClient = /* @__PURE__ */ lazyClient(async () => {
  const { S3Client } = await loadSdk();
  return new S3Client({});
});

/** What an unexpected error answers: S3's own code for a server fault, and no detail of the error. */
function errorAnswerOf(
  thrown: unknown,
  report: SettleContext['report'],
): Required<Pick<S3ObjectLambdaAnswer, 'statusCode' | 'errorCode' | 'errorMessage'>> {
  if (thrown instanceof S3ObjectLambdaError) {
    return { statusCode: thrown.statusCode, errorCode: thrown.errorCode, errorMessage: thrown.message };
  }
  report('handler threw; answering 500 InternalError', thrown);
  return { statusCode: 500, errorCode: 'InternalError', errorMessage: 'The object transformation failed' };
}

function isBody(value: unknown): value is S3ObjectLambdaBody {
  return (
    typeof value === 'string' ||
    value instanceof Uint8Array ||
    value instanceof Readable ||
    value instanceof ReadableStream ||
    value instanceof Blob
  );
}

/** A body the SDK's Node.js HTTP handler sends as it is: text, bytes or a Node.js stream. */
async function toSdkBody(body: S3ObjectLambdaBody | undefined): Promise<string | Uint8Array | Readable | undefined> {
  if (body instanceof ReadableStream) return Readable.fromWeb(body as NodeWebStream<Uint8Array>);
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  return body;
}

/** WriteGetObjectResponse's input, without the output address. */
interface WriteFields {
  readonly StatusCode: number;
  readonly [field: string]: unknown;
}

async function toWriteFields(result: unknown): Promise<WriteFields> {
  const object: S3ObjectLambdaObject = isBody(result) ? { body: result } : isObject(result) ? result : {};
  const { body, statusCode = 200, errorCode, errorMessage, headers } = object;
  const sdkBody = await toSdkBody(body);
  return {
    ...headers,
    StatusCode: statusCode,
    ...(sdkBody === undefined ? {} : { Body: sdkBody }),
    ...(errorCode === undefined ? {} : { ErrorCode: errorCode }),
    ...(errorMessage === undefined ? {} : { ErrorMessage: errorMessage }),
  };
}

interface OutputAddress {
  readonly RequestRoute: string;
  readonly RequestToken: string;
}

/** Where WriteGetObjectResponse must go, read defensively: settle also runs for invalid events. */
function outputAddressOf(event: unknown): OutputAddress | undefined {
  const context = isObject(event) ? event.getObjectContext : undefined;
  if (!isObject(context)) return undefined;
  const { outputRoute, outputToken } = context;
  if (typeof outputRoute !== 'string' || typeof outputToken !== 'string') {
    throw new SwitchboardError('S3_OBJECT_LAMBDA_NO_ROUTE', 'The GetObject event has no outputRoute and outputToken');
  }
  return { RequestRoute: outputRoute, RequestToken: outputToken };
}

async function writeGetObjectResponse(client: () => Promise<AwsSdkClient>, fields: WriteFields): Promise<void> {
  const [sdk, sender] = await Promise.all([loadSdk(), client()]);
  await sendCommand(sender, new sdk.WriteGetObjectResponseCommand(fields as never));
}

/**
 * Answers every S3 operation. GetObject: the handler's object (or a thrown
 * error as `500 InternalError`, or a thrown `S3ObjectLambdaError` as its
 * status and code) goes to the caller with WriteGetObjectResponse, and the
 * function returns `{ statusCode }`; when that call fails the invocation
 * throws (the caller gets a 500 from S3). HeadObject and ListObjects: the
 * handler's answer is returned; a thrown error becomes the same error answer.
 */
export function settleS3ObjectLambda(client: () => Promise<AwsSdkClient>) {
  return async (
    run: () => Promise<unknown>,
    event: unknown,
    { report }: SettleContext,
  ): Promise<S3ObjectLambdaAnswer> => {
    const address = outputAddressOf(event);
    if (address === undefined) {
      try {
        return (await run()) as S3ObjectLambdaAnswer;
      } catch (error) {
        return errorAnswerOf(error, report);
      }
    }
    let fields: WriteFields;
    try {
      fields = await toWriteFields(await run());
    } catch (error) {
      const { statusCode, errorCode, errorMessage } = errorAnswerOf(error, report);
      fields = { StatusCode: statusCode, ErrorCode: errorCode, ErrorMessage: errorMessage };
    }
    await writeGetObjectResponse(client, { ...fields, ...address });
    return { statusCode: fields.StatusCode };
  };
}
