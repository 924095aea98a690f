import { afterAll, describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, type Source } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { cloudformationResponseBodySchema, cloudformationResultSchema } from '@switchboard/sources/cloudformation';
import { type $ZodType, safeParse } from 'zod/v4/core';
import { type CorpusEntry, corpusAvailable, corpusDir, readManifest, readPayload } from './corpus.js';
import { corpusExceptions } from './corpus-exceptions.js';

/**
 * Holds every implemented source to one contract on real payloads: each
 * labelled event is detected as its source and variant, passes its schema and
 * is claimed by no other source; each labelled response passes the response
 * schema; events of other services are claimed by nobody.
 */
const byId = new Map(allSources.map((source) => [source.id, source]));

/**
 * Sources that no built-in detector can claim, by design: an IoT rule sends
 * whatever its SQL selects, so only a user's matcher (`iotRule`) knows it.
 * Their corpus events must be claimed by no built-in source.
 */
const userMatched = new Set(['iot']);

interface Verdict {
  readonly ok: boolean;
  readonly problems: string[];
}

function judgeEvent(entry: CorpusEntry, payload: unknown): Verdict {
  const claimants = allSources.filter((source) => source.detect(payload));
  const own = userMatched.has(entry.source) ? undefined : byId.get(entry.source);
  const problems: string[] = [];
  if (own === undefined) {
    if (claimants.length > 0) problems.push(`claimed by ${ids(claimants)} although it is ${entry.source}`);
    return { ok: problems.length === 0, problems };
  }
  if (!claimants.includes(own)) problems.push(`not detected as ${own.id}`);
  const others = claimants.filter((source) => source !== own);
  if (others.length > 0) problems.push(`also claimed by ${ids(others)}`);
  const variant = own.variantOf?.(payload);
  if (entry.variant !== '' && variant !== entry.variant)
    problems.push(`variant ${variant} instead of ${entry.variant}`);
  problems.push(...checkEvent(own, payload).map((issue) => `schema: ${issue.path}: ${issue.message}`));
  return { ok: problems.length === 0, problems };
}

/**
 * Callers that hear back through another channel than the Lambda answer: a
 * custom resource's body is PUT to S3 (or, through the CDK provider
 * framework, is `onEvent`'s return value). Their labelled responses are
 * checked against those schemas; one of them must accept the payload.
 */
const otherChannelAnswers: Readonly<Record<string, readonly $ZodType[]>> = {
  cloudformation: [cloudformationResponseBodySchema, cloudformationResultSchema],
};

function judgeResponse(entry: CorpusEntry, payload: unknown): Verdict {
  const own = byId.get(entry.source);
  if (own === undefined) return { ok: true, problems: [] };
  const schemas = otherChannelAnswers[entry.source];
  if (schemas !== undefined) {
    const accepted = schemas.some((schema) => safeParse(schema, payload).success);
    return { ok: accepted, problems: accepted ? [] : [`answer: matches none of the ${entry.source} answer schemas`] };
  }
  const problems = checkResponse(own, payload).map((issue) => `response: ${issue.path}: ${issue.message}`);
  return { ok: problems.length === 0, problems };
}

function ids(sources: readonly Source[]): string {
  return sources.map((source) => source.id).join(', ');
}

const tally = new Map<string, { passed: number; total: number }>();
function count(entry: CorpusEntry, ok: boolean): void {
  const key = `${entry.kind} ${byId.has(entry.source) ? entry.source : '(not implemented / other)'}`;
  const row = tally.get(key) ?? { passed: 0, total: 0 };
  tally.set(key, { passed: row.passed + (ok ? 1 : 0), total: row.total + 1 });
}

if (!corpusAvailable) {
  const reason = `no corpus at ${corpusDir} (clone with ../shared beside the repository or set SWITCHBOARD_CORPUS)`;
  process.stderr.write(`corpus conformance skipped: ${reason}\n`);
  describe('corpus conformance', () => {
    it.skip(`skipped: ${reason}`, () => {});
  });
} else {
  const entries = readManifest().filter((entry) => entry.kind === 'event' || byId.has(entry.source));
  const judged = entries
    .filter((entry) => entry.kind !== 'other')
    .map((entry) => {
      const payload = readPayload(entry);
      return { entry, verdict: entry.kind === 'event' ? judgeEvent(entry, payload) : judgeResponse(entry, payload) };
    });

  describe('corpus conformance', () => {
    const regular = judged.filter(({ entry }) => corpusExceptions[entry.file] === undefined);
    it.each(
      regular.map(({ entry, verdict }) => [`${entry.kind} ${entry.source} ${entry.file}`, entry, verdict] as const),
    )('%s', (_name, entry, verdict) => {
      count(entry, verdict.ok);
      expect(verdict.problems).toEqual([]);
    });

    const exceptions = judged.filter(({ entry }) => corpusExceptions[entry.file] !== undefined);
    if (exceptions.length > 0) {
      it.each(exceptions.map(({ entry, verdict }) => [entry.file, corpusExceptions[entry.file], verdict] as const))(
        'still rejects %s, judged wrong: %s',
        (_file, _reason, verdict) => {
          expect(verdict.ok).toBe(false);
        },
      );
    }

    afterAll(() => {
      const rows = [...tally].sort(([a], [b]) => a.localeCompare(b));
      const lines = rows.map(([key, { passed, total }]) => `  ${key.padEnd(58)} ${passed}/${total}`);
      process.stdout.write(`\nCorpus conformance (${corpusDir}):\n${lines.join('\n')}\n`);
    });
  });
}
