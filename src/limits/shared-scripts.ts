import type { Levels } from './headers.js';
import { TOKEN_DIMENSIONS, type TokenDimension } from './types.js';

/**
 * The two Lua scripts of the shared path (README.md, "Redis"): every dimension of one org is admitted in one
 * atomic step and settled in one more. KEYS[1] is the org's hash of buckets, KEYS[2] its sorted set of
 * concurrency leases; both carry the hash tag `{org}`, so they sit in one Redis Cluster slot.
 *
 * A bucket per dimension d (rpm, itpm, otpm) is three fields: `d` its level, `d:t` when it last refilled, and
 * `d:cap` its capacity, all in units of 1/60000 token (a budget of N per minute refills N*1000 units a second,
 * an integer for budgets with up to three decimals). Time is Redis's own (TIME): replicas' clocks do not matter.
 * Refill is lazy, in whole seconds since `d:t`. A capacity that differs from the stored one moves the level by
 * new - old (a reload keeps what was spent; idempotent, so every replica may pass it). Missing keys mean full
 * buckets: the hash expires once every bucket would be full again, so an idle org holds nothing in Redis.
 */
const PRELUDE = `
local t = redis.call('time')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local DIMS = {'rpm', 'itpm', 'otpm'}
local function fmt(x) return string.format('%.17g', x) end
local state = {}
local function load(d, cap)
  local s = redis.call('hmget', KEYS[1], d, d .. ':t', d .. ':cap')
  local level, at, old = tonumber(s[1]), tonumber(s[2]), tonumber(s[3])
  if level == nil or at == nil or old == nil then level, at, old = cap, now, cap end
  if old ~= cap then level = math.min(cap, level + cap - old) end
  local steps = math.floor((now - at) / 1000)
  if steps > 0 then
    if level < cap then level = math.min(cap, level + steps * cap / 60) end
    at = at + steps * 1000
  end
  state[d] = {level = level, at = at, cap = cap}
  return level
end
local function save()
  local ttl = 0
  for d, b in pairs(state) do
    redis.call('hset', KEYS[1], d, fmt(b.level), d .. ':t', b.at, d .. ':cap', fmt(b.cap))
    if b.cap > 0 then ttl = math.max(ttl, math.ceil((b.cap - b.level) * 60 / b.cap) * 1000 + 1000) end
  end
  -- Never shorter than before: a bucket not loaded in this call may still be refilling.
  if next(state) ~= nil then redis.call('pexpire', KEYS[1], math.max(ttl, 1000, redis.call('pttl', KEYS[1]))) end
end
`;

/**
 * The admissions of one org gathered in one event-loop turn, after the settles gathered since the last script.
 * ARGV: slot count (-1: no concurrency budget), lease lifetime (ms), per dimension its capacity (-1: not
 * budgeted), the lease ids to free (space-separated, '' for none), per dimension the refunds, then the charges
 * (as in ADJUST_LUA, without ceiling); then per request its lease id ('' takes no slot: a read), '1' if it is
 * forced ('' if not) and the amount needed of each dimension. The settles apply first; then each request, in
 * order, takes everything or nothing; a forced one (admitted by its replica already, headroom.ts) takes
 * everything and its slot whatever the levels, so every admission is recorded (a bucket may go into debt, the
 * slots over the count). Returns per request {1 admitted | 0 refused, level of rpm, itpm, otpm ('' if not
 * budgeted; after the take if admitted, before it if refused), slots held after it ('' if no concurrency budget)}.
 */
