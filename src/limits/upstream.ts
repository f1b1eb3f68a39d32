import type { Config } from '../config/schema.js';
import type { Logger } from '../logger.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { LocalBucket } from './bucket.js';
import { corrections } from './ticket.js';
import { TOKEN_DIMENSIONS, type Amounts, type TokenDimension, type UsageReport } from './types.js';
import { observedLimits, retryAfterMs, type HeaderSource } from './upstream-headers.js';

export type UpstreamCheck = { ok: true; release(usage?: UsageReport): void } | { ok: false; retryAfterMs: number };

/**
 * While the account has room, headers are read at most this often per model: between two readings,
 * the reservations made here keep the picture current. Near exhaustion every answer is read.
 */
const OBSERVE_EVERY_MS = 100;
const ROOMY_SHARE = 0.5;
/** Without a retry-after, a 429 blocks its model this long. */
const DEFAULT_BLOCK_MS = 1_000;
const MS_PER_MINUTE = 60_000;

interface ModelState {
  /** This replica's share of the configured account limits (limit / replicas). */
  readonly share: Map<TokenDimension, LocalBucket>;
  /** The account's buckets as the upstream's last anthropic-ratelimit-* headers described them. */
  readonly observed: Map<TokenDimension, LocalBucket>;
  /** Bumped whenever headers re-seed `observed`: later corrections then apply to the shares only. */
  epoch: number;
  /** When headers were last read. */
  observedAt: number;
  blockedUntil: number;
}

/**
 * The gateway's own Anthropic account limits, per model (the org budgets' kind, for the upstream):
 * a request is sent to a model only if this replica's share of the configured limits and the
 * upstream's latest rate-limit headers both leave room, and never while a 429's retry-after runs.
 * Non-blocking and synchronous: dispatch moves to a fallback model, or answers 429, when refused.
 */
export class UpstreamLimits {
  private config: Config;
  private readonly models = new Map<string, ModelState>();
  private readonly logger: Logger;

  constructor(config: Config, deps: { metrics: GatewayMetrics; logger: Logger }) {
    this.config = config;
    this.logger = deps.logger.child({ component: 'upstream-limits' });
  }

  check(modelId: string, inputTokens: number, maxTokens: number): UpstreamCheck {
    const now = Date.now();
    const state = this.state(modelId);
    if (now < state.blockedUntil) return { ok: false, retryAfterMs: state.blockedUntil - now };
    const amounts: Amounts = { rpm: 1, itpm: Math.max(0, Math.ceil(inputTokens)), otpm: Math.max(0, maxTokens) };
    const wait = Math.max(longestWait(state.share, amounts, now), longestWait(state.observed, amounts, now));
    if (wait > 0) return { ok: false, retryAfterMs: wait };

    take(state.share, amounts, now);
    take(state.observed, amounts, now);
    return new Reservation(state, amounts);
  }

  /** Learns from an upstream answer: its anthropic-ratelimit-* headers, and a 429's retry-after. */
  observe(modelId: string, status: number, headers: HeaderSource): void {
    const now = Date.now();
    const state = this.state(modelId);
    if (status !== 429 && now - state.observedAt < OBSERVE_EVERY_MS && roomy(state.observed, now)) return;
    state.observedAt = now;
    const limits = observedLimits(headers);
    if (limits.size > 0) state.epoch++;
    for (const [dimension, seen] of limits) {
      const capacity = Math.max(seen.limit ?? 0, seen.remaining, state.observed.get(dimension)?.capacity ?? 0, 1);
      // Refill as the headers imply: full again at `reset`; without one, a minute's worth per minute.
      const perMs =
        seen.resetAt !== undefined && seen.resetAt > now ? (capacity - seen.remaining) / (seen.resetAt - now) : capacity / MS_PER_MINUTE;
      state.observed.set(dimension, new LocalBucket(capacity, perMs, now, seen.remaining));
    }
    if (status !== 429) return;
    const exhausted = [...limits.values()].filter((l) => l.remaining <= 0 && l.resetAt !== undefined).map((l) => l.resetAt! - now);
    const blockMs = retryAfterMs(headers, now) ?? (exhausted.length > 0 ? Math.min(...exhausted) : DEFAULT_BLOCK_MS);
    if (now + blockMs > state.blockedUntil) {
      if (now >= state.blockedUntil) this.logger.warn({ model: modelId, blockMs }, 'upstream rate limit: model paused');
      state.blockedUntil = now + blockMs;
    }
  }

  reload(config: Config): void {
    this.config = config;
    for (const [modelId, state] of this.models) this.applyShares(modelId, state);
  }

  private state(modelId: string): ModelState {
    let state = this.models.get(modelId);
    if (!state) {
      state = { share: new Map(), observed: new Map(), epoch: 0, observedAt: 0, blockedUntil: 0 };
      this.models.set(modelId, state);
      this.applyShares(modelId, state);
    }
    return state;
  }

  private applyShares(modelId: string, state: ModelState): void {
    const entry = Object.values(this.config.models).find((m) => m.id === modelId);
    for (const dimension of TOKEN_DIMENSIONS) {
      const limit = entry?.upstreamLimits?.[dimension];
      if (limit === undefined) {
        state.share.delete(dimension);
        continue;
      }
      const capacity = limit / this.config.limits.replicas;
      const bucket = state.share.get(dimension);
      if (bucket) bucket.resize(capacity);
      else state.share.set(dimension, new LocalBucket(capacity));
    }
  }
}

/** What `check` took, returned with the real usage (once): an object with a method, not a closure per request. */
class Reservation {
  readonly ok = true;
  private released = false;
  private readonly epoch: number;

  constructor(
    private readonly state: ModelState,
    private readonly amounts: Amounts,
  ) {
    this.epoch = state.epoch;
  }

  release(usage?: UsageReport): void {
    if (this.released) return;
    this.released = true;
    const { state } = this;
    const fix = corrections(this.amounts, usage);
    for (const dimension of TOKEN_DIMENSIONS) {
      const amount = fix[dimension];
      if (amount === undefined) continue;
      state.share.get(dimension)?.add(amount);
      // Headers read since re-seeded the account's buckets: the correction is already in them.
      if (state.epoch === this.epoch) state.observed.get(dimension)?.add(amount);
    }
  }
}

/** How long until every bucket of `buckets` has room for its amount (0: now). */
function longestWait(buckets: ReadonlyMap<TokenDimension, LocalBucket>, amounts: Amounts, now: number): number {
  let wait = 0;
  buckets.forEach((bucket, dimension) => (wait = Math.max(wait, bucket.msUntil(amounts[dimension] ?? 0, now))));
  return wait;
}

function take(buckets: ReadonlyMap<TokenDimension, LocalBucket>, amounts: Amounts, now: number): void {
  buckets.forEach((bucket, dimension) => bucket.add(-(amounts[dimension] ?? 0), now));
}

function roomy(buckets: ReadonlyMap<TokenDimension, LocalBucket>, now: number): boolean {
  for (const bucket of buckets.values()) if (bucket.available(now) < bucket.capacity * ROOMY_SHARE) return false;
  return true;
}
