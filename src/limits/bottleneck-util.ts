import type Bottleneck from 'bottleneck';

/**
 * Bottleneck's typings declare `updateSettings` as returning the limiter, but it is an async function
 * (the clustered datastore runs a Redis script): await the promise it really returns.
 */
export async function updateSettings(limiter: Bottleneck, options: Bottleneck.ConstructorOptions): Promise<void> {
  await (limiter.updateSettings(options) as unknown as PromiseLike<unknown>);
}

/**
 * Bottleneck's `disconnect` is typed as a promise but returns undefined for a limiter on a shared
 * connection (and may throw): never fails, never leaves a rejection unhandled.
 */
export async function disconnect(limiter: Bottleneck): Promise<void> {
  try {
    await (limiter.disconnect(false) as Promise<void> | undefined);
  } catch {
    // a limiter that is being dropped: nothing to do
  }
}

interface LocalStoreInternals {
  queued(): number;
  _drainAll?: (capacity?: number | null, total?: number) => Promise<unknown>;
  _store?: {
    storeOptions?: { reservoir: number | null };
    computeCapacity?: () => number | null;
    yieldLoop?: (t?: number) => Promise<void>;
    __incrementReservoir__?: (incr: number) => Promise<number | null>;
    __currentReservoir__?: () => Promise<number | null>;
  };
}

/**
 * A local limiter used only as a reservoir (no job is ever scheduled on it), made cheap to read and
 * change. Bottleneck (2.19.5, pinned) keeps the reservoir and refills it; three of its habits are
 * replaced on this limiter only:
 * - Its in-memory datastore awaits `setTimeout(0)` before every operation, to behave as asynchronously
 *   as its Redis one: a timer (≥ 1 ms and real CPU) per operation. A resolved promise keeps every
 *   operation asynchronous and in order, without the timer.
 * - Its async methods are compiled with Babel: each call makes a fresh generator function, and with it
 *   three hidden classes, ~700 B of old-generation garbage per call that only a full GC frees. Reading
 *   and changing the reservoir do the same steps here without that wrapper: the change, then the look
 *   for queued jobs, and a promise of the level.
 * - That look goes through its register lock, two more generator functions per change. With nothing
 *   queued it is skipped; its first step under the lock is that same check.
 */
export function asLocalReservoir(limiter: Bottleneck): Bottleneck {
  const internals = limiter as unknown as LocalStoreInternals;
  const store = internals._store;
  if (typeof store?.yieldLoop === 'function') store.yieldLoop = () => Promise.resolve();
  const drainAll = internals._drainAll;
  if (typeof drainAll === 'function') {
    internals._drainAll = (capacity, total = 0) =>
      internals.queued() === 0 ? Promise.resolve(total) : drainAll.call(limiter, capacity, total);
  }
  const options = store?.storeOptions; // one object for the limiter's life: updateSettings writes into it
  if (!store || !options || typeof store.computeCapacity !== 'function') return limiter;
  const capacity = store.computeCapacity.bind(store);
  store.__currentReservoir__ = () => Promise.resolve(options.reservoir);
  store.__incrementReservoir__ = (incr) => {
    options.reservoir = (options.reservoir ?? 0) + incr;
    void internals._drainAll?.(capacity());
    return Promise.resolve(options.reservoir);
  };
  return limiter;
}
