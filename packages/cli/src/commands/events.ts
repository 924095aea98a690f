import type { Source } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { generateEvent, setValues } from '../events/event-spec.js';
import { ExitCode, type Io } from '../io.js';
import { UsageError } from '../usage-error.js';
import type { Command } from './command.js';

/**
 * `switchboard events list [--json]`: every built-in source, its invocation
 * type and variants. `switchboard events generate SOURCE[:VARIANT] [--set path=value]...`:
 * a sample event of that source (and variant), pretty-printed JSON.
 */
export const events: Command = {
  usage: [
    { synopsis: 'events list [--json]', summary: 'List the built-in sources: id, invocation type, variants.' },
    {
      synopsis: 'events generate SOURCE[:VARIANT] [--set path=value]...',
      summary: 'Print a sample event; --set a.b[0].c=value overrides a field (JSON when it parses).',
    },
  ],
  options: { json: { type: 'boolean' }, set: { type: 'string', multiple: true } },
  async run({ values, positionals }, io) {
    const [action, ...operands] = positionals;
    if (action === 'list') {
      if (operands.length > 0) throw new UsageError('list takes no operands');
      for (const source of allSources) printSource(io, values.json === true, source);
      return ExitCode.ok;
    }
    if (action === 'generate') {
      const [spec, ...extra] = operands;
      if (spec === undefined || extra.length > 0) throw new UsageError('generate takes exactly one SOURCE[:VARIANT]');
      io.stdout(JSON.stringify(generateEvent(spec, setValues(values.set)), null, 2));
      return ExitCode.ok;
    }
    throw new UsageError(action === undefined ? 'needs list or generate' : `unknown action "${action}"`);
  },
};

function printSource(io: Io, json: boolean, source: Source): void {
  const { id, invocation, variants, openVariants } = source;
  if (json) {
    io.stdout(JSON.stringify({ id, invocation, variants, openVariants }));
    return;
  }
  const listed = variants.length === 0 ? '-' : variants.join(',');
  io.stdout(`${id}\t${invocation}\t${openVariants ? `${listed},+any` : listed}`);
}
