import { CodePipelineClient } from '@aws-sdk/client-codepipeline';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { checkEvent, describeSource, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  CodepipelineJobError,
  type CodepipelineResult,
  codepipeline,
  codepipelineReference,
  codepipelineWithClient,
} from '@switchboard/sources/codepipeline';
import { eventbridgeReference as eventbridge } from '@switchboard/sources/eventbridge';
import type { Context } from 'aws-lambda';
import { type LoopbackAws, startLoopbackAws } from './loopback-aws.js';

// The real AWS SDK v3 client talks to a loopback server standing in for CodePipeline:
// AWS itself is what cannot run here. CodePipeline speaks JSON 1.1 (X-Amz-Target names the operation).
let aws: LoopbackAws;
beforeAll(async () => {
  aws = await startLoopbackAws();
  // Failed jobs are logged with their stack; these tests fail jobs on purpose.
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(() => aws.close());
afterEach(() => {
  aws.requests.length = 0;
  aws.answerWith(200);
});

const context = {} as Context;
const jobId = codepipelineReference.sample()['CodePipeline.job'].id;

function appWith(handler: () => unknown, options: { validateEvent?: boolean; timeoutMarginMs?: number } = {}) {
  const runtime = codepipelineWithClient(new CodePipelineClient(aws.clientConfig));
  // Validation needs the schemas: the custom-client instance, described with the default's reference.
  const source = options.validateEvent ? describeSource(runtime, codepipelineReference) : runtime;
  return router(options).on(source, handler as () => Promise<CodepipelineResult>).handler;
}

function sent(): { target: string | string[] | undefined; body: unknown }[] {
  return aws.requests.map((request) => ({ target: request.headers['x-amz-target'], body: JSON.parse(request.body) }));
}

describe('codepipeline', () => {
  it('detects its own sample, which passes the schema', () => {
    const sample = codepipelineReference.sample();
    expect(detectSource(allSources, sample)?.source).toBe(codepipelineReference);
    expect(checkEvent(codepipelineReference, sample)).toEqual([]);
  });

  it.each([
    ['a job that is not an object', { 'CodePipeline.job': 'job' }],
    ['a lower-case key', { 'codepipeline.job': codepipelineReference.sample()['CodePipeline.job'] }],
    ['the job nested in an EventBridge detail', { ...eventbridge.sample(), detail: codepipelineReference.sample() }],
  ])('does not claim %s', (_name, event) => {
    expect(codepipeline.detect(event)).toBe(false);
  });

  it('reports a success with PutJobSuccessResult, carrying what the handler returned', async () => {
    const handler = appWith(async () => ({
      outputVariables: { version: '1.4.2' },
      executionDetails: { summary: 'Smoke tests passed', percentComplete: 100 },
    }));
    await expect(handler(codepipelineReference.sample(), context)).resolves.toBeUndefined();
    expect(sent()).toEqual([
      {
        target: 'CodePipeline_20150709.PutJobSuccessResult',
        body: {
          jobId,
          outputVariables: { version: '1.4.2' },
          executionDetails: { summary: 'Smoke tests passed', percentComplete: 100 },
        },
      },
    ]);
  });

  it('reports a handler that returns nothing as a plain success, and sends no key it does not know', async () => {
    await appWith(async () => undefined)(codepipelineReference.sample(), context);
    await appWith(async () => ({ continuationToken: 'step-2', extra: 'not sent' }))(
      codepipelineReference.sample(),
      context,
    );
    expect(sent().map((request) => request.body)).toEqual([{ jobId }, { jobId, continuationToken: 'step-2' }]);
  });

  it('reports a thrown error with PutJobFailureResult as JobFailed, with its message and never its stack', async () => {
    await appWith(async () => {
      throw new Error('Stack orders-staging is in UPDATE_ROLLBACK_FAILED');
    })(codepipelineReference.sample(), context);
    expect(sent()).toEqual([
      {
        target: 'CodePipeline_20150709.PutJobFailureResult',
        body: {
          jobId,
          failureDetails: { type: 'JobFailed', message: 'Stack orders-staging is in UPDATE_ROLLBACK_FAILED' },
        },
      },
    ]);
  });

  it('cuts a failure message to the 5,000 characters the API takes', async () => {
    await appWith(async () => {
      throw new Error('x'.repeat(6_000));
    })(codepipelineReference.sample(), context);
    const [request] = sent() as { body: { failureDetails: { message: string } } }[];
    const message = request?.body.failureDetails.message ?? '';
    expect(message).toHaveLength(5_000);
    expect(message.endsWith('…')).toBe(true);
  });

  it('reports a CodepipelineJobError with its failure type and external execution id', async () => {
    await appWith(async () => {
      throw new CodepipelineJobError('ConfigurationError', 'UserParameters must be JSON', {
        externalExecutionId: 'deploy-77',
      });
    })(codepipelineReference.sample(), context);
    expect(sent()[0]?.body).toEqual({
      jobId,
      failureDetails: {
        type: 'ConfigurationError',
        message: 'UserParameters must be JSON',
        externalExecutionId: 'deploy-77',
      },
    });
  });

  it('reports an invalid event as a failed job, naming the path and not running the handler', async () => {
    const event = codepipelineReference.sample();
    const { data: _data, ...jobWithoutData } = event['CodePipeline.job'];
    let ran = false;
    const handler = appWith(
      async () => {
        ran = true;
      },
      { validateEvent: true },
    );
    await handler({ 'CodePipeline.job': jobWithoutData }, context);
    expect(ran).toBe(false);
    expect(sent()).toEqual([
      {
        target: 'CodePipeline_20150709.PutJobFailureResult',
        body: {
          jobId,
          failureDetails: { type: 'JobFailed', message: expect.stringContaining('CodePipeline.job.data') },
        },
      },
    ]);
  });

  it('throws, and calls nothing, for an invalid event without a job id to report on', async () => {
    const handler = appWith(async () => undefined, { validateEvent: true });
    await expect(handler({ 'CodePipeline.job': { accountId: '123456789012' } }, context)).rejects.toThrow(
      /Invalid codepipeline event/,
    );
    expect(aws.requests).toEqual([]);
  });

  it('throws when the PutJob call fails, so Lambda retries the invocation', async () => {
    aws.answerWith(500, '{"__type":"InternalServiceError","message":"try again"}');
    await expect(appWith(async () => undefined)(codepipelineReference.sample(), context)).rejects.toThrow();
    expect(sent()[0]?.target).toBe('CodePipeline_20150709.PutJobSuccessResult');
  });

  it('fails the job before the Lambda timeout when the handler is still running', async () => {
    const nearTimeout = { getRemainingTimeInMillis: () => 60 } as unknown as Context;
    const handler = appWith(() => new Promise(() => {}), { timeoutMarginMs: 40 });
    await handler(codepipelineReference.sample(), nearTimeout);
    expect(sent()[0]?.body).toEqual({
      jobId,
      failureDetails: { type: 'JobFailed', message: 'The handler was still running 40 ms before the Lambda timeout' },
    });
  });

  it('answers through a default client made on first use from the environment', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_ENDPOINT_URL_CODEPIPELINE: aws.clientConfig.endpoint,
      AWS_MAX_ATTEMPTS: '1',
    });
    try {
      const handler = router().on(codepipeline, async () => ({ outputVariables: { ok: 'yes' } })).handler;
      await handler(codepipelineReference.sample(), context);
      await handler(codepipelineReference.sample(), context);
    } finally {
      process.env = saved;
    }
    expect(sent().map((request) => request.body)).toEqual([
      { jobId, outputVariables: { ok: 'yes' } },
      { jobId, outputVariables: { ok: 'yes' } },
    ]);
  });
});
