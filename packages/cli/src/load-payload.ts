import { ExitCode, type Io, worst } from './io.js';

/** A file read and parsed as JSON, or the reason it could not be. */
export type Loaded =
  | { readonly file: string; readonly ok: true; readonly payload: unknown }
  | { readonly file: string; readonly ok: false; readonly problem: string };

/**
 * Reads and parses every file at once, then hands each payload to `visit` in
 * the order of `files`. A file that fails is reported on stderr (exit 2) and
 * the others still go on. Returns the worst exit code.
 */
export async function eachPayload(
  io: Io,
  files: readonly string[],
  visit: (file: string, payload: unknown) => ExitCode,
): Promise<ExitCode> {
  const codes: ExitCode[] = [];
  for (const loaded of await Promise.all(files.map((file) => loadPayload(io, file)))) {
    if (loaded.ok) {
      codes.push(visit(loaded.file, loaded.payload));
    } else {
      io.stderr(`switchboard: ${loaded.file}: ${loaded.problem}`);
      codes.push(ExitCode.error);
    }
  }
  return worst(codes);
}

async function loadPayload(io: Io, file: string): Promise<Loaded> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return { file, ok: false, problem: `cannot read file (${describeReadError(error)})` };
  }
  try {
    return { file, ok: true, payload: JSON.parse(text) };
  } catch (error) {
    return { file, ok: false, problem: describeJsonError(text, error) };
  }
}

const readErrors: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file'],
  ['EACCES', 'permission denied'],
  ['EISDIR', 'is a directory'],
]);

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return 'read failed';
  return readErrors.get(code) ?? code;
}

/**
 * Says where the JSON broke without echoing the file: V8's own messages quote
 * the text around the error (`Unexpected token 'x', "...secret..." is not
 * valid JSON`), so only the position is kept.
 */
function describeJsonError(text: string, error: unknown): string {
  if (text.trim() === '') return 'invalid JSON (empty file)';
  const position = /at position (\d+)/.exec(String((error as { message?: unknown })?.message))?.[1];
  return position === undefined ? 'invalid JSON' : `invalid JSON at position ${position}`;
}
