import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { allSources, sqsReference, toSqsBatchResponse } from '@switchboard/sources';
import { makeTempDir, runCli, type TempDir } from './fixtures.js';

describe('switchboard validate --response', () => {
  let dir: TempDir;
  let valid: string;
  let invalid: string;

  beforeAll(async () => {
    dir = await makeTempDir();
    valid = await dir.write('valid.json', toSqsBatchResponse([sqsReference.sample().Records[0]?.messageId ?? 'm-1']));
    invalid = await dir.write('invalid.json', { batchItemFailures: [{ id: 'm-1' }] });
  });
  afterAll(() => dir.remove());

  it('accepts a valid SQS batch response and exits 0', async () => {
    expect(await runCli('validate', '--response', 'sqs', valid)).toEqual({
      code: 0,
      out: [`${valid}\tsqs\tvalid`],
      err: [],
    });
  });

  it('points into the response at a missing itemIdentifier and exits 1', async () => {
    const ran = await runCli('validate', '--response', 'sqs', valid, invalid);
    expect(ran.code).toBe(1);
    expect(ran.out[1]).toBe(`${invalid}\tsqs\tinvalid\tbatchItemFailures[0].itemIdentifier: expected string`);
  });

  it('prints the same JSON shape as event validation with --json', async () => {
    const ran = await runCli('validate', '--json', '--response', 'sqs:fifo', invalid);
    expect(ran.out.map((line) => JSON.parse(line))).toEqual([
      {
        file: invalid,
        source: 'sqs',
        valid: false,
        issues: [{ path: 'batchItemFailures[0].itemIdentifier', message: 'expected string' }],
      },
    ]);
  });

  it('rejects an unknown source id as a usage error listing the valid ids, before reading any file', async () => {
    const ran = await runCli('validate', '--response', 'sqs-typo', dir.path('missing.json'));
    expect(ran.code).toBe(2);
    expect(ran.out).toEqual([]);
    const ids = allSources.map((source) => source.id).join(', ');
    expect(ran.err[0]).toBe(`switchboard validate: unknown source "sqs-typo" in --response; valid ids: ${ids}`);
  });

  it('rejects an unknown variant as a usage error listing the valid variants', async () => {
    const ran = await runCli('validate', '--response', 'sqs:lifo', valid);
    expect(ran.code).toBe(2);
    expect(ran.err[0]).toBe('switchboard validate: unknown variant "lifo" of sqs in --response; valid: standard, fifo');
  });

  it('refuses a built-in source whose caller reads no response, exit 2', async () => {
    // Async callers (s3, sns, eventbridge...) ignore the function's answer.
    const silent = allSources.find((source) => source.response === undefined);
    expect(silent).toBeDefined();
    const ran = await runCli('validate', '--response', silent?.id ?? '', valid);
    expect(ran.code).toBe(2);
    expect(ran.out).toEqual([]);
    expect(ran.err[0]).toBe(
      `switchboard validate: ${silent?.id} callers read no response (invocation: ${silent?.invocation}), so there is no response to validate`,
    );
  });

  it('rejects --response without a value', async () => {
    const ran = await runCli('validate', valid, '--response');
    expect(ran.code).toBe(2);
    expect(ran.err[0]).toContain('--response');
  });
});
