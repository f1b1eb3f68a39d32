import { connectRedis, type RedisClient, type RedisTarget } from '../redis-client.js';
import type { LedgerEntry, Reservation, ReserveResult, SpendCounter, SpendStore } from './store.js';

/**
 * Reservations are kept per minute of Redis time, in fields `r:<minute>` beside `spent`, and only the minutes of
 * the last `holdMinutes` count: a reservation whose gateway died before settling stops holding budget once no
 * request could still be running (upstream.timeoutMs), instead of until the window ends.
 */
const HELD_LUA = `
local function held(key, now, holdMinutes)
  local fields = redis.call('hgetall', key)
  local spent, reserved = 0, 0
  for j = 1, #fields, 2 do
    local name, value = fields[j], tonumber(fields[j + 1])
    if name == 'spent' then spent = value
    elseif string.sub(name, 1, 2) == 'r:' then
      if tonumber(string.sub(name, 3)) > now - holdMinutes then reserved = reserved + value
      else redis.call('hdel', key, name) end
    end
  end
  return spent, reserved
end`;

/**
 * Reservation in one atomic step. KEYS: the org's counters. ARGV: amount, minutes a reservation may be held, then
 * per counter its limit (-1 = none) and TTL. Refuses at the first counter whose settled spend reached its limit
 * ({-1, i, spent}) or whose rest is held by requests in flight ({-2, i, spent}); else reserves min(amount, room
 * left) on every counter: {room, minute, 0, spent...}.
 */
const RESERVE_LUA = `${HELD_LUA}
local now = math.floor(tonumber(redis.call('time')[1]) / 60)
local room, holdMinutes = tonumber(ARGV[1]), tonumber(ARGV[2])
local spent = {}
for i = 1, #KEYS do
  local sp, rs = held(KEYS[i], now, holdMinutes)
  spent[i] = sp
  local limit = tonumber(ARGV[2 * i + 1])
  if limit >= 0 then
    if sp >= limit then return {-1, i, sp} end
    if sp + rs >= limit then return {-2, i, sp} end
    room = math.min(room, limit - sp - rs)
  end
end
for i = 1, #KEYS do
  redis.call('hincrby', KEYS[i], 'r:' .. now, room)
  redis.call('expire', KEYS[i], tonumber(ARGV[2 * i + 2]))
end
return {room, now, 0, unpack(spent)}`;

/**
 * Settlement in one atomic step. KEYS: the counters, then the ledger day. ARGV: counter count, reserved, the
 * reservation's minute, actual, counter TTLs, ledger TTL, then ledger field/amount pairs. Answers each counter's
 * settled spend. A reservation already expired is not returned twice.
 */
const SETTLE_LUA = `
local n, reserved, field, actual = tonumber(ARGV[1]), tonumber(ARGV[2]), 'r:' .. ARGV[3], tonumber(ARGV[4])
local spent = {}
for i = 1, n do
  if reserved > 0 and redis.call('hexists', KEYS[i], field) == 1 then
    if redis.call('hincrby', KEYS[i], field, -reserved) <= 0 then redis.call('hdel', KEYS[i], field) end
  end
  spent[i] = redis.call('hincrby', KEYS[i], 'spent', actual)
  redis.call('expire', KEYS[i], tonumber(ARGV[4 + i]))
end
if #KEYS > n then
  for j = 6 + n, #ARGV, 2 do redis.call('hincrby', KEYS[n + 1], ARGV[j], ARGV[j + 1]) end
  redis.call('expire', KEYS[n + 1], tonumber(ARGV[5 + n]))
end
return spent`;

/** The ledger is kept for about 13 months. */
const LEDGER_TTL_SEC = 400 * 86_400;

type SpendRedis = RedisClient & {
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

  /**
   * @param holdMinutes how long an unsettled reservation may hold budget: the longest a request can run
   *   (upstream.timeoutMs) plus a minute.
   */
  constructor(
    target: RedisTarget,
    private readonly prefix: string,
    private readonly holdMinutes = 11,
  ) {
    const redis = connectRedis(target, { maxRetriesPerRequest: 1, commandTimeout: 2_000, connectTimeout: 2_000, enableAutoPipelining: true });
    redis.on('error', () => undefined); // reported by the failing commands
    redis.defineCommand('usdReserve', { lua: RESERVE_LUA });
    redis.defineCommand('usdSettle', { lua: SETTLE_LUA });
    this.redis = redis as SpendRedis;
  }

  private counterKey = (org: string, key: string): string => `${this.prefix}:usd:{${org}}:${key}`;
  private ledgerKey = (org: string, day: string): string => `${this.prefix}:ledger:{${org}}:${day}`;

  async reserve(org: string, counters: readonly SpendCounter[], amount: number): Promise<ReserveResult> {
    if (counters.length === 0) return { ok: true, reservation: { amount: 0, slot: 0 }, spent: [] };
    const args: Array<string | number> = [counters.length, ...counters.map((c) => this.counterKey(org, c.key)), amount, this.holdMinutes];
    for (const c of counters) args.push(c.limit ?? -1, c.ttlSec);
    const [first, second, spent, ...all] = (await this.redis.usdReserve(...args)).map(Number) as [number, number, number, ...number[]];
    if (first < 0) return { ok: false, index: second - 1, spent, held: first === -2 };
    return { ok: true, reservation: { amount: first, slot: second }, spent: all };
  }

  async settle(org: string, counters: readonly SpendCounter[], reservation: Reservation, actual: number, entry: LedgerEntry | undefined): Promise<number[]> {
    const keys = counters.map((c) => this.counterKey(org, c.key));
    if (entry) keys.push(this.ledgerKey(org, entry.day));
    if (keys.length === 0) return [];
    const args: Array<string | number> = [keys.length, ...keys, counters.length, reservation.amount, reservation.slot, actual];
    args.push(...counters.map((c) => c.ttlSec), LEDGER_TTL_SEC);
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
