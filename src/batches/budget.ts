import type { OrgConfig } from '../config/schema.js';
import { invalidRequest, rateLimited, type GatewayError } from '../errors.js';
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
  if (requests > limit) throw invalidRequest(`a batch of ${requests} requests exceeds budget.batch.requestsPerDay (${limit}) of org "${org.id}"`, 'GW_BATCH_TOO_LARGE');
  const day = utcDay(now);
  if (!(await fromStore(store.addDaily(org.id, day, requests, limit)))) {
    throw exhausted(metrics, org, 'batch_requests_per_day', `${limit} requests per UTC day`, now);
  }
  return async () => {
    await store.addDaily(org.id, day, -requests, Number.MAX_SAFE_INTEGER).catch(() => undefined);
  };
}

/** The day's batch spend, in micro-dollars, kept in the same daily counters as the request count. */
const usdCounter = (now: number): string => `${utcDay(now)}:usd-micro`;
const MICRO = 1_000_000;

/**
 * `budget.batch.usdDaily`: once the batch answers the org read today have cost that much (at the batch price,
 * counted as results are read), new batches are refused with 429 until the next UTC day.
 */
export async function admitBatchUsd(store: OwnershipStore, metrics: GatewayMetrics, org: OrgConfig, now = Date.now()): Promise<void> {
  const limit = org.budget?.batch?.usdDaily;
  if (limit === undefined) return;
  if (await fromStore(store.addDaily(org.id, usdCounter(now), 0, Math.round(limit * MICRO) - 1))) return;
  throw exhausted(metrics, org, 'batch_usd_daily', `$${limit} of batch answers per UTC day`, now);
}

/** Adds a batch's cost to the org's batch spend of the day (kept only for orgs with `usdDaily`). */
export async function recordBatchSpend(store: OwnershipStore, org: OrgConfig, usd: number, now = Date.now()): Promise<void> {
  if (org.budget?.batch?.usdDaily === undefined || usd <= 0) return;
  await fromStore(store.addDaily(org.id, usdCounter(now), Math.round(usd * MICRO), Number.MAX_SAFE_INTEGER));
}

const utcDay = (now: number): string => new Date(now).toISOString().slice(0, 10);

function exhausted(metrics: GatewayMetrics, org: OrgConfig, limit: string, what: string, now: number): GatewayError {
  metrics.rateLimitRejections.inc({ org: org.id, limit });
  const resetInMs = DAY_MS - (now % DAY_MS);
  return rateLimited(`Batch budget exhausted: ${what} for org "${org.id}"; resets at ${new Date(now + resetInMs).toISOString()}`, {
    'retry-after': String(Math.ceil(resetInMs / 1000)),
  }, 'GW_BATCH_BUDGET_EXCEEDED');
}
