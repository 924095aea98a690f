import type { CommandArgs, OptionsConfig } from '../args.js';
import type { ExitCode, Io } from '../io.js';

/** One line of a command's usage: what to type, and what it does. */
export interface UsageLine {
  readonly synopsis: string;
  readonly summary: string;
}

/** A `switchboard` subcommand: its usage, its options (for `util.parseArgs`), and what it does. */
export interface Command {
  readonly usage: readonly UsageLine[];
  readonly options: OptionsConfig;
  run(args: CommandArgs, io: Io): Promise<ExitCode>;
}
