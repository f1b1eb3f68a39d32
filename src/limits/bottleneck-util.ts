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
