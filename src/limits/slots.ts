export interface SlotLease {
  /** Frees the slot; safe to call more than once. */
  release(): void;
}

/** A concurrency budget: `LocalSlots` in one process; shared, a view on `SharedBudget`, taken by its admission script. */
export interface Slots {
  readonly size: number;
  resize(size: number): Promise<void> | void;
  close(): Promise<void> | void;
}

/**
 * The concurrency budget of one process: a count of held slots. Requests that find none free wait in
 * the org's line (queue.ts), whose head is woken when a ticket settles.
 */
export class LocalSlots implements Slots {
  private held = 0;

  constructor(public size: number) {}

  /** A slot if one is free now. */
  take(): SlotLease | undefined {
    if (this.held >= this.size) return undefined;
    this.held++;
    return new LocalLease(this);
  }

  /** Only through a lease, once. */
  free(): void {
    this.held--;
  }

  resize(size: number): void {
    this.size = size;
  }

  close(): void {}
}

/** A held local slot: an object with a method, not a closure per request. */
class LocalLease implements SlotLease {
  private slots: LocalSlots | undefined;

  constructor(slots: LocalSlots) {
    this.slots = slots;
  }

  release(): void {
    this.slots?.free();
    this.slots = undefined;
  }
}
