import type { Budget, OrgConfig } from '../config/schema.js';
import type { Refusal } from './attempt.js';
import { LimiterSet } from './limiter-set.js';
import type { Sighting } from './outage.js';
import { AdmissionQueue } from './queue.js';

/** A refusal, with the limiter set that refused. */
export type SetRefusal = Refusal & { set: LimiterSet };

/** One org's admission state on this replica. */
export interface OrgState {
  org: OrgConfig;
  /** The org's limiters on the configured store (memory, or Redis shared by every replica). */
  readonly primary: LimiterSet;
  /** Fail-open: local limiters of budget/replicas, made when Redis is first found unreachable. */
  fallback: LimiterSet | undefined;
  /** The org's one line of requests waiting for budget (tokens and slots alike) on this replica. */
  readonly queue: AdmissionQueue;
  /** The head's latest refusal, reported to those that time out behind it. */
  lastRefusal: SetRefusal | undefined;
  /** The shared buckets' levels as last seen here: where the fallback starts, and the bound on rejoining. */
  sighting: Sighting | undefined;
}

export const hasLimits = (budget: Budget | undefined): boolean =>
  budget !== undefined && (budget.rpm !== undefined || budget.itpm !== undefined || budget.otpm !== undefined || budget.concurrency !== undefined);

/** The fields this folder enforces (`batch` is the ownership store's). Compared field by field: a reload walks every org with state. */
const sameLimits = (a: Budget | undefined, b: Budget | undefined): boolean =>
  a?.rpm === b?.rpm && a?.itpm === b?.itpm && a?.otpm === b?.otpm && a?.concurrency === b?.concurrency && a?.maxQueueMs === b?.maxQueueMs;

/**
 * Applies a reloaded org config: budgets change, spent state stays. The fallback is dropped (and made
 * again when needed) if the replica count it divides by changed.
 */
export function reloadOrg(state: OrgState, org: OrgConfig, replicasChanged: boolean): Promise<void>[] {
  const same = sameLimits(state.org.budget, org.budget);
  state.org = org;
  if (same && !replicasChanged) return []; // a reload touches only the orgs whose budget changed
  const work = [state.primary.apply(org.budget)];
  if (state.fallback && replicasChanged) {
    work.push(state.fallback.close());
    state.fallback = undefined;
  } else if (state.fallback) work.push(state.fallback.apply(org.budget));
  state.queue.wake();
  return work;
}
