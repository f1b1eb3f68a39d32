import type { FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import { ConfigError } from './load.js';
import { ConfigLoader } from './load-off-thread.js';
import type { Config } from './schema.js';
import { watchFile } from './watch-file.js';

/** What applying a config reports: the changed keys that only a restart can apply. */
export interface ReloadOutcome {
  readonly restartRequired: readonly string[];
}

/**
 * How long the file must stay unchanged before it is read: an editor or `cat > file` writes in pieces, and a
 * piece that happens to be valid YAML (the first orgs of the list, say) must not be applied on its own.
 */
const QUIET_MS = 1_000;

/**
 * Re-reads the config file when it changes and hands a validated config to `apply`. An invalid file is
 * refused with a log line and the running config stays.
 */
export function watchConfig(
  path: string,
  apply: (config: Config) => Promise<ReloadOutcome>,
  deps: { logger: Logger; onResult?: (result: 'applied' | 'rejected') => void; quietMs?: number; loader?: ConfigLoader },
): FSWatcher {
  const file = resolve(path);
  const loader = deps.loader ?? new ConfigLoader();
  let running = Promise.resolve();

  const reload = (): void => {
    running = running.then(async () => {
      try {
        const next = await loader.load(file);
        await nextTurn(); // requests waiting since the load's last step go first: two short pauses, not one longer
        const { restartRequired } = await apply(next);
        if (restartRequired.length === 0) deps.logger.info({ path: file }, 'config reloaded');
        else deps.logger.warn({ path: file, restartRequired }, `config reloaded, except what needs a restart: ${restartRequired.join(', ')}`);
        deps.onResult?.('applied');
      } catch (err) {
        const problems = err instanceof ConfigError ? err.problems : [String(err)];
        deps.logger.error({ path: file, problems }, 'config reload refused; keeping the running config');
        deps.onResult?.('rejected');
      }
    });
  };
  return watchFile(file, reload, deps.quietMs ?? QUIET_MS);
}
