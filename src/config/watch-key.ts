import type { FSWatcher } from 'node:fs';
import type { Logger } from '../logger.js';
import { ConfigError, readKeyFile } from './load.js';
import { watchFile } from './watch-file.js';

/**
 * Key rotation without a restart: when the key comes from ANTHROPIC_API_KEY_FILE (a Kubernetes Secret volume
 * swaps the file when the Secret changes), a changed file replaces the key for the next upstream calls. An empty
 * or unreadable file keeps the old key. The key itself is never logged.
 */
export function watchApiKeyFile(
  env: Readonly<Record<string, string | undefined>>,
  target: { readonly apiKey: string | undefined; setApiKey(key: string): void },
  logger: Logger,
): FSWatcher[] {
  const path = env.ANTHROPIC_API_KEY_FILE;
  if (!path || env.ANTHROPIC_API_KEY?.trim()) return [];
  const reread = (): void => {
    try {
      const key = readKeyFile(path);
      if (key === '') return logger.error({ path }, 'ANTHROPIC_API_KEY_FILE is empty; keeping the current key');
      if (key === target.apiKey) return;
      target.setApiKey(key);
      logger.info({ path }, 'Anthropic API key reloaded from ANTHROPIC_API_KEY_FILE');
    } catch (err) {
      logger.error({ path, problems: err instanceof ConfigError ? err.problems : [String(err)] }, 'ANTHROPIC_API_KEY_FILE unreadable; keeping the current key');
    }
  };
  return [watchFile(path, reread)];
}