export const ADMIT_LUA = `${PRELUDE}
local size, leaseMs = tonumber(ARGV[1]), tonumber(ARGV[2])
for id in string.gmatch(ARGV[6], '%S+') do redis.call('zrem', KEYS[2], id) end
for i, d in ipairs(DIMS) do
  local cap = tonumber(ARGV[2 + i])
  if cap >= 0 then
    local level = load(d, cap)
    state[d].level = math.min(cap, level + tonumber(ARGV[6 + i])) - tonumber(ARGV[9 + i])
  end
end
local held = 0
if size >= 0 then
  redis.call('zremrangebyscore', KEYS[2], '-inf', now)
  held = redis.call('zcard', KEYS[2])
end
local out, leased = {}, false
for r = 13, #ARGV, 5 do
  local slot = size >= 0 and ARGV[r] ~= ''
  local forced = ARGV[r + 1] == '1'
  local ok = forced or not (slot and held >= size)
  for i, d in ipairs(DIMS) do
    if state[d] and state[d].level < tonumber(ARGV[r + 1 + i]) and not forced then ok = false end
  end
  if ok then
    for i, d in ipairs(DIMS) do
      if state[d] then state[d].level = state[d].level - tonumber(ARGV[r + 1 + i]) end
    end
    if slot then
      redis.call('zadd', KEYS[2], now + leaseMs, ARGV[r])
      held, leased = held + 1, true
    end
  end
  out[#out + 1] = ok and 1 or 0
  for _, d in ipairs(DIMS) do out[#out + 1] = state[d] and fmt(state[d].level) or '' end
  out[#out + 1] = size >= 0 and held or ''
end
if leased then redis.call('pexpire', KEYS[2], leaseMs) end
save()
return out`;

/**
 * ARGV: the lease ids to free, space-separated ('' for none), then per dimension its capacity (-1: not
 * budgeted), a ceiling ('' for none), refunds and charges: level = min(capacity, min(level, ceiling) + refunds)
 * - charges. Refunds are capped before the charges apply, so settling many requests at once is never more
 * generous than settling them one by one. A rejoin after an outage passes a ceiling and what was spent meanwhile.
 */
export const ADJUST_LUA = `${PRELUDE}
for id in string.gmatch(ARGV[1], '%S+') do redis.call('zrem', KEYS[2], id) end
for i, d in ipairs(DIMS) do
  local cap, ceiling = tonumber(ARGV[4 * i - 2]), tonumber(ARGV[4 * i - 1])
  local refunds, charges = tonumber(ARGV[4 * i]), tonumber(ARGV[4 * i + 1])
  if cap >= 0 and (refunds ~= 0 or charges ~= 0 or ceiling ~= nil) then
    local level = load(d, cap)
    if ceiling ~= nil then level = math.min(level, ceiling) end
    state[d].level = math.min(cap, level + refunds) - charges
  end
end
save()
return 1`;

/** Tokens are kept in Redis in 1/60000ths (above). */
export const UNITS_PER_TOKEN = 60_000;
export const toUnits = (tokens: number): number => Math.round(tokens * UNITS_PER_TOKEN);

/** ADMIT_LUA's answer to one admission: admitted or not, the levels after it, the slots held after it. */
export interface AdmitReply {
  ok: boolean;
  levels: Levels;
  held: number;
}

/** ADMIT_LUA's answers to `count` admissions (five values each), levels of the `budgeted` dimensions; undefined if malformed. */
export function parseAdmitReplies(reply: unknown, count: number, budgeted: ReadonlyMap<TokenDimension, number>): AdmitReply[] | undefined {
  if (!Array.isArray(reply) || reply.length !== 5 * count) return undefined;
  const results: AdmitReply[] = [];
  for (let r = 0; r < reply.length; r += 5) {
    const levels = new Map<TokenDimension, number>();
    for (let i = 0; i < TOKEN_DIMENSIONS.length; i++) {
      const d = TOKEN_DIMENSIONS[i] as TokenDimension;
      const raw: unknown = reply[r + i + 1];
      if (budgeted.has(d) && raw !== '') levels.set(d, Number(raw) / UNITS_PER_TOKEN);
    }
    results.push({ ok: reply[r] === 1, levels, held: Number(reply[r + 4]) || 0 });
  }
  return results;
}
