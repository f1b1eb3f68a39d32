import { connectRedis, type RedisClient, type RedisTarget } from '../redis-client.js';
import type { OwnershipStore, ResourceKind, StoreStatus } from './store.js';

const DAY_SECONDS = 86_400;

/** Adds ARGV[1] to the day's counter unless it would pass ARGV[2]; the counter expires after two days. */
const ADD_DAILY_LUA = `
local used = tonumber(redis.call('get', KEYS[1]) or '0')
if used + tonumber(ARGV[1]) > tonumber(ARGV[2]) then return 0 end
redis.call('incrby', KEYS[1], ARGV[1])
redis.call('expire', KEYS[1], ARGV[3])
return 1`;

/**
 * Ownership in Redis, shared by every replica. Each org's keys carry its id as a hash tag
 * (`prefix:{org}:...`), so they sit in one slot of a Redis Cluster. A sorted set per org and kind holds
 * the ids scored by creation time; a set holds the batches whose cost was already counted.
 */
export class RedisOwnershipStore implements OwnershipStore {
  private readonly client: RedisClient;

  constructor(
    target: RedisTarget,
    private readonly prefix: string,
  ) {
    this.client = connectRedis(target, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.client.on('error', () => {
      // reconnects on its own; /readyz shows the state meanwhile
    });
  }

  private key(org: string, what: string): string {
    return `${this.prefix}:{${org}}:${what}`;
  }

  async add(org: string, kind: ResourceKind, id: string, createdAtMs: number): Promise<void> {
    await this.client.zadd(this.key(org, kind), createdAtMs, id);
  }

  async owns(org: string, kind: ResourceKind, id: string): Promise<boolean> {
    return (await this.client.zscore(this.key(org, kind), id)) !== null;
  }

  async remove(org: string, kind: ResourceKind, id: string): Promise<void> {
    await this.client.zrem(this.key(org, kind), id);
  }

  ids(org: string, kind: ResourceKind): Promise<string[]> {
    return this.client.zrevrange(this.key(org, kind), 0, -1);
  }

  async markCounted(org: string, batchId: string): Promise<boolean> {
    return (await this.client.sadd(this.key(org, 'batch:counted'), batchId)) === 1;
  }

  async addDaily(org: string, day: string, n: number, limit: number): Promise<boolean> {
    const added = await this.client.eval(ADD_DAILY_LUA, 1, this.key(org, `batch:daily:${day}`), n, limit, 2 * DAY_SECONDS);
    return added === 1;
  }

  status(): StoreStatus {
    return { store: 'redis', healthy: this.client.status === 'ready' };
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}
