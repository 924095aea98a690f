import { defineSource, type Source, withVariantTypes } from '@switchboard/core';
import type { AwsSdkClient } from '../internal/aws-sdk-client.js';
import { isObject } from '../internal/guards.js';
import type { S3ObjectLambdaGetObjectResult } from './results.js';
import { sampleS3ObjectLambdaEvent } from './sample.js';
import {
  type S3ObjectLambdaEvent,
  type S3ObjectLambdaGetObjectEvent,
  type S3ObjectLambdaHeadObjectEvent,
  type S3ObjectLambdaHeadObjectResult,
  type S3ObjectLambdaListObjectsEvent,
  type S3ObjectLambdaListObjectsResult,
  type S3ObjectLambdaListObjectsV2Event,
  type S3ObjectLambdaListObjectsV2Result,
  s3ObjectLambdaEventSchema,
  s3ObjectLambdaResponseSchema,
} from './schema.js';
import { defaultS3ObjectLambdaClient, settleS3ObjectLambda } from './settle.js';

export { fetchS3ObjectLambdaInput, toS3ObjectLambdaHeadResult, toS3ObjectLambdaListResult } from './input.js';
export {
  type S3ObjectLambdaBody,
  S3ObjectLambdaError,
  type S3ObjectLambdaGetObjectResult,
  type S3ObjectLambdaObject,
  type S3ObjectLambdaObjectHeaders,
} from './results.js';
export * from './schema.js';

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
  const source = defineSource<
    's3-object-lambda',
    typeof s3ObjectLambdaEventSchema,
    typeof s3ObjectLambdaResponseSchema,
    S3ObjectLambdaResult,
    S3ObjectLambdaVariant
  >({
    id: 's3-object-lambda',
    invocation: 'sync',
    // `xAmzRequestId` (S3's request id, camel-cased) with the caller's `userRequest` is only in S3
    // Object Lambda events: https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html
    detect: (event) => isObject(event) && typeof event.xAmzRequestId === 'string' && isObject(event.userRequest),
    schema: s3ObjectLambdaEventSchema,
    response: s3ObjectLambdaResponseSchema,
    variants: variantsByContext.map(([, variant]) => variant),
    variantOf: s3ObjectLambdaVariantOf,
    settle: settleS3ObjectLambda(client),
    sample: sampleS3ObjectLambdaEvent,
    docs: {
      service: 'Amazon S3 Object Lambda',
      summary:
        'An Object Lambda access point invokes the function for GetObject, HeadObject, ListObjects or ListObjectsV2 calls (the variants). For GetObject the source sends the transformed object with WriteGetObjectResponse (AWS SDK v3 `@aws-sdk/client-s3`, an optional peer dependency the Lambda Node.js runtime provides); HeadObject and list answers are the return value. `fetchS3ObjectLambdaInput` reads the original.',
      detection:
        'The event has a string `xAmzRequestId` and a `userRequest` object; its `getObjectContext`, `headObjectContext`, `listObjectsContext` or `listObjectsV2Context` names the variant.',
      retries:
        'None: the S3 caller waits. A handler error answers `500 InternalError` (or the status and code of a thrown `S3ObjectLambdaError`), through WriteGetObjectResponse for GetObject. If WriteGetObjectResponse itself fails the invocation throws and the caller receives a 500 from S3; its token is single-use.',
      limits: [
        {
          name: 'GetObject response time',
          value: '60 seconds to complete WriteGetObjectResponse, and before the function returns',
          link: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html',
        },
        {
          name: 'Range and partNumber requests',
          value: 'answered 501 by the access point unless enabled; the presigned URL never carries the range',
          link: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/range-get-olap.html',
        },
      ],
      links: [
        {
          title: 'Writing Lambda functions for S3 Object Lambda access points',
          url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html',
        },
        {
          title: 'Event context format and usage',
          url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html',
        },
        {
          title: 'WriteGetObjectResponse',
          url: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_WriteGetObjectResponse.html',
        },
      ],
    },
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
