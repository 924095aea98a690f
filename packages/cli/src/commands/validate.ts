import { checkEvent, checkResponse, type DescribedSource } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { detectPayload } from '../detect-payload.js';
import { toUnclaimedIssue } from '../event-shape.js';
import { eachPayload } from '../load-payload.js';
import { requireFiles } from '../operands.js';
import { toResponseSource } from '../response-source.js';
import { printVerdict, type Verdict } from '../verdict.js';
import type { Command } from './command.js';

/**
 * `switchboard validate [--json] FILE...`: detect each event, then check it
 * against its source's event schema. With `--response SOURCE[:VARIANT]`, check
 * each file as the answer that source's caller reads instead.
 * Exit 1 when a file is invalid or unclaimed, 2 when one could not be read.
 */
export const validate: Command = {
  usage: [
    { synopsis: 'validate [--json] FILE...', summary: "Check each event against its source's event schema." },
    {
      synopsis: 'validate --response SOURCE[:VARIANT] [--json] FILE...',
      summary: "Check each file as a response to SOURCE's caller.",
    },
  ],
  options: { json: { type: 'boolean' }, response: { type: 'string' } },
  run({ values, positionals }, io) {
    const json = values.json === true;
    // The --response source is checked before any file is read: a typo fails fast.
    const target = typeof values.response === 'string' ? toResponseSource(values.response, allSources) : undefined;
    const check = target === undefined ? checkAsEvent : checkAsResponseTo(target);
    return eachPayload(io, requireFiles(positionals, 'validate'), (file, payload) =>
      printVerdict(io, json, check(file, payload)),
    );
  },
};

function checkAsEvent(file: string, event: unknown): Verdict {
  const match = detectPayload(event, allSources);
  if (match === undefined) return { file, source: 'unknown', issues: [toUnclaimedIssue(event)] };
  return { file, source: match.source.id, issues: checkEvent(match.source, event) };
}

function checkAsResponseTo(source: DescribedSource): (file: string, answer: unknown) => Verdict {
  return (file, answer) => ({ file, source: source.id, issues: checkResponse(source, answer) });
}
