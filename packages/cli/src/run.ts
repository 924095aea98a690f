import { parseCommandArgs } from './args.js';
import { commands } from './commands/index.js';
import { ExitCode, type Io } from './io.js';
import { commandUsageLines, usageLines } from './usage.js';
import { UsageError } from './usage-error.js';

/**
 * Runs one `switchboard` command line and returns its exit code. Pure apart
 * from `io`, so tests run it in-process.
 *
 * @example
 * const code = await run(['detect', 'event.json'], { readFile, stdout: console.log, stderr: console.error })
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') return printLines(io.stdout, usageLines(), ExitCode.ok);
  // Nothing to do is a mistake in a script: the usage goes to stderr, with exit 2.
  if (name === undefined) return printLines(io.stderr, usageLines(), ExitCode.error);
  const command = commands.get(name);
  if (command === undefined) {
    io.stderr(`switchboard: unknown command "${name}"`);
    return printLines(io.stderr, usageLines(), ExitCode.error);
  }
  try {
    const args = parseCommandArgs(command.options, rest);
    if (args.values.help === true) return printLines(io.stdout, commandUsageLines(command), ExitCode.ok);
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`switchboard ${name}: ${error.message}`);
    io.stderr(`Run "switchboard ${name} --help" for usage.`);
    return ExitCode.error;
  }
}

function printLines(write: (line: string) => void, lines: readonly string[], code: ExitCode): ExitCode {
  for (const line of lines) write(line);
  return code;
}
