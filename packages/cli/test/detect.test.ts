import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sqsReference } from '@switchboard/sources';
import { makeTempDir, runCli, secret, type TempDir, unclaimedEvent } from './fixtures.js';

const fifoEvent = () => {
  const event = sqsReference.sample();
  const [record] = event.Records;
  if (record) record.eventSourceARN = 'arn:aws:sqs:us-east-2:123456789012:orders.fifo';
  return event;
};

describe('switchboard detect', () => {
  let dir: TempDir;
  let standard: string;
  let fifo: string;
  let unclaimed: string;

  beforeAll(async () => {
    dir = await makeTempDir();
    standard = await dir.write('standard.json', sqsReference.sample());
    fifo = await dir.write('fifo.json', fifoEvent());
    unclaimed = await dir.write('unclaimed.json', unclaimedEvent);
  });
  afterAll(() => dir.remove());

  it('prints FILE<TAB>SOURCE<TAB>VARIANT per file, in argument order, and exits 0', async () => {
    const ran = await runCli('detect', standard, fifo);
    expect(ran).toEqual({ code: 0, out: [`${standard}\tsqs\tstandard`, `${fifo}\tsqs\tfifo`], err: [] });
  });

  it('prints unknown with variant "-" for an event no built-in source claims, and still exits 0', async () => {
    const ran = await runCli('detect', unclaimed);
    expect(ran).toEqual({ code: 0, out: [`${unclaimed}\tunknown\t-`], err: [] });
  });

  it('prints one JSON object per line with --json, variant null when there is none', async () => {
    const ran = await runCli('detect', '--json', standard, unclaimed);
    expect(ran.code).toBe(0);
    expect(ran.out.map((line) => JSON.parse(line))).toEqual([
      { file: standard, source: 'sqs', variant: 'standard' },
      { file: unclaimed, source: 'unknown', variant: null },
    ]);
  });

  it('reports a missing file and invalid JSON on stderr, prints the other files, and exits 2', async () => {
    const missing = dir.path('missing.json');
    const broken = await dir.write('broken.json', `{"apiKey": "${secret}", oops}`);
    const ran = await runCli('detect', missing, standard, broken, fifo);
    expect(ran.code).toBe(2);
    expect(ran.out).toEqual([`${standard}\tsqs\tstandard`, `${fifo}\tsqs\tfifo`]);
    expect(ran.err).toEqual([
      `switchboard: ${missing}: cannot read file (no such file)`,
      expect.stringMatching(new RegExp(`^switchboard: ${broken}: invalid JSON at position \\d+$`)),
    ]);
  });

  it('never echoes the content of a file that is not JSON', async () => {
    const broken = await dir.write('secret.txt', `apiKey=${secret}`);
    const ran = await runCli('detect', broken);
    expect(ran.code).toBe(2);
    expect(ran.err.join('\n')).not.toContain(secret);
  });

  it('says an empty file is empty, and a directory is a directory', async () => {
    const empty = await dir.write('empty.json', '');
    const ran = await runCli('detect', empty, dir.path(''));
    expect(ran.err).toEqual([
      `switchboard: ${empty}: invalid JSON (empty file)`,
      `switchboard: ${dir.path('')}: cannot read file (is a directory)`,
    ]);
  });
});
