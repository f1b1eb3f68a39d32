import type { SlotLease, SlotOutcome, Slots } from './slots.js';

interface Waiter {
  grant(lease: SlotLease): void;
}

/**
 * The concurrency budget of one process: a count of held slots and a first-come-first-served line.
 * (Bottleneck's job queue, used here once, cost a timer (≥ 1 ms) and more bookkeeping than the whole rest of
 * a request. Shared budgets take their slots in the admission script: shared-budget.ts.)
 */
export class LocalSlots implements Slots {
  private held = 0;
  private readonly line: Waiter[] = [];

  constructor(public size: number) {}

  acquire(options: { deadline: number; graceMs: number; signal?: AbortSignal; onWait?: (waiting: boolean) => void }): Promise<SlotOutcome> {
    const { signal, onWait } = options;
    if (signal?.aborted) return Promise.resolve('aborted');
    const free = this.tryAcquireNow();
    if (free) return Promise.resolve(free);
    if (options.deadline <= Date.now()) return Promise.resolve('timeout');
    return new Promise<SlotOutcome>((resolve) => {
      const finish = (outcome: SlotOutcome): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        onWait?.(false);
        resolve(outcome);
      };
      const waiter: Waiter = { grant: (lease) => finish(lease) };
      const leave = (outcome: 'timeout' | 'aborted'): void => {
        const index = this.line.indexOf(waiter);
        if (index < 0) return; // granted meanwhile
        this.line.splice(index, 1);
        finish(outcome);
      };
      const onAbort = (): void => leave('aborted');
      const timer = setTimeout(() => leave('timeout'), options.deadline - Date.now());
      signal?.addEventListener('abort', onAbort, { once: true });
      this.line.push(waiter);
      onWait?.(true);
    });
  }

  tryAcquireNow(): SlotLease | undefined {
    if (this.line.length > 0 || this.held >= this.size) return undefined;
    this.held++;
    return this.lease();
  }

  resize(size: number): Promise<void> {
    this.size = size;
    this.wake();
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private lease(): SlotLease {
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.held--;
        this.wake();
      },
    };
  }

  private wake(): void {
    while (this.held < this.size && this.line.length > 0) {
      this.held++;
      (this.line.shift() as Waiter).grant(this.lease());
    }
  }
}
