export interface SlotLease {
  /** Frees the slot; safe to call more than once. */
  release(): void;
}

export type SlotOutcome = SlotLease | 'timeout' | 'aborted';

/** A concurrency budget: `LocalSlots` in one process; shared, a view on `SharedBudget`, taken by its admission script. */
export interface Slots {
  readonly size: number;
  /** Slots that are waited for in this process: waits for one until `deadline` (at least `graceMs` if one is free). */
  acquire?(options: { deadline: number; graceMs: number; signal?: AbortSignal; onWait?: (waiting: boolean) => void }): Promise<SlotOutcome>;
  /** Slots that live in this process only: a slot that is free now with nobody waiting, or undefined. */
  tryAcquireNow?(): SlotLease | undefined;
  resize(size: number): Promise<void>;
  close(): Promise<void>;
}
