import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '@switchboard/cli';

/** What one in-process run printed, and its exit code. */
export interface Ran {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

/** Runs the CLI in-process with real file reads and captured output lines. */
export async function runCli(...argv: string[]): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    readFile: (path) => readFile(path, 'utf8'),
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  });
  return { code, out, err };
}

/** A temporary directory for one test file's payloads. */
export interface TempDir {
  /** Writes `content` (JSON-encoded unless already a string) and returns the file's path. */
  write(name: string, content: unknown): Promise<string>;
  path(name: string): string;
  remove(): Promise<void>;
}

export async function makeTempDir(): Promise<TempDir> {
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-cli-'));
  return {
    async write(name, content) {
      const path = join(dir, name);
      await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    },
    path: (name) => join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A value that must never appear in the CLI's output. */
export const secret = 'sk_live_51H-DO-NOT-PRINT-ME';

/** An event no built-in source claims, carrying the secret in a value. */
export const unclaimedEvent = { orderRef: 'o-1', apiKey: secret, nested: { token: secret } };
