/**
 * A synchronous token bucket with continuous refill, for the upstream limits: `UpstreamLimits.check`
 * must answer without waiting, so it cannot use Bottleneck's asynchronous reservoirs.
 */
export class SyncBucket {
  private level: number;
  private at: number;

  constructor(
    public capacity: number,
    /** Tokens per millisecond. */
    public perMs: number,
    now = Date.now(),
    level = capacity,
  ) {
    this.level = level;
    this.at = now;
  }

  available(now = Date.now()): number {
    if (now > this.at) {
      this.level = Math.min(this.capacity, this.level + (now - this.at) * this.perMs);
      this.at = now;
    }
    return this.level;
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

  /** Adds (refund, capped at the capacity) or removes (may go below zero) tokens. */
  add(tokens: number, now = Date.now()): void {
    const level = this.available(now) + tokens;
    this.level = tokens > 0 ? Math.min(this.capacity, level) : level;
  }

  /** A new size that keeps what was spent. */
  resize(capacity: number, perMs: number, now = Date.now()): void {
    const spent = this.capacity - this.available(now);
    this.capacity = capacity;
    this.perMs = perMs;
    this.level = capacity - spent;
  }
}
