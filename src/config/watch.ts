import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Logger } from '../logger.js';
import { ConfigError, loadConfigFile } from './load.js';
import type { Config } from './schema.js';

/**
 * How long the file must stay unchanged before it is read: an editor or `cat > file` writes in pieces, and a
 * piece that happens to be valid YAML (the first orgs of the list, say) must not be applied on its own.
 */
const QUIET_MS = 1_000;

/**
 * Re-reads the config file when it changes and hands a validated config to `apply`. An invalid file is
 * refused with a log line and the running config stays. The directory is watched, not the file, because a
 * Kubernetes ConfigMap mount updates by swapping a `..data` symlink rather than writing the file.
 */
export function watchConfig(
  path: string,
  apply: (config: Config) => Promise<void>,
  deps: { logger: Logger; onResult?: (result: 'applied' | 'rejected') => void; quietMs?: number },
): FSWatcher {
  const file = resolve(path);
  const name = basename(file);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();

  const reload = (): void => {
    running = running.then(async () => {
      try {
        const config = loadConfigFile(file);
        await apply(config);
        deps.logger.info({ path: file }, 'config reloaded');
        deps.onResult?.('applied');
      } catch (err) {
        const problems = err instanceof ConfigError ? err.problems : [String(err)];
        deps.logger.error({ path: file, problems }, 'config reload refused; keeping the running config');
        deps.onResult?.('rejected');
      }
    });
  };

  const watcher = watch(dirname(file), (_event, changed) => {
    if (changed !== null && changed !== name && changed !== '..data') return;
    clearTimeout(timer);
    timer = setTimeout(reload, deps.quietMs ?? QUIET_MS);
  });
  watcher.on('close', () => clearTimeout(timer));
  return watcher;
}
