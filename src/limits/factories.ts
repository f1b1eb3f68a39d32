import { LocalBucket } from './bucket.js';
import type { LimiterFactory } from './limiter-set.js';
import type { RedisStore } from './redis-store.js';
import { LocalSlots } from './slots.js';
import { SharedBudget } from './shared-budget.js';

/** In-process limiters (the default store, and the fail-open fallback of the Redis store). */
export const localFactory: LimiterFactory = {
  bucket: (_org, _dimension, perMinute) => new LocalBucket(perMinute),
  slots: (_org, size) => new LocalSlots(size),
};

/** Budgets every replica shares: one `SharedBudget` per org, made when the org's limiters are. */
export function redisFactory(store: RedisStore, prefix: string, leaseMs: number): LimiterFactory {
  const budgets = new Map<string, SharedBudget>();
  const budgetOf = (org: string): SharedBudget => {
    let budget = budgets.get(org);
    if (!budget) budgets.set(org, (budget = new SharedBudget(store, prefix, org, leaseMs)));
    return budget;
  };
  return {
    bucket: (org, dimension, perMinute) => budgetOf(org).bucket(dimension, perMinute),
    slots: (org, size) => budgetOf(org).slots(size),
    atomic: budgetOf,
  };
}
