import type { Config, OrgConfig } from '../config/schema.js';
import type { GatewayError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { abortError, attempt, attemptNow, describeRefusal, type AttemptResult } from './attempt.js';
import { localFactory, redisFactory } from './factories.js';
import { outageSet, writeBack } from './outage.js';
import { rateLimitHeaders } from './headers.js';
import { LimiterSet, type LimiterFactory } from './limiter-set.js';
import { hasLimits, reloadOrg, type OrgState, type SetRefusal } from './org-state.js';
import { AdmissionQueue } from './queue.js';
import { RedisStore, StoreUnavailableError } from './redis-store.js';
import { RetiredOrgs } from './retired-orgs.js';
import { budgetExceeded, DESCRIPTION, neverFits, storeUnavailable } from './refusals.js';
import { createTicket, unlimitedTicket } from './ticket.js';
import type { AdmissionRequest, Amounts, Ticket, TokenDimension } from './types.js';

export interface BudgetView {
  readonly org: string;
  readonly store: 'memory' | 'redis';
  readonly healthy: boolean;
  readonly mode: 'normal' | 'fail-open' | 'fail-closed';
  readonly dimensions: Partial<Record<TokenDimension, { limit: number; remaining: number }>>;
  readonly concurrency: number | null;
  readonly maxQueueMs: number;
  readonly waiting: number;
}

type Attempted = AttemptResult & { set: LimiterSet };
type Granted = Extract<AttemptResult, { ok: true }>;

/** A queued head re-reads shared buckets at least this often, to see refunds made on other replicas. */
const SHARED_POLL_MS = 250;
const LOCAL_POLL_MS = 1_000;
/** A shared concurrency lease outlives the longest upstream call by this much before Redis frees it. */
const SLOT_EXPIRY_MARGIN_MS = 60_000;

/** Tries on a store that answers PING but keeps failing the limiter scripts, before a 503. */
const MAX_STORE_FAILURES = 3;

/**
 * Per-org budgets (docs/config.md): RPM, ITPM, OTPM and concurrency, enforced with Bottleneck in
 * memory, or shared by every replica through Redis (one script per admission, one per settle).
 * See README.md in this folder for the design.
 */
export class OrgLimits {
  private config: Config;
  private readonly orgs = new Map<string, OrgState>();
  private readonly retired = new RetiredOrgs();
  /** Set while outage spending is being written back (see `rejoin`). */
  private rejoining: Promise<void> | undefined;
  private readonly store: RedisStore | undefined;
  private readonly factory: LimiterFactory;
  private readonly metrics: GatewayMetrics;
  private readonly logger: Logger;

  constructor(config: Config, deps: { metrics: GatewayMetrics; logger: Logger }) {
    this.config = config;
    this.metrics = deps.metrics;
    this.logger = deps.logger.child({ component: 'limits' });
    const redis = config.limits.redis;
    if (redis) {
      this.store = new RedisStore(redis, this.logger, redis.prefix);
      this.store.onChange((up, reason) => this.onStoreChange(up, reason));
      this.factory = redisFactory(this.store, redis.prefix, config.upstream.timeoutMs + SLOT_EXPIRY_MARGIN_MS);
    } else {
      this.factory = localFactory;
    }
    this.metrics.limitStoreUp.set(redis ? 0 : 1);
    for (const org of config.orgs) this.stateFor(org);
  }

  /** Memory: always true. Redis: whether Redis answers now. */
  get storeHealthy(): boolean {
    return this.store?.up ?? true;
  }

  /** `replicas`: with Redis, the replicas alive as last counted there (what fail-open shares are sized by). */
  status(): { store: 'memory' | 'redis'; healthy: boolean; mode: 'normal' | 'fail-open' | 'fail-closed'; replicas?: number } {
    const healthy = this.storeHealthy;
    const mode = healthy ? 'normal' : this.config.limits.onStoreFailure === 'open' ? 'fail-open' : 'fail-closed';
    return { store: this.store ? 'redis' : 'memory', healthy, mode, replicas: this.store?.replicasAlive };
  }

  /**
   * What GET /admin/orgs/{id}/budget shows: each budgeted dimension's limit and what is left now, on the
   * store in use (the fail-open fallback while Redis is down), and how many requests wait. Undefined for an unknown org.
   */
  async budgetView(orgId: string): Promise<BudgetView | undefined> {
    const state = this.orgs.get(orgId);
    if (!state) return undefined;
    const status = this.status();
    const set = status.mode === 'normal' ? state.primary : (state.fallback ?? state.primary);
    const dimensions: BudgetView['dimensions'] = {};
    for (const [dimension, bucket] of set.buckets) {
      dimensions[dimension] = { limit: bucket.perMinute, remaining: Math.floor(await bucket.level()) };
    }
    return {
      org: orgId,
      store: status.store,
      healthy: status.healthy,
      mode: status.mode,
      dimensions,
      concurrency: set.slots?.size ?? null,
      maxQueueMs: set.maxQueueMs,
      waiting: state.queue.length + state.slotWaiters,
    };
  }

  /** Resolves true once the store answers (at once in memory) and an outage is written back, false after `timeoutMs`. */
  async ready(timeoutMs = 5_000): Promise<boolean> {
    if (!this.store) return true;
    const up = await this.store.waitUntilUp(timeoutMs);
    await this.rejoining; // back on the shared limiters only once the outage is written back
    return up;
  }

  /**
   * Admission without waiting, when the answer is known at once: an org without budget, or limiters
   * in this process with room now and nobody of the org waiting. Undefined otherwise: call `admit`.
   */
  admitNow(req: Omit<AdmissionRequest, 'signal'>): Ticket | undefined {
    const state = this.stateFor(req.org);
    if (!hasLimits(state.org.budget)) return unlimitedTicket();
    if (state.queue.length > 0) return undefined;
    const set = this.activeSet(state);
    if (set.shared) return undefined;
    const amounts = amountsOf(req);
    this.rejectOversize(state, set, amounts);
    const taken = attemptNow(set, amounts);
    return taken && this.ticket(state, set, taken, amounts, undefined);
  }

  /**
   * The 429 that admission would answer whatever the request's body holds, found without taking anything: so a
   * large body is refused before it is parsed. Known only for an org that may not wait (maxQueueMs 0) with no
   * request left this minute (rpm); undefined otherwise, and admission decides after the parse.
   */
  async refusalBeforeBody(org: OrgConfig): Promise<GatewayError | undefined> {
    const state = this.stateFor(org);
    if (!state.primary.buckets.has('rpm') || state.primary.maxQueueMs > 0) return undefined;
    const set = this.activeSet(state);
    const level = await set.buckets.get('rpm')?.level().catch(() => undefined);
    if (level === undefined || level >= 1) return undefined;
    return this.reject(state, Object.assign(await describeRefusal(set, { rpm: 1 }), { set }));
  }

  async admit(req: AdmissionRequest): Promise<Ticket> {
    if (req.signal?.aborted) throw abortError(req.signal);
    const now = this.admitNow(req);
    if (now) return now;
    const state = this.stateFor(req.org);
    const amounts = amountsOf(req);
    const started = Date.now();
    const deadline = started + state.primary.maxQueueMs;
    if (state.queue.length === 0) {
      const waited = { slot: false };
      const first = await this.tryOnce(state, amounts, deadline, true, req.signal, waited);
      if (first.ok) return this.ticket(state, first.set, first, amounts, waited.slot ? started : undefined);
      state.queue.wake(); // a refused try gave back whatever it took: a waiting head may fit now
      if (Date.now() >= deadline) throw this.reject(state, first);
    }
    return this.waitInLine(state, amounts, started, deadline, req.signal);
  }

  async reload(config: Config): Promise<void> {
    const previous = this.config;
    this.config = config;
    if (JSON.stringify(previous.limits.redis) !== JSON.stringify(config.limits.redis)) {
      this.logger.warn('limits.redis changed: it takes effect at the next restart');
    }
    const work: Promise<void>[] = [];
    const current = new Set(config.orgs.map((org) => org.id));
    for (const org of config.orgs) {
      const state = this.orgs.get(org.id) ?? this.comeBack(org.id);
      if (!state) {
        this.stateFor(org);
        continue;
      }
      work.push(...reloadOrg(state, org, previous.limits.replicas !== config.limits.replicas));
    }
    for (const [id, state] of this.orgs) {
      if (current.has(id)) continue;
      this.orgs.delete(id);
      this.retired.keep(state, (gone) => void Promise.allSettled([gone.primary.close(), gone.fallback?.close()]));
    }
    for (const result of await Promise.allSettled(work)) {
      if (result.status === 'rejected') {
        this.logger.warn({ err: String(result.reason) }, 'a budget change could not be stored yet; it applies when the limit store is back');
      }
    }
  }

  /** An org removed by an earlier reload, with the budgets it had spent, if still kept. */
  private comeBack(id: string): OrgState | undefined {
    const state = this.retired.take(id);
    if (state) this.orgs.set(id, state);
    return state;
  }

  async close(): Promise<void> {
    const sets = [...this.orgs.values(), ...this.retired.takeAll()].flatMap((s) => [s.primary, s.fallback]);
    this.orgs.clear();
    await this.store?.close(); // first: limiters closed after it do not touch Redis
    await Promise.allSettled(sets.map((set) => set?.close()));
  }

  private stateFor(org: OrgConfig): OrgState {
    let state = this.orgs.get(org.id);
    if (!state) {
      const queue = new AdmissionQueue(() => this.publishDepth(this.orgs.get(org.id)));
      const primary = new LimiterSet(org.id, org.budget, this.factory);
      state = { org, primary, fallback: undefined, queue, slotWaiters: 0, lastRefusal: undefined, sighting: undefined };
      this.orgs.set(org.id, state);
      // Series exist from the start, so that rates and alerts see their first event.
      this.publishDepth(state);
      for (const limit of Object.keys(DESCRIPTION)) this.metrics.rateLimitRejections.inc({ org: org.id, limit }, 0);
    }
    return state;
  }

  private async waitInLine(state: OrgState, amounts: Amounts, started: number, deadline: number, signal?: AbortSignal): Promise<Ticket> {
    const { turn, leave } = state.queue.enter(deadline, signal);
    try {
      const outcome = await turn;
      if (outcome === 'aborted') throw abortError(signal);
      if (outcome === 'timeout') {
        const set = this.activeSet(state);
        throw this.reject(state, state.lastRefusal ?? Object.assign(await describeRefusal(set, amounts), { set }));
      }
      for (;;) {
        const result = await this.tryOnce(state, amounts, deadline, false, signal);
        if (result.ok) return this.ticket(state, result.set, result, amounts, started);
        state.lastRefusal = result;
        const left = deadline - Date.now();
        if (left <= 0) throw this.reject(state, result);
        const poll = result.set.shared ? SHARED_POLL_MS : LOCAL_POLL_MS;
        if ((await state.queue.sleep(Math.min(result.waitMs, left, poll), signal)) === 'aborted') throw abortError(signal);
      }
    } finally {
      leave();
    }
  }

  /** One try on the store in use; if Redis fails during it, the same try again on the fallback (or a 503). */
  private async tryOnce(
    state: OrgState,
    amounts: Amounts,
    deadline: number,
    slotFirst: boolean,
    signal?: AbortSignal,
    waited?: { slot: boolean },
  ): Promise<Attempted> {
    const onSlotWait = (waiting: boolean): void => {
      if (waited) waited.slot = true;
      state.slotWaiters += waiting ? 1 : -1;
      this.publishDepth(state);
    };
    for (let failures = 0; ; ) {
      const set = this.activeSet(state);
      this.rejectOversize(state, set, amounts);
      try {
        const result = await attempt(set, amounts, { deadline, slotFirst, signal, onSlotWait });
        if (set.shared) state.sighting = { levels: result.levels, at: Date.now() };
        return Object.assign(result, { set });
      } catch (err) {
        if (!(err instanceof StoreUnavailableError) || !this.store) throw err;
        // Redis failed or was slow: once it is found down, the fallback (or a 503) takes over.
        if ((await this.store.verify()) && ++failures >= MAX_STORE_FAILURES) throw storeUnavailable();
      }
    }
  }

  private activeSet(state: OrgState): LimiterSet {
    if (!this.store) return state.primary;
    // Back from an outage: local budgets until every shared bucket is bounded and charged (see `rejoin`).
    if (this.store.up && !this.rejoining) return state.primary;
    if (this.config.limits.onStoreFailure === 'closed') throw storeUnavailable();
    state.fallback ??= outageSet(state.org.id, state.org.budget, this.replicas(), state.sighting);
    return state.fallback;
  }

  /** What the budget is divided by while failing open: the replicas alive when Redis last said, else the config's. */
  private replicas(): number {
    return this.store?.replicasAlive ?? this.config.limits.replicas;
  }

  /**
   * Redis is back, perhaps empty (every bucket full again): each org's shared buckets are bounded by what they
   * could hold and charged with its outage spending, then its fallback is dropped (the next outage starts afresh).
   */
  private async rejoin(states: OrgState[]): Promise<void> {
    const results = await Promise.allSettled(
      states.map(async (state) => {
        await writeBack(state.primary, state.fallback, state.sighting);
        void state.fallback?.close();
        state.fallback = undefined;
      }),
    );
    const failed = results.filter((r) => r.status === 'rejected').length;
    if (failed > 0) this.logger.warn({ failed }, 'outage spending not written back to the limit store yet');
  }

  /** A request larger than a whole bucket would wait forever: refuse it at once. */
  private rejectOversize(state: OrgState, set: LimiterSet, amounts: Amounts): void {
    for (const [dimension, bucket] of set.buckets) {
      const need = amounts[dimension] ?? 0;
      if (need <= bucket.perMinute) continue;
      this.metrics.rateLimitRejections.inc({ org: state.org.id, limit: dimension });
      throw neverFits(state.org.id, dimension, bucket, need);
    }
  }

  private reject(state: OrgState, refusal: SetRefusal): GatewayError {
    this.metrics.rateLimitRejections.inc({ org: state.org.id, limit: refusal.blocked });
    return budgetExceeded(state.org.id, refusal.set, refusal);
  }

  /** `queuedSince`: when the request started waiting; absent if it was admitted without waiting. */
  private ticket(state: OrgState, set: LimiterSet, granted: Granted, amounts: Amounts, queuedSince: number | undefined): Ticket {
    state.lastRefusal = undefined;
    return createTicket({
      set,
      taken: amounts,
      lease: granted.lease,
      headers: rateLimitHeaders(set.buckets, granted.levels),
      queuedMs: queuedSince === undefined ? 0 : Date.now() - queuedSince,
      logger: this.logger,
      onSettled: () => state.queue.wake(),
    });
  }

  private publishDepth(state: OrgState | undefined): void {
    if (state) this.metrics.rateLimitQueueDepth.set({ org: state.org.id }, state.queue.length + state.slotWaiters);
  }

  private onStoreChange(up: boolean, reason: string): void {
    this.metrics.limitStoreUp.set(up ? 1 : 0);
    if (up) {
      this.logger.info({ reason }, 'limit store (redis) up: budgets are shared by every replica');
      const returning = [...this.orgs.values()].filter((s) => s.fallback || s.sighting);
      if (returning.length > 0) {
        this.rejoining ??= this.rejoin(returning).finally(() => {
          this.rejoining = undefined;
          for (const state of this.orgs.values()) state.queue.wake();
        });
      }
    } else if (this.config.limits.onStoreFailure === 'open') {
      this.logger.warn({ reason }, `limit store (redis) unreachable: failing open on local budgets of budget / ${this.replicas()} replicas`);
    } else this.logger.error({ reason }, 'limit store (redis) unreachable: failing closed, requests get 503');
    for (const state of this.orgs.values()) state.queue.wake();
  }
}

const amountsOf = (req: Omit<AdmissionRequest, 'signal'>): Amounts => ({
  rpm: 1,
  itpm: Math.max(0, Math.ceil(Number.isFinite(req.inputTokens) ? req.inputTokens : 0)),
  otpm: Math.max(0, Math.ceil(req.maxTokens)),
});
