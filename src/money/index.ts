import type { Config } from '../config/schema.js';
import type { Logger } from '../logger.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { UsdBudgets } from './budget.js';
import { createMoneyMetrics, type MoneyMetrics } from './metrics.js';
import { RedisSpendStore } from './redis-spend.js';
import { SqliteSpendStore } from './sqlite-spend.js';
import { MemorySpendStore, type SpendStore } from './store.js';
import type { Clock } from './windows.js';

export interface Money {
  readonly budgets: UsdBudgets;
  readonly metrics: MoneyMetrics;
}

/**
 * The spend store the config names: Redis (`limits.redis`, shared and durable), else SQLite under `server.dataDir`
 * (one replica, durable), else this process's memory.
 */
export function spendStoreFor(config: Config, options: { readonly?: boolean } = {}): SpendStore {
  const redis = config.limits.redis;
  const dataDir = config.server.dataDir;
  if (!redis && dataDir !== undefined) return new SqliteSpendStore(dataDir, options);
  // An unsettled reservation (its gateway died) stops holding budget once no request could still be running.
  const holdMinutes = Math.ceil(config.upstream.timeoutMs / 60_000) + 1;
  return redis ? new RedisSpendStore(redis, redis.prefix, holdMinutes) : new MemorySpendStore();
}

export function createMoney(config: Config, deps: { metrics: GatewayMetrics; logger: Logger; now?: Clock }): Money {
  const metrics = createMoneyMetrics(deps.metrics.registry);
  const budgets = new UsdBudgets(spendStoreFor(config), config, { metrics, logger: deps.logger, now: deps.now ?? Date.now });
  return { budgets, metrics };
}
