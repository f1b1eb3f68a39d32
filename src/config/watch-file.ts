import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/**
 * Calls `onChange` (debounced) when the file changes. The directory is watched, not the file, because a
 * Kubernetes ConfigMap or Secret mount updates by swapping a `..data` symlink rather than writing the file.
 */
export function watchFile(path: string, onChange: () => void, debounceMs = 150): FSWatcher {
  const file = resolve(path);
  const name = basename(file);
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dirname(file), (_event, changed) => {
    if (changed !== null && changed !== name && changed !== '..data') return;
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  watcher.on('close', () => clearTimeout(timer));
  return watcher;
}
