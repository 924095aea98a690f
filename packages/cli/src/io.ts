/** Everything the CLI touches outside itself. Tests pass a fake that captures lines. */
export interface Io {
  readFile(path: string): Promise<string>;
  /** Writes one line (the newline is added by the implementation). */
  stdout(line: string): void;
  stderr(line: string): void;
}

/**
 * Exit codes, shared by every command: 2 wins over 1, so `worst` of a run's
 * codes is its exit code.
 */
export const ExitCode = {
  ok: 0,
  /** A payload failed its check, or no source claims it. */
  failed: 1,
  /** A usage mistake, or a file that could not be read or parsed. */
  error: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit code of a run made of steps with these codes. */
export function worst(codes: Iterable<ExitCode>): ExitCode {
  let result: ExitCode = ExitCode.ok;
  for (const code of codes) if (code > result) result = code;
  return result;
}
