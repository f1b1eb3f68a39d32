import type { Budget } from '../config/schema.js';
import type { TokenBucket } from './bucket.js';
import type { SharedBudget } from './shared-budget.js';
import type { Slots } from './slots.js';
import { TOKEN_DIMENSIONS, type TokenDimension } from './types.js';

/** Builds the limiters of one org on one store (local, Redis, or the fail-open fallback). */
export interface LimiterFactory {
  bucket(orgId: string, dimension: TokenDimension, perMinute: number): TokenBucket;
  slots(orgId: string, size: number): Slots;
  /** Shared stores: the org's budget, admitted and settled whole in one script each. */
  atomic?(orgId: string): SharedBudget;
}

/**
 * One org's limiters on one store: a token bucket per budgeted dimension, a slot pool for
 * concurrency. A budget field left out means no limiter for it. `divisor` shrinks every budget
 * (budget / replicas for the fail-open fallback).
 */
export class LimiterSet {
  readonly buckets = new Map<TokenDimension, TokenBucket>();
  slots: Slots | undefined;
  maxQueueMs = 0;

  constructor(
    readonly orgId: string,
    budget: Budget | undefined,
    private readonly factory: LimiterFactory,
    readonly divisor = 1,
  ) {
    void this.apply(budget); // creating limiters is synchronous; nothing to resize yet
  }

  /** Shared: every dimension is admitted and settled together through this (see shared-budget.ts). */
  get atomic(): SharedBudget | undefined {
    return this.factory.atomic?.(this.orgId);
  }

  /** Applies a (new) budget; dimensions that stay keep what they have spent. New limiters exist when this returns. */
  apply(budget: Budget | undefined): Promise<void> {
    this.maxQueueMs = budget?.maxQueueMs ?? 0;
    const work: (Promise<void> | void)[] = [];
    for (const dimension of TOKEN_DIMENSIONS) {
      const perMinute = budget?.[dimension];
      const bucket = this.buckets.get(dimension);
      if (perMinute === undefined) {
        if (bucket) work.push(bucket.close());
        this.buckets.delete(dimension);
      } else if (bucket) work.push(bucket.resize(perMinute / this.divisor));
      else this.buckets.set(dimension, this.factory.bucket(this.orgId, dimension, perMinute / this.divisor));
    }
    const concurrency = budget?.concurrency;
    const size = concurrency === undefined ? undefined : Math.max(1, Math.floor(concurrency / this.divisor));
    if (size === undefined) {
      if (this.slots) work.push(this.slots.close());
      this.slots = undefined;
    } else if (this.slots) work.push(this.slots.resize(size));
    else this.slots = this.factory.slots(this.orgId, size);
    return Promise.all(work).then(() => undefined);
  }

  /** The largest amount each dimension can ever grant at once. */
  capacity(dimension: TokenDimension): number | undefined {
    return this.buckets.get(dimension)?.perMinute;
  }

  async close(): Promise<void> {
    await Promise.all([...[...this.buckets.values()].map((b) => b.close()), this.slots?.close()]);
  }
}
