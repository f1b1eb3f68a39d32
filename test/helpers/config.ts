import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { hashKey } from '../../src/pipeline/authenticate.js';

/** Plaintext org keys used by the tests; the config holds only their hashes. */
export const KEYS = { search: 'test-key-search', batch: 'test-key-batch', tiny: 'test-key-tiny' } as const;

export const MODELS = { haiku: 'claude-haiku-4-5', sonnet: 'claude-sonnet-4-6', opus: 'claude-opus-4-7' } as const;

type Json = Record<string, unknown>;

/** A full test config (simulator upstream, three orgs), with sections replaced by `overrides`. */
export function testConfig(overrides: Json = {}, env: Record<string, string | undefined> = {}): Config {
  const base: Json = {
    server: { port: 0, host: '127.0.0.1' },
    upstream: { baseUrl: 'sim' },
    models: {
      haiku: { id: MODELS.haiku, price: { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 } },
      sonnet: { id: MODELS.sonnet, price: { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 } },
      opus: { id: MODELS.opus, price: { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 } },
    },
    orgs: [
      { id: 'search', keys: [`sha256:${hashKey(KEYS.search)}`] },
      {
        id: 'batch',
        keys: [`sha256:${hashKey(KEYS.batch)}`],
        policy: { minTier: 'haiku', maxTier: 'sonnet', fallback: false },
      },
      { id: 'tiny', keys: [`sha256:${hashKey(KEYS.tiny)}`], budget: { rpm: 3, maxQueueMs: 0 } },
    ],
  };
  return parseConfig(JSON.stringify({ ...base, ...overrides }), env);
}
