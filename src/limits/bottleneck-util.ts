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
  _store?: { yieldLoop?: (t?: number) => Promise<void> };
}

/**
 * Bottleneck's in-memory datastore awaits `setTimeout(0)` before every operation, to behave as
 * asynchronously as its Redis one. On the request path that is a timer (≥ 1 ms and real CPU) per
 * reservoir read, take and refund. A resolved promise keeps every operation asynchronous and in
 * order, without the timer. Only for local limiters: the clustered datastore does not use it.
 */
export function withoutTimerYields(limiter: Bottleneck): Bottleneck {
  const store = (limiter as unknown as LocalStoreInternals)._store;
  if (store && typeof store.yieldLoop === 'function') store.yieldLoop = () => Promise.resolve();
  return limiter;
}
