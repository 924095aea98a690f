import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { checkEvent, checkResponse, describeSource, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { s3Reference } from '@switchboard/sources/s3';
import {
  fetchS3ObjectLambdaInput,
  S3ObjectLambdaError,
  type S3ObjectLambdaGetObjectResult,
  s3ObjectLambda,
  s3ObjectLambdaReference,
  s3ObjectLambdaWithClient,
  toS3ObjectLambdaHeadResult,
  toS3ObjectLambdaListResult,
} from '@switchboard/sources/s3-object-lambda';
import type { Context } from 'aws-lambda';
import { type LoopbackAws, startLoopbackAws } from './loopback-aws.js';

// The real AWS SDK v3 S3 client sends WriteGetObjectResponse to a loopback server standing in for
// S3 Object Lambda: AWS itself is what cannot run here. The operation's endpoint carries the host
// prefix `{RequestRoute}.`, which would send it to `io-use2-001.127.0.0.1`: `disableHostPrefix`
// keeps it on the loopback endpoint (the path, headers and body are unchanged).
let aws: LoopbackAws;
let client: S3Client;
beforeAll(async () => {
  aws = await startLoopbackAws();
  client = new S3Client({ ...aws.clientConfig, disableHostPrefix: true });
  // Unexpected handler errors are logged with their stack; these tests fail handlers on purpose.
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => aws.close());
afterEach(() => {
  aws.requests.length = 0;
  aws.answerWith(200, '');
});

const context = {} as Context;
const sample = s3ObjectLambdaReference.sample();
if (!('getObjectContext' in sample)) throw new Error('the sample is a GetObject event');
const { getObjectContext: _get, ...common } = sample;
const inputS3Url = sample.getObjectContext.inputS3Url;
const headEvent = { ...common, headObjectContext: { inputS3Url } };
const listEvent = { ...common, listObjectsContext: { inputS3Url } };
const listV2Event = { ...common, listObjectsV2Context: { inputS3Url } };

function getApp(handler: () => unknown, options: { validateEvent?: boolean } = {}) {
  const runtime = s3ObjectLambdaWithClient(client);
  // Validation needs the schemas: the custom-client instance, described with the default's reference.
  const source = options.validateEvent ? describeSource(runtime, s3ObjectLambdaReference) : runtime;
  return router(options).on(source.variant('get-object'), handler as () => Promise<S3ObjectLambdaGetObjectResult>)
    .handler;
}

/** The WriteGetObjectResponse requests: path, the headers that carry its fields, and the body. */
function written() {
  return aws.requests.map(({ method, path, headers, body }) => ({
    method,
    path,
    fields: Object.fromEntries(Object.entries(headers).filter(([name]) => /^x-amz-(request-|fwd-|meta-)/.test(name))),
    body,
  }));
}

const address = { 'x-amz-request-route': 'io-use2-001', 'x-amz-request-token': sample.getObjectContext.outputToken };

describe('s3-object-lambda', () => {
  it('detects its own sample as get-object, and the sample passes the schema', () => {
    expect(detectSource(allSources, sample)).toEqual({ source: s3ObjectLambdaReference, variant: 'get-object' });
    expect(checkEvent(s3ObjectLambdaReference, sample)).toEqual([]);
  });

  it.each([
    ['head-object', headEvent],
    ['list-objects', listEvent],
    ['list-objects-v2', listV2Event],
  ])('names the %s variant by its context object, and the event passes the schema', (variant, event) => {
    expect(detectSource(allSources, event)).toEqual({ source: s3ObjectLambdaReference, variant });
    expect(checkEvent(s3ObjectLambdaReference, event)).toEqual([]);
  });

  it.each([
    ['an S3 notification', s3Reference.sample()],
    ['no userRequest', { ...sample, userRequest: undefined }],
    ['a numeric xAmzRequestId', { ...sample, xAmzRequestId: 7 }],
  ])('does not claim %s', (_name, event) => {
    expect(s3ObjectLambda.detect(event)).toBe(false);
  });

  it('writes the transformed object with WriteGetObjectResponse and returns its status', async () => {
    const handler = getApp(async () => ({
      body: 'Invoice 10293 for [redacted]',
      headers: { ContentType: 'text/plain', Metadata: { redacted: 'email' } },
    }));
    await expect(handler(sample, context)).resolves.toEqual({ statusCode: 200 });
    expect(written()).toEqual([
      {
        method: 'POST',
        path: '/WriteGetObjectResponse',
        fields: {
          ...address,
          'x-amz-fwd-status': '200',
          'x-amz-fwd-header-content-type': 'text/plain',
          'x-amz-meta-redacted': 'email',
        },
        body: 'Invoice 10293 for [redacted]',
      },
    ]);
  });

  it.each([
    ['text', 'plain text'],
    ['bytes', new TextEncoder().encode('plain text')],
    ['a web stream (a fetch body)', new Response('plain text').body],
    ['a Blob', new Blob(['plain text'])],
  ])('writes a body returned alone as %s', async (_kind, body) => {
    await expect(getApp(async () => body)(sample, context)).resolves.toEqual({ statusCode: 200 });
    expect(written()[0]).toMatchObject({ fields: { 'x-amz-fwd-status': '200' }, body: 'plain text' });
  });

  it('writes a thrown error as 500 InternalError without its message, and an S3ObjectLambdaError as it says', async () => {
    const failing = getApp(async () => {
      throw new Error('secret connection string in here');
    });
    await expect(failing(sample, context)).resolves.toEqual({ statusCode: 500 });
    const denying = getApp(async () => {
      throw new S3ObjectLambdaError(403, 'AccessDenied', 'Redacted objects only');
    });
    await expect(denying(sample, context)).resolves.toEqual({ statusCode: 403 });
    expect(written().map((request) => request.fields)).toEqual([
      {
        ...address,
        'x-amz-fwd-status': '500',
        'x-amz-fwd-error-code': 'InternalError',
        'x-amz-fwd-error-message': 'The object transformation failed',
      },
      {
        ...address,
        'x-amz-fwd-status': '403',
        'x-amz-fwd-error-code': 'AccessDenied',
        'x-amz-fwd-error-message': 'Redacted objects only',
      },
    ]);
  });

  it('writes 500 for an invalid GetObject event without running the handler', async () => {
    let ran = false;
    const handler = getApp(
      async () => {
        ran = true;
      },
      { validateEvent: true },
    );
    await expect(handler({ ...sample, userIdentity: undefined }, context)).resolves.toEqual({ statusCode: 500 });
    expect(ran).toBe(false);
    expect(written()[0]?.fields).toMatchObject({ 'x-amz-fwd-status': '500', 'x-amz-fwd-error-code': 'InternalError' });
  });

  it('throws, calling nothing, for a GetObject event without its output token', async () => {
    const event = { ...sample, getObjectContext: { inputS3Url, outputRoute: 'io-use2-001' } };
    await expect(getApp(async () => 'x')(event, context)).rejects.toThrow(/outputToken/);
    expect(aws.requests).toEqual([]);
  });

  it('throws when WriteGetObjectResponse fails', async () => {
    aws.answerWith(500, '<Error><Code>InternalError</Code><Message>try again</Message></Error>', {
      'content-type': 'application/xml',
    });
    await expect(getApp(async () => 'x')(sample, context)).rejects.toThrow();
    expect(written()[0]?.path).toBe('/WriteGetObjectResponse');
  });

  it('returns HeadObject and list answers as the handler gave them, and a thrown error as an error answer', async () => {
    const handler = router({ validateResponse: true })
      .on(s3ObjectLambdaReference.variant('head-object'), async () => ({
        statusCode: 200,
        headers: { 'Content-Length': 10 },
      }))
      .on(s3ObjectLambdaReference.variant('list-objects'), async () => ({
        statusCode: 200,
        listResultXml: '<ListBucketResult/>',
      }))
      .on(s3ObjectLambdaReference.variant('list-objects-v2'), async () => {
        throw new Error('boom');
      }).handler;
    await expect(handler(headEvent, context)).resolves.toEqual({ statusCode: 200, headers: { 'Content-Length': 10 } });
    await expect(handler(listEvent, context)).resolves.toEqual({
      statusCode: 200,
      listResultXml: '<ListBucketResult/>',
    });
    await expect(handler(listV2Event, context)).resolves.toEqual({
      statusCode: 500,
      errorCode: 'InternalError',
      errorMessage: 'The object transformation failed',
    });
    expect(aws.requests).toEqual([]);
  });

  it('fetches the original with the headers its presigned URL signed, and HEAD for HeadObject', async () => {
    const url = `${aws.clientConfig.endpoint}/2024/05/inv-10293.txt?X-Amz-SignedHeaders=host%3Bx-amz-checksum-mode&X-Amz-Signature=ab`;
    const userRequest = {
      ...sample.userRequest,
      headers: { ...sample.userRequest.headers, 'X-Amz-Checksum-Mode': 'ENABLED' },
    };
    aws.answerWith(200, 'original', { 'content-type': 'text/plain' });
    const get = await fetchS3ObjectLambdaInput({
      ...sample,
      userRequest,
      getObjectContext: { ...sample.getObjectContext, inputS3Url: url },
    });
    await fetchS3ObjectLambdaInput({ ...headEvent, userRequest, headObjectContext: { inputS3Url: url } });
    expect(await get.text()).toBe('original');
    expect(aws.requests.map((request) => [request.method, request.headers['x-amz-checksum-mode']])).toEqual([
      ['GET', 'ENABLED'],
      ['HEAD', 'ENABLED'],
    ]);
    expect(aws.requests[0]?.headers.host).toBe(new URL(url).host);
  });

  it('builds a HeadObject answer from S3 headers, typed as AWS documents them, that passes the response schema', () => {
    const response = new Response(null, {
      status: 200,
      headers: {
        'content-length': '2048',
        'content-type': 'text/plain',
        etag: '"9b2cf535f27731c974343645a3985328"',
        'x-amz-delete-marker': 'false',
        'x-amz-meta-owner': 'billing',
        'x-amz-id-2': 'not passed on',
      },
    });
    const answer = toS3ObjectLambdaHeadResult(response);
    expect(answer).toEqual({
      statusCode: 200,
      headers: {
        'Content-Length': 2048,
        'Content-Type': 'text/plain',
        ETag: '"9b2cf535f27731c974343645a3985328"',
        'x-amz-delete-marker': false,
        'x-amz-meta-owner': 'billing',
      },
    });
    expect(checkResponse(s3ObjectLambdaReference, answer)).toEqual([]);
    const missing = toS3ObjectLambdaHeadResult(new Response(null, { status: 404 }));
    expect(missing).toMatchObject({ statusCode: 404, errorCode: 'NoSuchKey' });
    expect(checkResponse(s3ObjectLambdaReference, missing)).toEqual([]);
  });

  it('builds a list answer from the listing XML that passes the response schema', async () => {
    const answer = await toS3ObjectLambdaListResult(new Response('<ListBucketResult></ListBucketResult>'));
    expect(answer).toEqual({ statusCode: 200, listResultXml: '<ListBucketResult></ListBucketResult>' });
    expect(checkResponse(s3ObjectLambdaReference, answer)).toEqual([]);
    expect(checkResponse(s3ObjectLambdaReference, { statusCode: 200 })).toEqual([]);
    expect(
      checkResponse(s3ObjectLambdaReference, {
        statusCode: 200,
        listBucketResult: { name: 'invoices', keyCount: 1, contents: [{ key: 'a.txt', size: 3 }] },
      }),
    ).toEqual([]);
  });

  it('refuses an answer without a status code', () => {
    expect(checkResponse(s3ObjectLambdaReference, { headers: {} })).toEqual([
      { path: 'statusCode', message: expect.any(String) },
    ]);
  });
});
