import { runtimeSource, type Source, settling, syncAnswerLimit, withVariantTypes } from '@switchboard/core';
import type { AwsSdkClient } from '../internal/aws-sdk-client.js';
import { isObject } from '../internal/guards.js';
import type { S3ObjectLambdaGetObjectResult } from './results.js';
import type {
  S3ObjectLambdaEvent,
  S3ObjectLambdaGetObjectEvent,
  S3ObjectLambdaHeadObjectEvent,
  S3ObjectLambdaHeadObjectResult,
  S3ObjectLambdaListObjectsEvent,
  S3ObjectLambdaListObjectsResult,
  S3ObjectLambdaListObjectsV2Event,
  S3ObjectLambdaListObjectsV2Result,
} from './schema.js';
import { defaultS3ObjectLambdaClient, settleS3ObjectLambda } from './settle.js';

/** Each S3 operation's event and answer: mount a handler per operation with `s3ObjectLambda.variant(...)`. */
export type S3ObjectLambdaVariantTypes = {
  'get-object': { event: S3ObjectLambdaGetObjectEvent; result: S3ObjectLambdaGetObjectResult };
  'head-object': { event: S3ObjectLambdaHeadObjectEvent; result: S3ObjectLambdaHeadObjectResult };
  'list-objects': { event: S3ObjectLambdaListObjectsEvent; result: S3ObjectLambdaListObjectsResult };
  'list-objects-v2': { event: S3ObjectLambdaListObjectsV2Event; result: S3ObjectLambdaListObjectsV2Result };
};
export type S3ObjectLambdaVariant = keyof S3ObjectLambdaVariantTypes;
/** What a handler mounted on the whole source returns: the answer of the event's operation. */
export type S3ObjectLambdaResult = S3ObjectLambdaVariantTypes[S3ObjectLambdaVariant]['result'];

export type S3ObjectLambdaSource = Source<
  's3-object-lambda',
  S3ObjectLambdaEvent,
  S3ObjectLambdaResult,
  S3ObjectLambdaVariant,
  S3ObjectLambdaVariantTypes
>;

// The operation is named by which context object the event carries (one per event).
const variantsByContext = [
  ['getObjectContext', 'get-object'],
  ['headObjectContext', 'head-object'],
  ['listObjectsContext', 'list-objects'],
  ['listObjectsV2Context', 'list-objects-v2'],
] as const;

function s3ObjectLambdaVariantOf(event: object): S3ObjectLambdaVariant | undefined {
  for (const [context, variant] of variantsByContext) if (context in event) return variant;
  return undefined;
}

function makeS3ObjectLambda(client: () => Promise<AwsSdkClient>): S3ObjectLambdaSource {
  const source = runtimeSource<S3ObjectLambdaEvent, S3ObjectLambdaResult>()({
    id: 's3-object-lambda',
    invocation: 'sync',
    answerLimit: syncAnswerLimit,
    // `xAmzRequestId` (S3's request id, camel-cased) with the caller's `userRequest` is only in S3
    // Object Lambda events: https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html
    detect: (event) => isObject(event) && typeof event.xAmzRequestId === 'string' && isObject(event.userRequest),
    variants: variantsByContext.map(([, variant]) => variant),
    variantOf: s3ObjectLambdaVariantOf,
    settle: settling(settleS3ObjectLambda(client)),
  });
  return withVariantTypes<S3ObjectLambdaVariantTypes>()(source);
}

/**
 * Amazon S3 Object Lambda: transform what GetObject, HeadObject and list
 * calls through an Object Lambda access point return. GetObject answers go
 * out with WriteGetObjectResponse through an S3 client made on first use.
 *
 * @example
 * router().on(s3ObjectLambda.variant('get-object'), async (event) => {
 *   const original = await fetchS3ObjectLambdaInput(event)
 *   return { body: (await original.text()).toUpperCase(), headers: { ContentType: 'text/plain' } }
 * })
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/transforming-objects.html
 */
export const s3ObjectLambda: S3ObjectLambdaSource = makeS3ObjectLambda(defaultS3ObjectLambdaClient);

/**
 * The `s3-object-lambda` source, answering GetObject through your own S3
 * client (a region, retries, an endpoint of your choosing). Mount it
 * instead of `s3ObjectLambda`.
 *
 * @example
 * const transform = s3ObjectLambdaWithClient(new S3Client({ maxAttempts: 2 }))
 * router().on(transform.variant('get-object'), async () => 'redacted')
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/s3/command/WriteGetObjectResponseCommand/
 */
export function s3ObjectLambdaWithClient(client: AwsSdkClient): S3ObjectLambdaSource {
  return makeS3ObjectLambda(() => Promise.resolve(client));
}
