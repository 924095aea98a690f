import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** A command's parsed command line: option values by long name, then the operands. */
export interface CommandArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

const helpOption = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Parses a command's arguments with node's own `util.parseArgs` (strict:
 * unknown options are usage errors); every command also takes `-h/--help`.
 * `--` ends the options, so a file named `-x` can still be passed.
 */
export function parseCommandArgs(options: OptionsConfig, argv: readonly string[]): CommandArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, ...helpOption },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    // parseArgs throws TypeErrors coded ERR_PARSE_ARGS_*, whose messages name the option.
    if (isParseArgsError(error)) throw new UsageError(error.message);
    throw error;
  }
}

// Duck-typed, not `instanceof`: node's errors come from another realm under jest's vm modules.
function isParseArgsError(error: unknown): error is { code: string; message: string } {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_') && typeof message === 'string';
}
