import { Counter, Gauge, type Registry } from 'prom-client';
import { SummedCounter } from '../metrics/summed-counter.js';

/** The money metrics (docs/metrics.md), on the gateway's one Registry. */
export interface MoneyMetrics {
  readonly spent: Gauge<'org' | 'window'>;
  readonly limit: Gauge<'org' | 'window'>;
  readonly featureCost: SummedCounter<'org' | 'feature' | 'model'>;
  readonly featureTokens: SummedCounter<'org' | 'feature' | 'type'>;
  readonly downgrades: Counter<'org' | 'tier'>;
  readonly refusals: Counter<'org' | 'limit'>;
  /** Sets what fills `gateway_budget_spent_usd` at each scrape (the store's current windows). */
  readSpentWith(refresh: (gauge: Gauge<'org' | 'window'>) => Promise<void>): void;
}

const byRegistry = new WeakMap<Registry, MoneyMetrics>();

/** The money metrics on `registry`, created once per registry (createMetrics registers them up front). */
export function createMoneyMetrics(registry: Registry): MoneyMetrics {
  const existing = byRegistry.get(registry);
  if (existing) return existing;
  const registers = [registry];
  let refresh: ((gauge: Gauge<'org' | 'window'>) => Promise<void>) | undefined;
  const metrics: MoneyMetrics = {
    spent: new Gauge({
      name: 'gateway_budget_spent_usd',
      help: 'USD an org has spent in the current UTC window, settled, read from the spend store at each scrape (shared with Redis).',
      labelNames: ['org', 'window'],
      registers,
      async collect() {
        await refresh?.(this);
      },
    }),
    limit: new Gauge({ name: 'gateway_budget_limit_usd', help: "An org's USD limit per window.", labelNames: ['org', 'window'], registers }),
    featureCost: new SummedCounter({
      name: 'gateway_feature_cost_usd_total',
      help: "Cost in USD at the catalogue's prices, by org, feature (x-gateway-feature, else other) and model.",
      labelNames: ['org', 'feature', 'model'],
      registers,
    }),
    featureTokens: new SummedCounter({
      name: 'gateway_feature_tokens_total',
      help: 'Tokens by org, feature and kind (input, output, cache_read, cache_write).',
      labelNames: ['org', 'feature', 'type'],
      registers,
    }),
    downgrades: new Counter({
      name: 'gateway_budget_downgrades_total',
      help: "Requests whose tier ceiling was lowered by the org's policy.downgrade marks, by the ceiling applied.",
      labelNames: ['org', 'tier'],
      registers,
    }),
    refusals: new Counter({
      name: 'gateway_budget_refusals_total',
      help: 'Requests refused by a USD limit or a runaway-loop guard, by limit (daily, monthly, feature_daily, feature_monthly, conversation, tool_turns).',
      labelNames: ['org', 'limit'],
      registers,
    }),
    readSpentWith(fn) {
      refresh = fn;
    },
  };
  byRegistry.set(registry, metrics);
  return metrics;
}
