import { Redis } from 'ioredis';
import type { LedgerEntry, ReserveResult, SpendCounter, SpendStore } from './store.js';

/**
 * Reservation in one atomic step. KEYS: the org's counters (hashes with `spent` and `reserved`).
 * ARGV: amount, then per counter its limit (-1 = none) and TTL. Refuses at the first counter whose
 * settled spend reached its limit ({-1, i, spent}) or whose rest is held by requests in flight
 * ({-2, i, spent}); else reserves min(amount, room left) on every counter.
 */
const RESERVE_LUA = `
local room = tonumber(ARGV[1])
local spent = {}
for i = 1, #KEYS do
  local s = redis.call('hmget', KEYS[i], 'spent', 'reserved')
  local sp, rs = tonumber(s[1]) or 0, tonumber(s[2]) or 0
  spent[i] = sp
  local limit = tonumber(ARGV[2 * i])
  if limit >= 0 then
    if sp >= limit then return {-1, i, sp} end
    if sp + rs >= limit then return {-2, i, sp} end
    room = math.min(room, limit - sp - rs)
  end
end
for i = 1, #KEYS do
  redis.call('hincrby', KEYS[i], 'reserved', room)
  redis.call('expire', KEYS[i], tonumber(ARGV[2 * i + 1]))
end
return {room, 0, 0, unpack(spent)}`;

/**
 * Settlement in one atomic step. KEYS: the counters, then the ledger day. ARGV: counter count, reserved,
 * actual, counter TTLs, ledger TTL, then ledger field/amount pairs. Answers each counter's settled spend.
 */
const SETTLE_LUA = `
local n, reserved, actual = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local spent = {}
for i = 1, n do
  local rs = redis.call('hincrby', KEYS[i], 'reserved', -reserved)
  if rs < 0 then redis.call('hset', KEYS[i], 'reserved', 0) end
  spent[i] = redis.call('hincrby', KEYS[i], 'spent', actual)
  redis.call('expire', KEYS[i], tonumber(ARGV[3 + i]))
end
if #KEYS > n then
  for j = 5 + n, #ARGV, 2 do redis.call('hincrby', KEYS[n + 1], ARGV[j], ARGV[j + 1]) end
  redis.call('expire', KEYS[n + 1], tonumber(ARGV[4 + n]))
end
return spent`;

/** The ledger is kept for about 13 months. */
const LEDGER_TTL_SEC = 400 * 86_400;

type SpendRedis = Redis & {
  usdReserve(...args: Array<string | number>): Promise<number[]>;
  usdSettle(...args: Array<string | number>): Promise<number[]>;
};

/**
 * Spend shared by every replica in Redis. Keys carry the org as their hash tag (`{search}`), so one
 * script's keys sit in one Redis Cluster slot. Commands fail fast while Redis is away; the caller
 * applies the limits' fail mode.
 */
export class RedisSpendStore implements SpendStore {
  private readonly redis: SpendRedis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2_000, connectTimeout: 2_000, lazyConnect: false });
    redis.on('error', () => undefined); // reported by the failing commands
    redis.defineCommand('usdReserve', { lua: RESERVE_LUA });
    redis.defineCommand('usdSettle', { lua: SETTLE_LUA });
    this.redis = redis as SpendRedis;
  }

  private counterKey = (org: string, key: string): string => `${this.prefix}:usd:{${org}}:${key}`;
  private ledgerKey = (org: string, day: string): string => `${this.prefix}:ledger:{${org}}:${day}`;

  async reserve(org: string, counters: readonly SpendCounter[], amount: number): Promise<ReserveResult> {
    if (counters.length === 0) return { ok: true, reserved: 0, spent: [] };
    const args: Array<string | number> = [counters.length, ...counters.map((c) => this.counterKey(org, c.key)), amount];
    for (const c of counters) args.push(c.limit ?? -1, c.ttlSec);
    const [first, index, spent, ...all] = (await this.redis.usdReserve(...args)).map(Number) as [number, number, number, ...number[]];
    if (first < 0) return { ok: false, index: index - 1, spent, held: first === -2 };
    return { ok: true, reserved: first, spent: all };
  }

  async settle(org: string, counters: readonly SpendCounter[], reserved: number, actual: number, entry: LedgerEntry | undefined): Promise<number[]> {
    const keys = counters.map((c) => this.counterKey(org, c.key));
    if (entry) keys.push(this.ledgerKey(org, entry.day));
    if (keys.length === 0) return [];
    const args: Array<string | number> = [keys.length, ...keys, counters.length, reserved, actual, ...counters.map((c) => c.ttlSec), LEDGER_TTL_SEC];
    for (const [field, value] of Object.entries(entry?.fields ?? {})) args.push(field, value);
    return (await this.redis.usdSettle(...args)).map(Number);
  }

  async spent(org: string, keys: readonly string[]): Promise<number[]> {
    if (keys.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const key of keys) pipeline.hget(this.counterKey(org, key), 'spent');
    const replies = (await pipeline.exec()) ?? [];
    return replies.map(([err, value]) => {
      if (err) throw err;
      return Number(value ?? 0);
    });
  }

  async ledger(org: string, days: readonly string[]): Promise<Map<string, Record<string, number>>> {
    const pipeline = this.redis.pipeline();
    for (const day of days) pipeline.hgetall(this.ledgerKey(org, day));
    const replies = (await pipeline.exec()) ?? [];
    const found = new Map<string, Record<string, number>>();
    replies.forEach(([err, value], i) => {
      if (err) throw err;
      const fields = value as Record<string, string>;
      if (Object.keys(fields).length === 0) return;
      found.set(days[i] as string, Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Number(v)])));
    });
    return found;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
