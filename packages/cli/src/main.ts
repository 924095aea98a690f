import { readFile } from 'node:fs/promises';
import { toError } from '@switchboard/core';
import type { Io } from './io.js';
import { run } from './run.js';

/** The real world: files from disk, lines to the process's stdout and stderr. */
const nodeIo: Io = {
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/**
 * The `switchboard` command: runs `argv` (without node and the script) and
 * sets `process.exitCode`, so pending output is flushed before node exits.
 *
 * @example
 * await main(process.argv.slice(2))
 */
export async function main(argv: readonly string[]): Promise<void> {
  stopQuietlyOnClosedPipe();
  try {
    process.exitCode = await run(argv, nodeIo);
  } catch (thrown) {
    // A bug, not a user mistake: one line, no stack trace.
    nodeIo.stderr(`switchboard: internal error: ${toError(thrown).message}`);
    process.exitCode = 70;
  }
}

/**
 * `switchboard events list | head` closes the pipe before the list ends: the
 * next write fails with EPIPE. Like any Unix filter, stop there quietly, with
 * no stack trace; other stream errors are still thrown.
 */
function stopQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
