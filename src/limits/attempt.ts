import { LocalBucket, refillPerSecond, secondsUntil } from './bucket.js';
import { addRateLimitHeaders, type Levels } from './headers.js';
import type { LimiterSet } from './limiter-set.js';
import { LocalSlots, type SlotLease } from './slots.js';
import type { Amounts, LimitDimension, TokenDimension } from './types.js';

export type Refusal = {
  ok: false;
  levels: Levels;
  /** The dimension that refused: the one that will take longest to have room. */
  blocked: LimitDimension;
  /** When trying again may succeed. */
  waitMs: number;
  /** When the refused amounts will all be there, in whole seconds (the 429's retry-after). */
  retryAfterSec: number;
};
export type Granted = { ok: true; levels: Levels; lease: SlotLease | undefined };
export type AttemptResult = Granted | Refusal;

/** How often to look again for a concurrency slot freed elsewhere (a settle on this replica wakes the line at once). */
const POLL_MS = 100;
const MIN_WAIT_MS = 20;

/**
 * One all-or-nothing try at every dimension of an org: tokens of every bucket and a concurrency slot,
 * or nothing. Shared through Redis that is one script (`SharedBudget.admit`); in this process it is
 * `attemptNow`.
 */
export async function attempt(set: LimiterSet, amounts: Amounts): Promise<AttemptResult> {
  const shared = set.atomic;
  if (!shared) return attemptNow(set, amounts);
  const result = await shared.admit(amounts);
  if (result.ok) return result;
  // Short on tokens: the worst dimension decides the wait; else every slot was taken (look again soon).
  return shortfall(set, amounts, result.levels) ?? refuse(result.levels, 'concurrency', POLL_MS, 1);
}

/** The try on limiters of this process: synchronous, and exact (the buckets and slots live here). */
export function attemptNow(set: LimiterSet, amounts: Amounts): AttemptResult {
  const now = Date.now();
  const levels = new Map<TokenDimension, number>();
  for (const [dim, bucket] of set.buckets) if (bucket instanceof LocalBucket) levels.set(dim, bucket.available(now));
  const short = shortfall(set, amounts, levels);
  if (short) return short;
  let lease: SlotLease | undefined;
  if (set.slots instanceof LocalSlots) {
    lease = set.slots.take();
    if (!lease) return refuse(levels, 'concurrency', POLL_MS, 1);
  }
  for (const [dim, bucket] of set.buckets) {
    const need = amounts[dim] ?? 0;
    if (!(bucket instanceof LocalBucket) || need === 0) continue;
    bucket.add(-need, now);
    levels.set(dim, levels.get(dim)! - need);
  }
  return { ok: true, levels, lease };
}

/** What `takeNow` took: the slot, if the set has a concurrency budget, and the rate-limit headers after the take. */
export type Taken = { lease: SlotLease | undefined; headers: Record<string, string> };

/**
 * `attemptNow` for an admission that does not wait (OrgLimits.admitNow): the same all-or-nothing take, with one
 * clock read and the headers written as it goes, but no levels kept for a refusal: undefined when anything is
 * short (or not in this process), and the caller's `admit` then tries again and says why.
 */
export function takeNow(set: LimiterSet, amounts: Amounts): Taken | undefined {
  const now = Date.now();
  for (const [dim, bucket] of set.buckets) {
    const need = amounts[dim] ?? 0;
    if (!(bucket instanceof LocalBucket) || (need > 0 && bucket.available(now) < need)) return undefined;
  }
  let lease: SlotLease | undefined;
  if (set.slots) {
    lease = set.slots instanceof LocalSlots ? set.slots.take() : undefined;
    if (!lease) return undefined;
  }
  const headers: Record<string, string> = {};
  for (const [dim, bucket] of set.buckets) {
    const local = bucket as LocalBucket;
    const need = amounts[dim] ?? 0;
    if (need !== 0) local.add(-need, now);
    addRateLimitHeaders(headers, dim, local, local.available(now), now);
  }
  return { lease, headers };
}

function shortfall(set: LimiterSet, amounts: Amounts, levels: Levels): Refusal | undefined {
  let worst: { dim: TokenDimension; seconds: number; ms: number } | undefined;
  for (const [dim, bucket] of set.buckets) {
    const need = amounts[dim] ?? 0;
    const level = levels.get(dim);
    if (level === undefined || need <= 0 || level >= need) continue;
    const seconds = secondsUntil(bucket, level, need);
    const ms = ((need - level) / refillPerSecond(bucket)) * 1000;
    if (!worst || ms > worst.ms) worst = { dim, seconds, ms };
  }
  return worst && refuse(levels, worst.dim, Math.max(MIN_WAIT_MS, worst.ms), worst.seconds);
}

/**
 * Why `amounts` cannot be admitted now, read without taking anything (for a request that timed out
 * behind others). When every bucket has room, it waited behind the head of the line.
 */
export async function describeRefusal(set: LimiterSet, amounts: Amounts): Promise<Refusal> {
  const dims = [...set.buckets.keys()];
  const levels = await Promise.all(dims.map((d) => set.buckets.get(d)!.level())).catch(() => undefined);
  const known = new Map(levels ? dims.map((d, i) => [d, levels[i]!]) : []);
  return shortfall(set, amounts, known) ?? refuse(known, set.slots ? 'concurrency' : (dims[0] ?? 'concurrency'), POLL_MS, 1);
}

const refuse = (levels: Levels, blocked: LimitDimension, waitMs: number, retryAfterSec: number): Refusal => ({
  ok: false,
  levels,
  blocked,
  waitMs,
  retryAfterSec: Math.max(1, retryAfterSec),
});
