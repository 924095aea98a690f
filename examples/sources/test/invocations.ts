import { expect } from '@jest/globals';
import type { DescribedSource } from '@switchboard/core';
import { cloudformationReference } from '@switchboard/sources/cloudformation';
import { codepipelineReference } from '@switchboard/sources/codepipeline';
import { configReference } from '@switchboard/sources/config';
import { s3ObjectLambdaReference } from '@switchboard/sources/s3-object-lambda';
import { lambdaContext } from '@switchboard/testing';
import type { Context } from 'aws-lambda';
import { originalObject, type ReceivedRequest } from './stand-in-aws.js';

/** What an example is invoked with: its source's sample, and a Lambda context. */
export interface Invocation {
  readonly event: unknown;
  readonly context: Context;
}

/**
 * The sample of `source`, as Lambda would deliver it here. Two samples
 * carry presigned URLs of AWS's, which now point at the stand-in for AWS
 * (`origin`). A custom resource PUTs its answer only when invoked as the
 * function its ServiceToken names, so that is the function the context names.
 */
export function invocationOf(source: DescribedSource, origin: string): Invocation {
  if (source.id === cloudformationReference.id) {
    const sample = cloudformationReference.sample();
    const [, , , region, , , functionName] = (sample.ServiceToken ?? '').split(':');
    return {
      event: { ...sample, ResponseURL: `${origin}/orders-stack%7CTopicPolicy%7Cd6a7c3b2?X-Amz-Signature=3f1c9a7b` },
      context: lambdaContext({ functionName: functionName ?? '', region: region ?? '' }),
    };
  }
  if (source.id === s3ObjectLambdaReference.id) {
    const sample = s3ObjectLambdaReference.sample();
    if (!('getObjectContext' in sample)) throw new Error('The s3-object-lambda sample is a GetObject event');
    const inputS3Url = `${origin}/2024/05/inv-10293.txt?X-Amz-SignedHeaders=host&X-Amz-Signature=5f0c2b9e`;
    return {
      event: { ...sample, getObjectContext: { ...sample.getObjectContext, inputS3Url } },
      context: lambdaContext(),
    };
  }
  return { event: source.sample(), context: lambdaContext() };
}

const allowed = { policyDocument: { Statement: [{ Effect: 'Allow' }] } };
const noBatchFailures = { batchItemFailures: [] };
const bodyOf = (request: ReceivedRequest | undefined): unknown => JSON.parse(request?.body ?? 'null');

/**
 * What each example's answer to its sample must be beyond its response
 * schema, where the schema alone would also pass a failure: a settling
 * source turns a failing handler into a deny or a FAILED report, and a
 * batch answer that fails every record is still a valid batch answer.
 * `received` is what the stand-in for AWS got during the invocation.
 */
export const expectedOutcomes: Readonly<Record<string, (answer: unknown, received: ReceivedRequest[]) => void>> = {
  'apigw-rest-token-authorizer': (answer) => expect(answer).toMatchObject({ principalId: 'user-1842', ...allowed }),
  'apigw-rest-request-authorizer': (answer) =>
    expect(answer).toMatchObject({ principalId: 'user-1842', ...allowed, context: { tenant: 'acme' } }),
  'apigw-http-authorizer': (answer) =>
    expect(answer).toEqual({ isAuthorized: true, context: { subject: 'user-1842', route: 'GET /orders/{id}' } }),
  'appsync-authorizer': (answer) =>
    expect(answer).toMatchObject({ isAuthorized: true, resolverContext: { subject: 'user-1842' }, ttlOverride: 300 }),
  sqs: (answer) => expect(answer).toEqual(noBatchFailures),
  kinesis: (answer) => expect(answer).toEqual(noBatchFailures),
  dynamodb: (answer) => expect(answer).toEqual(noBatchFailures),
  msk: (answer) => expect(answer).toEqual(noBatchFailures),
  kafka: (answer) => expect(answer).toEqual(noBatchFailures),
  firehose: (answer) => expect(answer).toMatchObject({ records: [{ result: 'Ok' }, { result: 'Ok' }] }),
  's3-batch': (answer) => expect(answer).toMatchObject({ results: [{ resultCode: 'Succeeded' }] }),
  cloudformation: (answer, received) => {
    expect(answer).toBeUndefined();
    expect(received.map((request) => request.method)).toEqual(['PUT']);
    expect(bodyOf(received[0])).toMatchObject({
      Status: 'SUCCESS',
      PhysicalResourceId: 'order-events-policy',
      Data: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:order-events', Accounts: '210987654321' },
    });
  },
  codepipeline: (_answer, received) => {
    expect(received.map((request) => request.target)).toEqual(['CodePipeline_20150709.PutJobSuccessResult']);
    expect(bodyOf(received[0])).toMatchObject({
      jobId: codepipelineReference.sample()['CodePipeline.job'].id,
      outputVariables: { stage: 'staging', revision: '9b2e4c6d8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c' },
    });
  },
  config: (_answer, received) => {
    expect(received.map((request) => request.target)).toEqual(['StarlingDoveService.PutEvaluations']);
    expect(bodyOf(received[0])).toMatchObject({
      ResultToken: configReference.sample().resultToken,
      Evaluations: [{ ComplianceResourceId: 'orders-exports-prod', ComplianceType: 'COMPLIANT' }],
    });
  },
  's3-object-lambda': (answer, received) => {
    expect(answer).toEqual({ statusCode: 200 });
    expect(received.map(({ method, path }) => `${method} ${path.split('?')[0]}`)).toEqual([
      'GET /2024/05/inv-10293.txt',
      'POST /WriteGetObjectResponse',
    ]);
    const written = received[1];
    expect(written?.host.startsWith('io-use2-001.')).toBe(true);
    expect(written?.body).toContain(originalObject.replace('maria.garcia@example.com', '[redacted]'));
  },
};
