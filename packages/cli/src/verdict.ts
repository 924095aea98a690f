import type { ValidationIssue } from '@switchboard/core';
import { ExitCode, type Io } from './io.js';

/** The outcome of checking one file: valid when it has no issues. */
export interface Verdict {
  readonly file: string;
  readonly source: string;
  readonly issues: readonly ValidationIssue[];
}

/**
 * Prints `FILE<TAB>SOURCE<TAB>valid`, `FILE<TAB>SOURCE<TAB>invalid<TAB>path: message; ...`
 * or, with `json`, `{"file","source","valid","issues"}`. Returns the file's exit code.
 */
export function printVerdict(io: Io, json: boolean, { file, source, issues }: Verdict): ExitCode {
  const valid = issues.length === 0;
  if (json) io.stdout(JSON.stringify({ file, source, valid, issues }));
  else if (valid) io.stdout(`${file}\t${source}\tvalid`);
  else io.stdout(`${file}\t${source}\tinvalid\t${issues.map(formatIssue).join('; ')}`);
  return valid ? ExitCode.ok : ExitCode.failed;
}

function formatIssue({ path, message }: ValidationIssue): string {
  return `${path === '' ? '(root)' : path}: ${message}`;
}
