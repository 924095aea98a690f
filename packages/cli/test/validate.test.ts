import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sqsReference } from '@switchboard/sources';
import { makeTempDir, runCli, secret, type TempDir, unclaimedEvent } from './fixtures.js';

/** An SQS event whose first record lost its body, and whose receive count is a number. */
function brokenSqsEvent(): unknown {
  const { Records } = sqsReference.sample();
  const [{ body: _body, attributes, ...record }] = Records as [(typeof Records)[number]];
  return { Records: [{ ...record, attributes: { ...attributes, ApproximateReceiveCount: 1 } }] };
}

describe('switchboard validate', () => {
  let dir: TempDir;
  let valid: string;
  let invalid: string;
  let unclaimed: string;

  beforeAll(async () => {
    dir = await makeTempDir();
    valid = await dir.write('valid.json', sqsReference.sample());
    invalid = await dir.write('invalid.json', brokenSqsEvent());
    unclaimed = await dir.write('unclaimed.json', unclaimedEvent);
  });
  afterAll(() => dir.remove());

  it('prints FILE<TAB>SOURCE<TAB>valid and exits 0 when every event is valid', async () => {
    expect(await runCli('validate', valid)).toEqual({ code: 0, out: [`${valid}\tsqs\tvalid`], err: [] });
  });

  it('prints invalid with "path: message" issues joined by "; " and exits 1', async () => {
    const ran = await runCli('validate', valid, invalid);
    expect(ran.code).toBe(1);
    expect(ran.out).toEqual([
      `${valid}\tsqs\tvalid`,
      `${invalid}\tsqs\tinvalid\tRecords[0].body: expected string; Records[0].attributes.ApproximateReceiveCount: expected string`,
    ]);
  });

  it('reports an unclaimed event as unknown and invalid, naming its keys, and exits 1', async () => {
    const ran = await runCli('validate', unclaimed);
    expect(ran).toEqual({
      code: 1,
      out: [
        `${unclaimed}\tunknown\tinvalid\t(root): No mounted source claims this event; it has top-level keys: orderRef, apiKey, nested`,
      ],
      err: [],
    });
  });

  it('never prints a value of an unclaimed event, in text or JSON', async () => {
    const text = await runCli('validate', unclaimed);
    const json = await runCli('validate', '--json', unclaimed);
    expect([...text.out, ...text.err, ...json.out, ...json.err].join('\n')).not.toContain(secret);
  });

  it('describes a payload that is not an object by its JSON type', async () => {
    const number = await dir.write('number.json', '42');
    const ran = await runCli('validate', '--json', number);
    expect(JSON.parse(ran.out[0] ?? '')).toMatchObject({
      issues: [{ path: '', message: 'No mounted source claims this event; it has type (number)' }],
    });
  });

  it('prints {"file","source","valid","issues"} per line with --json', async () => {
    const ran = await runCli('validate', '--json', valid, invalid, unclaimed);
    expect(ran.code).toBe(1);
    expect(ran.out.map((line) => JSON.parse(line))).toEqual([
      { file: valid, source: 'sqs', valid: true, issues: [] },
      {
        file: invalid,
        source: 'sqs',
        valid: false,
        issues: [
          { path: 'Records[0].body', message: 'expected string' },
          { path: 'Records[0].attributes.ApproximateReceiveCount', message: 'expected string' },
        ],
      },
      {
        file: unclaimed,
        source: 'unknown',
        valid: false,
        issues: [{ path: '', message: expect.stringContaining('top-level keys: orderRef, apiKey, nested') }],
      },
    ]);
  });

  it('exits 2 when a file is unreadable, even if another is invalid, and still prints the others', async () => {
    const missing = dir.path('missing.json');
    const ran = await runCli('validate', invalid, missing, valid);
    expect(ran.code).toBe(2);
    expect(ran.out).toHaveLength(2);
    expect(ran.err).toEqual([`switchboard: ${missing}: cannot read file (no such file)`]);
  });
});
