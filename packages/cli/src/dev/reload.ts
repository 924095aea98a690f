import { type FSWatcher, watch } from 'node:fs';

/**
 * Calls `onChange` once per burst of file changes under `directory`
 * (recursive, `node_modules` ignored), after `delayMs` of quiet. Returns the
 * watcher's close.
 */
export function watchDirectory(directory: string, onChange: () => void, delayMs = 100): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(directory, { recursive: true }, (_event, file) => {
    if (file !== null && String(file).split(/[\\/]/).includes('node_modules')) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  watcher.on('error', () => undefined);
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
