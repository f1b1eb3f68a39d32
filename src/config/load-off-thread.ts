import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigError, deepFreeze, loadConfigFile } from './load.js';
import type { Config } from './schema.js';

type Outcome = { ok: true; json: string } | { ok: false; problems: string[] };

/**
 * `loadConfigFile` in a worker thread. A config of 10,000 orgs takes seconds to parse (YAML, then zod) and
 * a few hundred MB of heap at its peak: in this thread that would stop every request for as long, and keep
 * the heap. Only the result comes back, as JSON (parsed and frozen here in about 30 ms for 10,000 orgs). From the TypeScript sources
 * (tests), where there is no compiled worker, it loads in this thread.
 */
export function loadConfigFileOffThread(path: string): Promise<Config> {
  const script = new URL('./load-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) return Promise.resolve().then(() => loadConfigFile(path));
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { path } });
    worker.once('message', (outcome: Outcome) => {
      if (outcome.ok) resolve(deepFreeze(JSON.parse(outcome.json) as Config));
      else reject(new ConfigError(outcome.problems));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the config loader stopped (exit ${code}) without an answer`)));
  });
}
