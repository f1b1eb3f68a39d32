import { configSchema, type Budget, type Config } from '../../src/config/schema.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics, type GatewayMetrics } from '../../src/metrics/registry.js';
import { OrgLimits } from '../../src/limits/org-limits.js';

export const MODEL_IDS = { haiku: 'claude-haiku-4-5', sonnet: 'claude-sonnet-4-6', opus: 'claude-opus-4-7' } as const;
const KEY = `sha256:${'0'.repeat(64)}`;

type BudgetInput = Partial<Budget>;

export interface LimitsConfigOptions {
  orgs: Record<string, BudgetInput | undefined>;
  redis?: { url: string; prefix?: string };
  onStoreFailure?: 'open' | 'closed';
  replicas?: number;
  upstreamLimits?: Partial<Record<keyof typeof MODEL_IDS, { rpm?: number; itpm?: number; otpm?: number }>>;
}

/** A valid, parsed Config with just what the limits read. */
export function limitsConfig(options: LimitsConfigOptions): Config {
  const price = { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 };
  const model = (tier: keyof typeof MODEL_IDS) => ({
    id: MODEL_IDS[tier],
    price,
    ...(options.upstreamLimits?.[tier] ? { upstreamLimits: options.upstreamLimits[tier] } : {}),
  });
  return configSchema.parse({
    models: { haiku: model('haiku'), sonnet: model('sonnet'), opus: model('opus') },
    limits: {
      ...(options.redis ? { redis: options.redis } : {}),
      onStoreFailure: options.onStoreFailure ?? 'open',
      replicas: options.replicas ?? 1,
    },
    orgs: Object.entries(options.orgs).map(([id, budget]) => ({ id, keys: [KEY], ...(budget ? { budget } : {}) })),
  });
}

export const org = (config: Config, id: string) => {
  const found = config.orgs.find((o) => o.id === id);
  if (!found) throw new Error(`no org ${id}`);
  return found;
};

export interface Harness {
  limits: OrgLimits;
  metrics: GatewayMetrics;
  config: Config;
}

export function harness(config: Config): Harness {
  const metrics = createMetrics({ defaultMetrics: false });
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'silent' });
  return { limits: new OrgLimits(config, { metrics, logger }), metrics, config };
}

/** The value of a labelled counter or gauge, 0 when absent. */
export async function metricValue(metrics: GatewayMetrics, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = metrics.registry.getSingleMetric(name);
  if (!metric) return 0;
  const { values } = await metric.get();
  const match = values.find((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val));
  return match?.value ?? 0;
}
