// Type tests of the transforms group (checked by `npx tsc -p tsconfig.json`):
// handlers typed with @types/aws-lambda mount without a cast, and a wrong
// answer shape is a compile error.
import { type ResultOf, router } from '@switchboard/core';
import { cloudfront, toCloudFrontRequest, toCloudFrontResponse } from '@switchboard/sources/cloudfront';
import { firehose, toFirehoseRecord, toFirehoseResponse } from '@switchboard/sources/firehose';
import { s3Batch, toS3BatchResponse } from '@switchboard/sources/s3-batch';
import type {
  CloudFrontRequestHandler,
  CloudFrontRequestResult,
  CloudFrontResponseHandler,
  CloudFrontResponseResult,
  FirehoseTransformationHandler,
  FirehoseTransformationResult,
  S3BatchHandler,
  S3BatchResult,
} from 'aws-lambda';
import { expectTypeOf } from 'expect-type';

declare const requestHandler: CloudFrontRequestHandler;
declare const responseHandler: CloudFrontResponseHandler;
declare const firehoseHandler: FirehoseTransformationHandler;
declare const s3BatchHandler: S3BatchHandler;

// @types/aws-lambda's answers are answers these sources accept.
expectTypeOf<CloudFrontRequestResult>().toExtend<ResultOf<ReturnType<typeof cloudfront.variant<'viewer-request'>>>>();
expectTypeOf<CloudFrontResponseResult>().toExtend<ResultOf<ReturnType<typeof cloudfront.variant<'viewer-response'>>>>();
expectTypeOf<FirehoseTransformationResult>().toExtend<ResultOf<typeof firehose>>();
expectTypeOf<S3BatchResult>().toExtend<ResultOf<typeof s3Batch>>();

router()
  .on(cloudfront.variant('viewer-request'), requestHandler)
  .on(cloudfront.variant('origin-request'), requestHandler)
  .on(cloudfront.variant('origin-response'), responseHandler)
  .on(cloudfront.variant('viewer-response'), responseHandler)
  .on(firehose, firehoseHandler)
  .on(s3Batch, s3BatchHandler);
router().on(cloudfront, requestHandler);
router().on([s3Batch.variant('1.0'), s3Batch.variant('2.0')], s3BatchHandler);

// Each trigger sees its own event and answers in its own shape.
router().on(cloudfront.variant('origin-request'), async (event) => {
  const request = event.Records[0]?.cf.request;
  return request === undefined ? toCloudFrontResponse({ status: 400 }) : toCloudFrontRequest(event, { uri: '/' });
});
router().on(cloudfront.variant('origin-response'), async (event) => event.Records[0]?.cf.response);
// @ts-expect-error a response trigger cannot continue with a request
router().on(cloudfront.variant('viewer-response'), async (event) => toCloudFrontRequest(event, {}));
// @ts-expect-error CloudFront reads the status as a string
router().on(cloudfront.variant('viewer-request'), async () => ({ status: 302 }));
// @ts-expect-error a continued request needs its uri (and a response its status)
router().on(cloudfront.variant('viewer-request'), async () => ({ method: 'GET', headers: {} }));

router().on(firehose, async (event) => toFirehoseResponse(event, []));
router().on(firehose, async (event) => ({
  records: event.records.map((r) => toFirehoseRecord(r.recordId, 'Ok', r.data)),
}));
// @ts-expect-error "TRANSFORMED_STATE_OK" is not a result Firehose reads
router().on(firehose, async () => ({ records: [{ recordId: 'r1', result: 'TRANSFORMED_STATE_OK', data: '' }] }));
// @ts-expect-error the answer is an object of records, not a list
router().on(firehose, async (event) => event.records);

router().on(s3Batch.variant('2.0'), async (event) => {
  expectTypeOf(event.job.userArguments).toEqualTypeOf<Record<string, string> | undefined>();
  expectTypeOf(event.tasks[0]?.s3Bucket).toEqualTypeOf<string | undefined>();
  return toS3BatchResponse(event, []);
});
router().on(s3Batch, async (event) =>
  // @ts-expect-error "Failed" is not a result code
  toS3BatchResponse(event, [{ taskId: 't', resultCode: 'Failed', resultString: '' }]),
);
// @ts-expect-error the answer must echo the invocation id
router().on(s3Batch, async () => ({
  invocationSchemaVersion: '1.0',
  treatMissingKeysAs: 'PermanentFailure',
  results: [],
}));

// A handler for another source's event is a compile error.
// @ts-expect-error a Firehose transformation on Lambda@Edge
router().on(cloudfront.variant('viewer-request'), firehoseHandler);
// @ts-expect-error an S3 Batch handler on Firehose
router().on(firehose, s3BatchHandler);
