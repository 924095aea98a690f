import { describeSource } from '@switchboard/core';
import { sampleS3ObjectLambdaEvent } from './sample.js';
import { s3ObjectLambdaEventSchema, s3ObjectLambdaResponseSchema } from './schema.js';
import { s3ObjectLambda } from './source.js';

/**
 * `s3ObjectLambda` (the default instance, answering GetObject through an S3
 * client made from the environment) with its schemas, sample event and docs:
 * for tools, tests and `validateEvent`. To validate with your own client,
 * describe that instance: `describeSource(s3ObjectLambdaWithClient(client), s3ObjectLambdaReference)`.
 */
export const s3ObjectLambdaReference = describeSource(s3ObjectLambda, {
  schema: s3ObjectLambdaEventSchema,
  response: s3ObjectLambdaResponseSchema,
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
