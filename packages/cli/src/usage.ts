import { allSources } from '@switchboard/sources';
import { type Command, commands, type UsageLine } from './commands/index.js';

/** The text of `switchboard --help`, built from the command table and the built-in sources. */
export function usageLines(): string[] {
  return [
    'switchboard: tell which AWS service sent a Lambda event, and check events and responses',
    "against that source's schemas.",
    '',
    'Usage:',
    ...[...commands.values()].flatMap((command) => command.usage.flatMap(toUsageLines)),
    ...footerLines(),
  ];
}

/** The text of `switchboard COMMAND --help`. */
export function commandUsageLines(command: Command): string[] {
  return ['Usage:', ...command.usage.flatMap(toUsageLines), ...footerLines()];
}

function toUsageLines({ synopsis, summary }: UsageLine): string[] {
  return [`  switchboard ${synopsis}`, `      ${summary}`];
}

function footerLines(): string[] {
  return [
    '',
    'Options:',
    '  --json       one JSON object per line instead of tab-separated text',
    '  -h, --help   show this help',
    '',
    'Output: one line per file, FILE<TAB>SOURCE<TAB>..., where "-" is no variant and',
    '"unknown" is an event no built-in source claims.',
    'Exit status: 0 every file passed, 1 a file is invalid or unknown,',
    '2 a usage error or a file that cannot be read or is not JSON.',
    '',
    // Ids only: variant lists run long (eventbridge has dozens); a bad variant's error lists them.
    `Sources: ${allSources.map((source) => source.id).join(', ')}`,
  ];
}
