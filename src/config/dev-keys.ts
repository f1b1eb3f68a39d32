import { hashKey } from '../pipeline/authenticate.js';
import type { Config } from './schema.js';

/**
 * The plaintext development keys printed in the shipped config/gateway.yaml and README. They are public,
 * so a gateway whose upstream is the real API must never accept them.
 */
export const SHIPPED_DEV_KEYS: readonly string[] = ['gw-dev-search-key', 'gw-dev-batch-key'];

const SHIPPED_HASHES = new Map(SHIPPED_DEV_KEYS.map((key) => [`sha256:${hashKey(key)}`, key]));

/** One problem per org that accepts a shipped development key while the upstream is not the simulator. */
export function devKeyProblems(config: Config, path: string): string[] {
  if (config.upstream.baseUrl === 'sim') return [];
  const problems: string[] = [];
  config.orgs.forEach((org, i) => {
    const found = org.keys.flatMap((hash) => SHIPPED_HASHES.get(hash) ?? []);
    if (found.length === 0) return;
    problems.push(
      `${path}: orgs.${i}.keys: org "${org.id}" accepts the shipped development key(s) ${found.map((k) => `"${k}"`).join(', ')}, ` +
        `which are public; the upstream is ${config.upstream.baseUrl}, not the simulator. Replace them with hashes of your own keys (gateway hash-key KEY)`,
    );
  });
  return problems;
}
