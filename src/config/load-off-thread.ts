import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigError, deepFreeze, loadConfigFile } from './load.js';
import type { Config, OrgConfig } from './schema.js';

/** What loading posts back: the config as JSON text with its orgs one text each, or the problems found. */
export type LoadOutcome = { ok: true; rest: string; orgs: string[] } | { ok: false; problems: string[] };

/** Loads the file (in the worker): JSON text rather than objects, read back in a third of a structured clone's time. */
export function loadOutcome(path: string): LoadOutcome {
  try {
    const config = loadConfigFile(path);
    return { ok: true, rest: JSON.stringify({ ...config, orgs: [] }), orgs: config.orgs.map((org) => JSON.stringify(org)) };
  } catch (err) {
    return { ok: false, problems: err instanceof ConfigError ? err.problems : [String(err)] };
  }
}

/**
 * Loads the config file in a worker thread. A config of 10,000 orgs takes a fraction of a second to a few
 * seconds to parse (YAML, then zod) and a few hundred MB of heap at its peak: in this thread that would stop
 * every request for as long.
 *
 * Each org comes back as its own JSON text. An org whose text is the same as at the previous load is the same
 * frozen object as then, so a reload that changes one org of 10,000 parses and freezes one org here, and
 * what compares orgs by identity (`compileConfig`, the budgets) passes over the others. From the TypeScript
 * sources (tests), where there is no compiled worker, it loads in this thread.
 */
export class ConfigLoader {
  private orgsByText = new Map<string, OrgConfig>();

  load(path: string): Promise<Config> {
    const script = new URL('./load-worker.js', import.meta.url);
    if (!existsSync(fileURLToPath(script))) return Promise.resolve().then(() => this.assemble(loadOutcome(path)));
    return new Promise((resolve, reject) => {
      const worker = new Worker(script, { workerData: { path } });
      worker.once('message', (outcome: LoadOutcome) => {
        try {
          resolve(this.assemble(outcome));
        } catch (err) {
          reject(err);
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the config loader stopped (exit ${code}) without an answer`)));
    });
  }

  private assemble(outcome: LoadOutcome): Config {
    if (!outcome.ok) throw new ConfigError(outcome.problems);
    const next = new Map<string, OrgConfig>();
    const orgs = outcome.orgs.map((text) => {
      const org = this.orgsByText.get(text) ?? deepFreeze(JSON.parse(text) as OrgConfig);
      next.set(text, org);
      return org;
    });
    this.orgsByText = next;
    const config = JSON.parse(outcome.rest) as { orgs: readonly OrgConfig[] };
    config.orgs = orgs;
    return deepFreeze(config as unknown as Config);
  }
}
