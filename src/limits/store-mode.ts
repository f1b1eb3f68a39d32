import type { Config } from '../config/schema.js';
import type { Logger } from '../logger.js';
import type { GatewayMetrics } from '../metrics/registry.js';
import { attempt, type AttemptResult } from './attempt.js';
import type { LimiterSet } from './limiter-set.js';
import type { OrgState } from './org-state.js';
import { outageSet, writeBack } from './outage.js';
import { RedisStore, StoreUnavailableError } from './redis-store.js';
import { storeUnavailable } from './refusals.js';
import type { Amounts } from './types.js';

export type Attempted = AttemptResult & { set: LimiterSet };
export type StoreStatus = { store: 'memory' | 'redis'; healthy: boolean; mode: 'normal' | 'fail-open' | 'fail-closed'; replicas?: number };

/** Tries on a store that answers PING but keeps failing the limiter scripts, before a 503. */
const MAX_STORE_FAILURES = 3;

/**
 * Which limiters an org uses now: in memory, always its own; with Redis, the shared ones while Redis answers,
 * else local ones of budget / replicas alive (fail-open) or a 503 (fail-closed), and, when Redis is back, the
 * write-back of what was spent meanwhile before the shared ones are used again (README: "When Redis fails").
 */
export class StoreMode {
  /** Set while outage spending is being written back (see `rejoin`). */
  private rejoining: Promise<void> | undefined;

  constructor(
    private readonly store: RedisStore | undefined,
    private readonly limits: () => Config['limits'],
    private readonly orgs: () => Iterable<OrgState>,
    private readonly deps: { metrics: GatewayMetrics; logger: Logger },
  ) {
    store?.onChange((up, reason) => this.onStoreChange(up, reason));
    deps.metrics.limitStoreUp.set(store ? 0 : 1);
  }

  status(): StoreStatus {
    const healthy = this.store?.up ?? true;
    const mode = healthy ? 'normal' : this.limits().onStoreFailure === 'open' ? 'fail-open' : 'fail-closed';
    return { store: this.store ? 'redis' : 'memory', healthy, mode, replicas: this.store?.replicasAlive };
  }

  /** Resolves true once the store answers (at once in memory) and an outage is written back, false after `timeoutMs`. */
  async ready(timeoutMs: number): Promise<boolean> {
    if (!this.store) return true;
    const up = await this.store.waitUntilUp(timeoutMs);
    await this.rejoining; // back on the shared limiters only once the outage is written back
    return up;
  }

  activeSet(state: OrgState): LimiterSet {
    if (!this.store) return state.primary;
    // Back from an outage: local budgets until every shared bucket is bounded and charged (see `rejoin`).
    if (this.store.up && !this.rejoining) return state.primary;
    if (this.limits().onStoreFailure === 'closed') throw storeUnavailable();
    state.fallback ??= outageSet(state.org.id, state.org.budget, this.replicas(), state.sighting);
    return state.fallback;
  }

  /** One try on the set in use (`check` first); if Redis fails during it, the same try again on the fallback (or a 503). */
  async attempt(state: OrgState, amounts: Amounts, check: (set: LimiterSet) => void): Promise<Attempted> {
    for (let failures = 0; ; ) {
      const set = this.activeSet(state);
      check(set);
      try {
        const result = await attempt(set, amounts);
        if (set.atomic) state.sighting = { levels: result.levels, at: Date.now() };
        return Object.assign(result, { set });
      } catch (err) {
        if (!(err instanceof StoreUnavailableError) || !this.store) throw err;
        // Redis failed or was slow: once it is found down, the fallback (or a 503) takes over.
        if ((await this.store.verify()) && ++failures >= MAX_STORE_FAILURES) throw storeUnavailable();
      }
    }
  }

  close(): Promise<void> {
    return this.store?.close() ?? Promise.resolve();
  }

  /** What the budget is divided by while failing open: the replicas alive when Redis last said, else the config's. */
  private replicas(): number {
    return this.store?.replicasAlive ?? this.limits().replicas;
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
    if (failed > 0) this.deps.logger.warn({ failed }, 'outage spending not written back to the limit store yet');
  }

  private onStoreChange(up: boolean, reason: string): void {
    const { logger } = this.deps;
    this.deps.metrics.limitStoreUp.set(up ? 1 : 0);
    if (up) {
      logger.info({ reason }, 'limit store (redis) up: budgets are shared by every replica');
      const returning = [...this.orgs()].filter((s) => s.fallback || s.sighting);
      if (returning.length > 0) {
        this.rejoining ??= this.rejoin(returning).finally(() => {
          this.rejoining = undefined;
          for (const state of this.orgs()) state.queue.wake();
        });
      }
    } else if (this.limits().onStoreFailure === 'open') {
      logger.warn({ reason }, `limit store (redis) unreachable: failing open on local budgets of budget / ${this.replicas()} replicas`);
    } else logger.error({ reason }, 'limit store (redis) unreachable: failing closed, requests get 503');
    for (const state of this.orgs()) state.queue.wake();
  }
}
