import { LocalBucket, RedisBucket } from './bucket.js';
import type { LimiterFactory } from './limiter-set.js';
import type { RedisStore } from './redis-store.js';
import { LocalSlots } from './local-slots.js';
import { SlotPool } from './slots.js';

/** In-process limiters (the default store, and the fail-open fallback of the Redis store). */
export const localFactory: LimiterFactory = {
  shared: false,
  bucket: (_org, _dimension, perMinute) => new LocalBucket(perMinute),
  slots: (_org, size) => new LocalSlots(size),
};

/** Limiters every replica shares, under ids `<prefix>:<org>:<dimension>`. */
export function redisFactory(store: RedisStore, prefix: string, slotExpirationMs: number): LimiterFactory {
  return {
    shared: true,
    bucket: (org, dimension, perMinute) => new RedisBucket(store, `${prefix}:${org}:${dimension}`, perMinute),
    slots: (org, size) => new SlotPool(size, store, `${prefix}:${org}:concurrency`, slotExpirationMs),
  };
}
