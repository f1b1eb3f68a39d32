import type { Config } from '../config/schema.js';
import { RedisOwnershipStore } from './redis-store.js';
import { SqliteOwnershipStore } from './sqlite-store.js';
import type { OwnershipStore } from './store.js';

export type { OwnershipStore, ResourceKind, StoreStatus } from './store.js';
export { pageOf, type Page, type PageQuery } from './page.js';

/** Redis when `limits.redis` is configured (shared by every replica), else SQLite under `server.dataDir`. */
export function createOwnershipStore(config: Config): OwnershipStore {
  const redis = config.limits.redis;
  if (redis) return new RedisOwnershipStore(redis, redis.prefix);
  return new SqliteOwnershipStore(config.server.dataDir);
}
