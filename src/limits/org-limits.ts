import type { Config, OrgConfig } from '../config/schema.js';
import type { GatewayError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { describeRefusal, takeNow, type Granted, type Taken } from './attempt.js';
import { localFactory, redisFactory } from './factories.js';
import { rateLimitHeaders } from './headers.js';
import { LimiterSet, type LimiterFactory } from './limiter-set.js';
import { hasLimits, reloadOrg, type OrgState, type SetRefusal } from './org-state.js';
import { abortError, AdmissionQueue } from './queue.js';
import { RedisStore } from './redis-store.js';
import { RetiredOrgs } from './retired-orgs.js';
import { budgetExceeded, DESCRIPTION, neverFits } from './refusals.js';
import { StoreMode, type Attempted, type StoreStatus } from './store-mode.js';
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

/** A queued head re-reads shared buckets at least this often, to see refunds made on other replicas. */
const SHARED_POLL_MS = 250;
const LOCAL_POLL_MS = 1_000;
/** A shared concurrency lease outlives the longest upstream call by this much before Redis frees it. */
const SLOT_EXPIRY_MARGIN_MS = 60_000;

/**
 * Per-org budgets (docs/config.md): RPM, ITPM, OTPM and concurrency, in memory (synchronous token buckets
 * and a slot count), or shared by every replica through Redis (one script per admission, one per settle).
 * See README.md in this folder for the design; queue.ts for where and how a request waits.
 */
export class OrgLimits {
  private config: Config;
  private configured: ReadonlyMap<string, OrgConfig>;
  private readonly orgs = new Map<string, OrgState>();
  private readonly retired = new RetiredOrgs();
  private readonly stores: StoreMode;
  private readonly factory: LimiterFactory;
  private readonly metrics: GatewayMetrics;
  private readonly logger: Logger;

  constructor(config: Config, deps: { metrics: GatewayMetrics; logger: Logger }) {
    this.config = config;
    this.configured = byId(config);
    this.metrics = deps.metrics;
    this.logger = deps.logger.child({ component: 'limits' });
    const redis = config.limits.redis;
    const store = redis && new RedisStore(redis, this.logger, redis.prefix);
    this.factory = store ? redisFactory(store, redis.prefix, config.upstream.timeoutMs + SLOT_EXPIRY_MARGIN_MS) : localFactory;
    this.stores = new StoreMode(store, () => this.config.limits, () => this.orgs.values(), { metrics: this.metrics, logger: this.logger });
    // Nothing per org yet: an org's limiters, line and metric series are made by its first request.
  }

  /** Memory: always true. Redis: whether Redis answers now. */
  get storeHealthy(): boolean {
    return this.stores.status().healthy;
  }

  /** `replicas`: with Redis, the replicas alive as last counted there (what fail-open shares are sized by). */
  status(): StoreStatus {
    return this.stores.status();
  }

  /**
   * What GET /admin/orgs/{id}/budget shows: each budgeted dimension's limit and what is left now, on the
   * store in use (the fail-open fallback while Redis is down), and how many requests wait. Undefined for an unknown org.
   */
  async budgetView(orgId: string): Promise<BudgetView | undefined> {
    const org = this.configured.get(orgId);
    if (!org) return undefined;
    const state = this.stateFor(org);
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
      waiting: state.queue.length,
    };
  }

  /** Resolves true once the store answers (at once in memory) and an outage is written back, false after `timeoutMs`. */
  ready(timeoutMs = 5_000): Promise<boolean> {
    return this.stores.ready(timeoutMs);
  }

  /**
   * Admission without waiting, when the answer is known at once: an org without budget, or limiters
   * in this process with room now and nobody of the org waiting. Undefined otherwise: call `admit`.
   */
  admitNow(req: Omit<AdmissionRequest, 'signal'>): Ticket | undefined {
    if (!hasLimits(req.org.budget)) return unlimitedTicket();
    const state = this.stateFor(req.org);
    if (state.queue.length > 0) return undefined;
    const set = this.stores.activeSet(state);
    if (set.atomic) return undefined;
    // A request larger than a bucket is short here too: `admit` refuses it.
    const amounts = amountsOf(req);
    const taken = takeNow(set, amounts);
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
    const set = this.stores.activeSet(state);
    const level = await set.buckets.get('rpm')?.level().catch(() => undefined);
    if (level === undefined || level >= 1) return undefined;
    return this.reject(state, Object.assign(await describeRefusal(set, { rpm: 1 }), { set }));
  }

  async admit(req: AdmissionRequest): Promise<Ticket> {
    if (typeof req.signal !== 'function' && req.signal?.aborted) throw abortError(req.signal);
    if (!hasLimits(req.org.budget)) return unlimitedTicket();
    const state = this.stateFor(req.org);
    const amounts = amountsOf(req);
    const started = Date.now();
    const maxQueueMs = state.primary.maxQueueMs;
    if (state.queue.length === 0) {
      const first = await this.tryOnce(state, amounts);
      if (first.ok) return this.ticket(state, first.set, granted(first), amounts, undefined);
      if (Date.now() - started >= maxQueueMs) throw this.reject(state, first);
      state.lastRefusal = first;
    }
    const signal = typeof req.signal === 'function' ? req.signal() : req.signal;
    const waited = await state.queue.wait(maxQueueMs - (Date.now() - started), signal, async () => {
      const result = await this.tryOnce(state, amounts);
      if (result.ok) return result;
      state.lastRefusal = result;
      return { ok: false, sleepMs: Math.min(result.waitMs, result.set.atomic ? SHARED_POLL_MS : LOCAL_POLL_MS) };
    });
    if (waited !== 'timeout') return this.ticket(state, waited.set, granted(waited), amounts, started);
    const set = this.stores.activeSet(state);
    throw this.reject(state, state.lastRefusal ?? Object.assign(await describeRefusal(set, amounts), { set }));
  }

  /** `orgsById`: the config's orgs by id, when the caller has them already (`CompiledConfig.orgsById`). */
  async reload(config: Config, orgsById: ReadonlyMap<string, OrgConfig> = byId(config)): Promise<void> {
    const previous = this.config;
    this.config = config;
    this.configured = orgsById;
    if (JSON.stringify(previous.limits.redis) !== JSON.stringify(config.limits.redis)) {
      this.logger.warn('limits.redis changed: it takes effect at the next restart');
    }
    // Only orgs that have state here (a request since start-up) have anything to change.
    const work: Promise<void>[] = [];
    const replicasChanged = previous.limits.replicas !== config.limits.replicas;
    for (const id of this.retired.ids()) if (this.configured.has(id)) this.comeBack(id);
    for (const [id, state] of this.orgs) {
      const org = this.configured.get(id);
      if (org === state.org && !replicasChanged) continue; // the same object: unchanged (see ConfigLoader)
      if (org) {
        work.push(...reloadOrg(state, org, replicasChanged));
        continue;
      }
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
    await this.stores.close(); // first: limiters closed after it do not touch Redis
    await Promise.allSettled(sets.map((set) => set?.close()));
  }

  private stateFor(requested: OrgConfig): OrgState {
    let state = this.orgs.get(requested.id);
    if (!state) {
      // The config this instance was last given wins over a request's copy, which may predate a reload.
      const org = this.configured.get(requested.id) ?? requested;
      const queue = new AdmissionQueue(() => this.publishDepth(this.orgs.get(org.id)));
      const primary = new LimiterSet(org.id, org.budget, this.factory);
      state = { org, primary, fallback: undefined, queue, lastRefusal: undefined, sighting: undefined };
      this.orgs.set(org.id, state);
      // Series exist from the org's first request, so that rates and alerts see its first refusal.
      this.publishDepth(state);
      for (const limit of Object.keys(DESCRIPTION)) this.metrics.rateLimitRejections.inc({ org: org.id, limit }, 0);
    }
    return state;
  }

  private tryOnce(state: OrgState, amounts: Amounts): Promise<Attempted> {
    return this.stores.attempt(state, amounts, (set) => this.rejectOversize(state, set, amounts));
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
  private ticket(state: OrgState, set: LimiterSet, taken: Taken, amounts: Amounts, queuedSince: number | undefined): Ticket {
    state.lastRefusal = undefined;
    return createTicket({
      set,
      taken: amounts,
      lease: taken.lease,
      headers: taken.headers,
      queuedMs: queuedSince === undefined ? 0 : Date.now() - queuedSince,
      logger: this.logger,
      line: state.queue,
    });
  }

  private publishDepth(state: OrgState | undefined): void {
    if (state) this.metrics.rateLimitQueueDepth.set({ org: state.org.id }, state.queue.length);
  }
}

const amountsOf = (req: Omit<AdmissionRequest, 'signal'>): Amounts => ({
  rpm: 1,
  itpm: Math.max(0, Math.ceil(Number.isFinite(req.inputTokens) ? req.inputTokens : 0)),
  otpm: Math.max(0, Math.ceil(req.maxTokens)),
});

const granted = (result: Granted & { set: LimiterSet }): Taken => ({ lease: result.lease, headers: rateLimitHeaders(result.set.buckets, result.levels) });

const byId = (config: Config): ReadonlyMap<string, OrgConfig> => new Map(config.orgs.map((org) => [org.id, org]));
