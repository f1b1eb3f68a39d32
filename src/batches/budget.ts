import type { OrgConfig } from '../config/schema.js';
import { invalidRequest, rateLimited } from '../errors.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { fromStore } from '../ownership/guard.js';
import type { OwnershipStore } from '../ownership/store.js';

const DAY_MS = 86_400_000;

/**
 * `budget.batch.requestsPerDay`: the requests (batch items) an org may submit per UTC day, counted in the
 * ownership store (so across replicas with Redis, and across restarts). Returns the refund to call
 * when the upstream refuses the batch after all.
 */
export async function admitBatch(
  store: OwnershipStore,
  metrics: GatewayMetrics,
  org: OrgConfig,
  requests: number,
  now = Date.now(),
): Promise<() => Promise<void>> {
  const limit = org.budget?.batch?.requestsPerDay;
  if (limit === undefined) return async () => undefined;
  if (requests > limit) throw invalidRequest(`a batch of ${requests} requests exceeds budget.batch.requestsPerDay (${limit}) of org "${org.id}"`);
  const day = new Date(now).toISOString().slice(0, 10);
  if (!(await fromStore(store.addDaily(org.id, day, requests, limit)))) {
    metrics.rateLimitRejections.inc({ org: org.id, limit: 'batch_requests_per_day' });
    const resetInMs = DAY_MS - (now % DAY_MS);
    throw rateLimited(`Batch budget exhausted: ${limit} requests per UTC day for org "${org.id}"; resets at ${new Date(now + resetInMs).toISOString()}`, {
      'retry-after': String(Math.ceil(resetInMs / 1000)),
    });
  }
  return async () => {
    await store.addDaily(org.id, day, -requests, Number.MAX_SAFE_INTEGER).catch(() => undefined);
  };
}
