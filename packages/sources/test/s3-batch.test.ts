import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import {
  type S3BatchEventV2,
  s3BatchReference as s3Batch,
  toS3BatchObject,
  toS3BatchResponse,
} from '@switchboard/sources/s3-batch';
import type { Context } from 'aws-lambda';

const context = {} as Context;

/** A schema 2.0 event: a directory bucket by name, user arguments on the job. */
function v2Event(): S3BatchEventV2 {
  return {
    invocationSchemaVersion: '2.0',
    invocationId: 'Jr3s8KZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo',
    job: { id: 'ry77cd60-61f6-4a2b-8a21-d07600c874gf', userArguments: { targetPrefix: 'thumbnails/' } },
    tasks: [
      {
        taskId: 'y5R3a2lkZ29lc2hlcg',
        s3Key: 'photos/2024/beach+day%20%F0%9F%8C%8A.jpg',
        s3VersionId: null,
        s3Bucket: 'acme-photos--usw2-az1--x-s3',
      },
    ],
  };
}

describe('s3-batch', () => {
  it('detects its own sample as s3-batch only, variant 1.0, and the sample passes the schema', () => {
    expect(detectSource(allSources, s3Batch.sample())).toEqual({ source: s3Batch, variant: '1.0' });
    expect(allSources.filter((source) => source.detect(s3Batch.sample()))).toEqual([s3Batch]);
    expect(checkEvent(s3Batch, s3Batch.sample())).toEqual([]);
  });

  it('detects a schema 2.0 event as variant 2.0, valid with bucket names and user arguments', () => {
    expect(detectSource(allSources, v2Event())).toEqual({ source: s3Batch, variant: '2.0' });
    expect(checkEvent(s3Batch, v2Event())).toEqual([]);
  });

  it('refuses a 2.0 event whose tasks name the bucket by ARN, as 1.0 does', () => {
    const [task] = v2Event().tasks;
    const mixed = { ...v2Event(), tasks: [{ ...task, s3Bucket: undefined, s3BucketArn: 'arn:aws:s3:::acme' }] };
    expect(checkEvent(s3Batch, mixed).map((issue) => issue.path)).toEqual(['tasks[0].s3Bucket']);
  });

  it.each([
    ['no tasks', { invocationSchemaVersion: '1.0', invocationId: 'abc', job: { id: 'j' } }],
    ['a numeric schema version', { invocationSchemaVersion: 1, invocationId: 'abc', job: { id: 'j' }, tasks: [] }],
    ['a Firehose batch', { invocationId: 'abc', region: 'us-east-1', records: [] }],
  ])('does not claim an event with %s', (_name, event) => {
    expect(s3Batch.detect(event)).toBe(false);
  });

  it('routes each schema version to the handler mounted on it', async () => {
    const app = router({ validateEvent: true, validateResponse: true })
      .on(s3Batch.variant('1.0'), async (event) =>
        toS3BatchResponse(event, [
          { taskId: event.tasks[0]?.taskId ?? '', resultCode: 'Succeeded', resultString: 'v1' },
        ]),
      )
      .on(s3Batch.variant('2.0'), async (event) =>
        toS3BatchResponse(event, [
          { taskId: event.tasks[0]?.taskId ?? '', resultCode: 'TemporaryFailure', resultString: 'v2' },
        ]),
      );
    await expect(app.handler(s3Batch.sample(), context)).resolves.toMatchObject({
      invocationSchemaVersion: '1.0',
      results: [{ resultString: 'v1' }],
    });
    await expect(app.handler(v2Event(), context)).resolves.toMatchObject({
      invocationSchemaVersion: '2.0',
      results: [{ resultCode: 'TemporaryFailure', resultString: 'v2' }],
    });
  });
});

describe('toS3BatchResponse', () => {
  it('echoes the schema version and invocation id, treating missing tasks as permanent failures by default', () => {
    const event = v2Event();
    const answer = toS3BatchResponse(event, [
      { taskId: 'y5R3a2lkZ29lc2hlcg', resultCode: 'Succeeded', resultString: '' },
    ]);
    expect(answer).toEqual({
      invocationSchemaVersion: '2.0',
      treatMissingKeysAs: 'PermanentFailure',
      invocationId: event.invocationId,
      results: [{ taskId: 'y5R3a2lkZ29lc2hlcg', resultCode: 'Succeeded', resultString: '' }],
    });
    expect(checkResponse(s3Batch, answer)).toEqual([]);
    expect(toS3BatchResponse(event, [], 'TemporaryFailure').treatMissingKeysAs).toBe('TemporaryFailure');
  });
});

describe('toS3BatchObject', () => {
  it('reads the bucket from the 1.0 ARN and keeps the version', () => {
    const [task] = s3Batch.sample().tasks;
    if (task === undefined) throw new Error('sample without task');
    expect(toS3BatchObject(task)).toEqual({
      bucket: 'acme-billing-archive',
      key: 'invoices/2024/03/INV-10042.pdf',
      versionId: '3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY',
    });
  });

  it('reads the 2.0 bucket name and URL-decodes the key, a null version becoming undefined', () => {
    const [task] = v2Event().tasks;
    if (task === undefined) throw new Error('event without task');
    expect(toS3BatchObject(task)).toEqual({
      bucket: 'acme-photos--usw2-az1--x-s3',
      key: 'photos/2024/beach day 🌊.jpg',
      versionId: undefined,
    });
  });
});
