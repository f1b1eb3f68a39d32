export type Turn = 'turn' | 'timeout' | 'aborted';

interface Waiter {
  readonly promote: () => void;
}

/**
 * One org's line of requests waiting for budget on this replica, first come first served: only the
 * head tries to take budget, so a large request is not starved by small ones behind it. The head
 * sleeps until the refill it computed, or until `wake()` (a refund, a freed slot, a store change).
 */
export class AdmissionQueue {
  private readonly waiters: Waiter[] = [];
  private wakeHead: (() => void) | undefined;

  constructor(private readonly onDepth: (depth: number) => void) {}

  get length(): number {
    return this.waiters.length;
  }

  /** Joins the line; resolves with 'turn' when first. Call `leave` exactly once afterwards, whatever the outcome. */
  enter(deadline: number, signal?: AbortSignal): { turn: Promise<Turn>; leave: () => void } {
    let promote: () => void = () => undefined;
    const turnReached = new Promise<void>((resolve) => (promote = resolve));
    const waiter: Waiter = { promote };
    this.waiters.push(waiter);
    this.onDepth(this.waiters.length);
    if (this.waiters[0] === waiter) promote();
    const leave = (): void => {
      const index = this.waiters.indexOf(waiter);
      if (index < 0) return;
      this.waiters.splice(index, 1);
      this.onDepth(this.waiters.length);
      if (index === 0) this.waiters[0]?.promote();
    };
    const turn = race(turnReached, deadline, signal).then((outcome): Turn => (outcome === 'done' ? 'turn' : outcome));
    return { turn, leave };
  }

  /** The head waits up to `ms` for budget to come back. */
  async sleep(ms: number, signal?: AbortSignal): Promise<'done' | 'timeout' | 'aborted'> {
    const woken = new Promise<void>((resolve) => (this.wakeHead = resolve));
    const outcome = await race(woken, Date.now() + ms, signal);
    this.wakeHead = undefined;
    return outcome;
  }

  wake(): void {
    this.wakeHead?.();
  }
}

/** Waits for `event`, a deadline or an abort, whichever comes first; cleans up its timer and listener. */
function race(event: Promise<void>, deadline: number, signal?: AbortSignal): Promise<'done' | 'timeout' | 'aborted'> {
  if (signal?.aborted) return Promise.resolve('aborted');
  return new Promise((resolve) => {
    const finish = (outcome: 'done' | 'timeout' | 'aborted'): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = (): void => finish('aborted');
    const timer = setTimeout(() => finish('timeout'), Math.max(0, deadline - Date.now()));
    signal?.addEventListener('abort', onAbort, { once: true });
    void event.then(() => finish('done'));
  });
}
