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
  _store?: { yieldLoop?: (t?: number) => Promise<void> };
}

/**
 * A local limiter used only as a reservoir (no job is ever scheduled on it), made cheap to change:
 * - Bottleneck's in-memory datastore awaits `setTimeout(0)` before every operation, to behave as
 *   asynchronously as its Redis one: a timer (≥ 1 ms and real CPU) per reservoir read, take and refund.
 *   A resolved promise keeps every operation asynchronous and in order, without the timer.
 * - After every reservoir change Bottleneck looks for queued jobs to start, through its register lock.
 *   Each look creates two fresh generator functions (Bottleneck is compiled with Babel), and every one
 *   brings a hidden class of its own that outlives young-generation GC: ~1 KB per change. With nothing
 *   queued the look is skipped; its first step under the lock is that same check.
 */
export function asLocalReservoir(limiter: Bottleneck): Bottleneck {
  const internals = limiter as unknown as LocalStoreInternals;
  const store = internals._store;
  if (store && typeof store.yieldLoop === 'function') store.yieldLoop = () => Promise.resolve();
  const drainAll = internals._drainAll;
  if (typeof drainAll === 'function') {
    internals._drainAll = (capacity, total = 0) =>
      internals.queued() === 0 ? Promise.resolve(total) : drainAll.call(limiter, capacity, total);
  }
  return limiter;
}
