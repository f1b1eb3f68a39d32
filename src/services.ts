import { compileConfig, type CompiledConfig } from './config/compiled.js';
import type { Config } from './config/schema.js';
import { OrgLimits, UpstreamLimits } from './limits/index.js';
import type { Logger } from './logger.js';
import type { GatewayMetrics } from './metrics/registry.js';
import { createMoney, type Money } from './money/index.js';
import { StickyRoutes } from './routing/sticky.js';
import { Breakers } from './upstream/breakers.js';
import { UpstreamClient } from './upstream/client.js';
import { FallbackBudget } from './upstream/fallback-budget.js';

/**
 * The long-lived parts every request shares. A request takes `current()` once at arrival and keeps
 * that snapshot; `reload` swaps in a new one for later requests without disturbing those in flight.
 */
export interface Services {
  readonly logger: Logger;
  readonly metrics: GatewayMetrics;
  readonly upstream: UpstreamClient;
  readonly apiKey: string | undefined;
  readonly limits: OrgLimits;
  readonly upstreamLimits: UpstreamLimits;
  readonly breakers: Breakers;
  readonly fallbackBudget: FallbackBudget;
  readonly sticky: StickyRoutes;
  /** USD limits, the spend ledger and their metrics (docs/money.md). */
  readonly money: Money;
  current(): CompiledConfig;
  reload(config: Config): Promise<void>;
  readonly draining: boolean;
  startDraining(): void;
  close(): Promise<void>;
}

export interface ServiceOptions {
  readonly config: Config;
  readonly upstreamUrl: string;
  readonly apiKey: string | undefined;
  readonly logger: Logger;
  readonly metrics: GatewayMetrics;
}

export function createServices(options: ServiceOptions): Services {
  const { logger, metrics } = options;
  let compiled = compileConfig(options.config);
  let draining = false;
  const deps = { logger, metrics };
  const limits = new OrgLimits(options.config, deps);
  const upstreamLimits = new UpstreamLimits(options.config, deps);
  const breakers = new Breakers(options.config, deps);
  const fallbackBudget = new FallbackBudget(options.config.fallback.budget);
  const upstream = new UpstreamClient(options.upstreamUrl, options.config.upstream.connections);
  const money = createMoney(options.config, deps);

  return {
    logger,
    metrics,
    upstream,
    apiKey: options.apiKey,
    limits,
    upstreamLimits,
    breakers,
    fallbackBudget,
    sticky: new StickyRoutes(options.config.routing.stickyCacheSize),
    money,
    current: () => compiled,
    async reload(config) {
      await limits.reload(config);
      upstreamLimits.reload(config);
      breakers.reload(config);
      fallbackBudget.reload(config.fallback.budget);
      money.budgets.reload(config);
      compiled = compileConfig(config);
    },
    get draining() {
      return draining;
    },
    startDraining() {
      draining = true;
    },
    async close() {
      breakers.shutdown();
      await Promise.allSettled([limits.close(), upstream.close(), money.budgets.close()]);
    },
  };
}
