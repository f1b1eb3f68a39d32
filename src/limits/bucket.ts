/** A token bucket of N per minute: holds at most N, refills N/60 each second. Amounts are in tokens. */
export interface TokenBucket {
  readonly perMinute: number;
  /** Tokens available now; negative when more was spent than reserved (a debt the refill pays back). */
  level(): Promise<number>;
  /** A new budget that keeps what was spent: level += newBudget - oldBudget, at most the new budget. */
  resize(perMinute: number): Promise<void> | void;
  close(): Promise<void> | void;
  /** Shared buckets, after an outage: lowers the level to at most `atMost`, then charges `spent` (see outage.ts). */
  rejoin?(atMost: number, spent: number): Promise<void>;
}

export const refillPerSecond = (bucket: TokenBucket): number => bucket.perMinute / 60;

/** Seconds until `needed` tokens are available at `level`, counting in whole refill steps. */
export function secondsUntil(bucket: TokenBucket, level: number, needed: number): number {
  const deficit = needed - level;
  return deficit <= 0 ? 0 : Math.ceil(deficit / refillPerSecond(bucket) - 1e-9);
}

const MS_PER_MINUTE = 60_000;

/**
 * The token bucket of this process (org budgets in memory, the fail-open fallback, upstream limits):
 * synchronous, with continuous refill computed when it is read. Nothing runs while it is idle: no timer.
 */
export class LocalBucket implements TokenBucket {
  private stored: number;
  private at: number;

  constructor(
    public capacity: number,
    /** Tokens per millisecond. */
    public perMs = capacity / MS_PER_MINUTE,
    now = Date.now(),
    level = capacity,
  ) {
    this.stored = level;
    this.at = now;
  }

  get perMinute(): number {
    return this.capacity;
  }

  available(now = Date.now()): number {
    if (now > this.at) {
      // A debt is paid back by the refill like any deficit; a full bucket stays full.
      if (this.stored < this.capacity) this.stored = Math.min(this.capacity, this.stored + (now - this.at) * this.perMs);
      this.at = now;
    }
    return this.stored;
  }

  level(): Promise<number> {
    return Promise.resolve(this.available());
  }

  /**
   * Milliseconds until `need` is available (0: now). A need larger than the bucket is served once the
   * bucket is full (it then goes into debt), so that it is slowed, never refused forever.
   */
  msUntil(need: number, now = Date.now()): number {
    const target = Math.min(need, this.capacity);
    const level = this.available(now);
    if (level >= target) return 0;
    return this.perMs > 0 ? Math.ceil((target - level) / this.perMs) : Number.POSITIVE_INFINITY;
  }

  /** Adds (a refund, capped at the capacity) or removes (a take or charge, may go below zero) tokens. */
  add(tokens: number, now = Date.now()): void {
    const level = this.available(now) + tokens;
    this.stored = tokens > 0 ? Math.min(this.capacity, level) : level;
  }

  /** A budget of `perMinute` per minute that keeps what was spent. */
  resize(perMinute: number): void {
    this.reshape(perMinute, perMinute / MS_PER_MINUTE);
  }

  /** A new size and refill rate that keep what was spent. */
  reshape(capacity: number, perMs: number, now = Date.now()): void {
    const spent = this.capacity - this.available(now);
    this.capacity = capacity;
    this.perMs = perMs;
    this.stored = capacity - spent;
  }

  close(): void {}
}
