import Bottleneck from 'bottleneck';

/** A try of the head: success, or how long to sleep before the next try (unless woken earlier). */
export type HeadTry<G extends { ok: true }> = G | { ok: false; sleepMs: number };

/**
 * Where a request waits for budget, and how it is cancelled. One org's line of requests waiting on this
 * replica, first come first served: only the head tries to take budget (tokens and a concurrency slot
 * together), so a large request is not starved by small ones behind it. The head sleeps until the refill
 * it computed, or until `wake()` (a settled ticket, a store change, a reload). A waiting request leaves by
 * AbortSignal only: the caller's (the client went away), or the one of its deadline (`maxQueueMs`).
 *
 * The line itself is a Bottleneck limiter with one job at a time (its FIFO queue is the line; the running
 * job is the head's turn), built when the org first has to wait: the budgets are plain arithmetic
 * (bucket.ts), and Bottleneck is used only here, where a request really waits.
 */
export class AdmissionQueue {
  private line: Bottleneck | undefined;
  private waiting = 0;
  private wakeHead: (() => void) | undefined;

  constructor(private readonly onDepth: (depth: number) => void) {}

  get length(): number {
    return this.waiting;
  }

  /**
   * Waits up to `waitMs` in line, then tries as the head until `tryHead` succeeds. Resolves with the success
   * or 'timeout'; rejects with an AbortError when `signal` aborts, or with what `tryHead` throws.
   */
  async wait<G extends { ok: true }>(waitMs: number, signal: AbortSignal | undefined, tryHead: () => Promise<HeadTry<G>>): Promise<G | 'timeout'> {
    // Not AbortSignal.timeout: its timer would outlive a wait that ends early.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), Math.max(0, waitMs));
    const cancel = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
    this.setDepth(this.waiting + 1);
    const { turn, leave } = this.enter();
    try {
      await untilAborted(turn, cancel);
      for (;;) {
        const result = await tryHead();
        if (result.ok) return result;
        await this.sleep(result.sleepMs, cancel);
      }
    } catch (err) {
      if (signal?.aborted) throw abortError(signal);
      if (deadline.signal.aborted) return 'timeout';
      throw err;
    } finally {
      clearTimeout(timer);
      leave();
      this.setDepth(this.waiting - 1);
    }
  }

  /**
   * Joins the line: `turn` resolves when this request is the head. Call `leave` exactly once afterwards,
   * whatever the outcome: it ends the head's turn, or lets the line skip a request that left while queued.
   */
  private enter(): { turn: Promise<void>; leave: () => void } {
    this.line ??= new Bottleneck({ maxConcurrent: 1 });
    let headNow: () => void = () => undefined;
    let leave: () => void = () => undefined;
    const turn = new Promise<void>((resolve) => (headNow = resolve));
    const left = new Promise<void>((resolve) => (leave = resolve));
    // A request that left while queued has already resolved `left`: its turn ends as soon as it comes.
    void this.line.schedule(async () => {
      headNow();
      await left;
    });
    return { turn, leave };
  }

  private setDepth(depth: number): void {
    this.waiting = depth;
    this.onDepth(depth);
  }

  /** The head waits up to `ms` for budget to come back; rejects with the signal's reason. */
  private async sleep(ms: number, signal: AbortSignal): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const woken = new Promise<void>((resolve) => {
      this.wakeHead = resolve;
      timer = setTimeout(resolve, ms);
    });
    try {
      await untilAborted(woken, signal);
    } finally {
      clearTimeout(timer);
      this.wakeHead = undefined;
    }
  }

  wake(): void {
    this.wakeHead?.();
  }
}

/** `event`, or a rejection with the signal's reason if it aborts first; the listener is removed either way. */
function untilAborted(event: Promise<void>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    void event.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}

export function abortError(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error) return reason;
  const err = new Error('The request was aborted while waiting for budget');
  err.name = 'AbortError';
  return err;
}
