import { allSources } from '@switchboard/sources';
import { detectPayload } from '../detect-payload.js';
import { ExitCode, type Io } from '../io.js';
import { eachPayload } from '../load-payload.js';
import { requireFiles } from '../operands.js';
import type { Command } from './command.js';

/**
 * `switchboard detect [--json] FILE...`: one line per file,
 * `FILE<TAB>SOURCE<TAB>VARIANT` (`-` for no variant, `unknown` when no
 * built-in source claims the event), or `{"file","source","variant"}`.
 */
export const detect: Command = {
  usage: [{ synopsis: 'detect [--json] FILE...', summary: 'Print the source and variant of each event.' }],
  options: { json: { type: 'boolean' } },
  run({ values, positionals }, io) {
    const json = values.json === true;
    return eachPayload(io, requireFiles(positionals, 'detect'), (file, payload) => {
      printDetection(io, json, file, payload);
      return ExitCode.ok;
    });
  },
};

function printDetection(io: Io, json: boolean, file: string, payload: unknown): void {
  const match = detectPayload(payload, allSources);
  const source = match?.source.id ?? 'unknown';
  const variant = match?.variant;
  if (json) io.stdout(JSON.stringify({ file, source, variant: variant ?? null }));
  else io.stdout(`${file}\t${source}\t${variant ?? '-'}`);
}
