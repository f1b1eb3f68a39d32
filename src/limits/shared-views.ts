import type { TokenBucket } from './bucket.js';
import type { SharedBudget } from './shared-budget.js';
import type { Slots } from './slots.js';
import type { TokenDimension } from './types.js';

/** One dimension of a `SharedBudget`, as the `TokenBucket` that headers, refusals and reloads read. */
export class SharedBucket implements TokenBucket {
  constructor(
    private readonly budget: SharedBudget,
    private readonly dimension: TokenDimension,
  ) {}

  get perMinute(): number {
    return this.budget.caps.get(this.dimension) ?? 0;
  }

  async level(): Promise<number> {
    return (await this.budget.levels()).get(this.dimension) ?? 0;
  }

  /** The next script stores the new capacity, keeping what was spent (idempotent across replicas). */
  async resize(perMinute: number): Promise<void> {
    if (perMinute === this.perMinute) return; // a reload touches Redis only for the orgs that changed
    this.budget.setCap(this.dimension, perMinute);
    await this.budget.levels();
  }

  async close(): Promise<void> {
    this.budget.setCap(this.dimension, undefined);
  }

  rejoin(atMost: number, spent: number): Promise<void> {
    return this.budget.adjust({ [this.dimension]: -spent }, { [this.dimension]: atMost });
  }
}

/** The concurrency dimension of a `SharedBudget`: taken and freed by its scripts, never waited for here. */
export class SharedSlots implements Slots {
  constructor(private readonly budget: SharedBudget) {}

  get size(): number {
    return this.budget.slotCount ?? 0;
  }

  async resize(size: number): Promise<void> {
    this.budget.setSlotCount(size); // taken by the next admission
  }

  async close(): Promise<void> {
    this.budget.setSlotCount(undefined);
  }
}
