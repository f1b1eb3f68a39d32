import { randomUUID } from 'node:crypto';
import Bottleneck from 'bottleneck';
import { Redis } from 'ioredis';
import { disconnect } from './bottleneck-util.js';
import type { Logger } from '../logger.js';

/** A Redis operation did not complete: Redis is unreachable, slow, or answered with an error. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * How long one limiter operation (or a probe's PING) may take before Redis is suspected (or found) unreachable.
 * A stalled Redis is found down after two of these, and requests fail open instead of waiting on it.
 */
const OP_TIMEOUT_MS = 400;
/** ioredis's own deadline per command: a backstop only (its timer cannot tell a stalled Redis from a busy event loop). */
const COMMAND_TIMEOUT_MS = 2_000;
const PROBE_INTERVAL_MS = 1_000;
/** Each replica says it is alive this often; one not heard from for ALIVE_TTL_MS no longer counts. */
const HEARTBEAT_MS = 2_000;
const ALIVE_TTL_MS = 10_000;

type Health = 'connecting' | 'up' | 'down';

/** Where Bottleneck 2.x keeps a clustered limiter's settings and reservoir (Scripts.allKeys). */
const settingsKey = (limiterId: string): string => `b_${limiterId}_settings`;

/**
 * Redis 7 prefixes "ERR " to the sentinel errors of Bottleneck's Lua scripts, and Bottleneck 2.19.5
 * compares them exactly, so its built-in recovery (re-create a limiter's keys after Redis lost its
 * data, re-register a client that was evicted) never runs (bottleneck issues #205, #212, #219).
 * Strip the prefix from those two messages before Bottleneck sees them.
 */
function normalizeScriptErrors(connection: Bottleneck.IORedisConnection): void {
  type Callback = (err: Error | null, replies: unknown) => void;
  type ScriptFn = (...args: unknown[]) => unknown;
  const internals = connection as unknown as { __scriptFn__(name: string): ScriptFn };
  const original = internals.__scriptFn__.bind(connection);
  internals.__scriptFn__ = (name: string): ScriptFn => {
    const fn = original(name);
    return (...args: unknown[]) => {
      const callback = args.pop() as Callback;
      return fn(...args, (err: Error | null, replies: unknown) => {
        if (err && /^ERR (SETTINGS_KEY_NOT_FOUND|UNKNOWN_CLIENT)$/.test(err.message)) err.message = err.message.slice(4);
        callback(err, replies);
      });
    };
  };
}

/**
 * Applies a new budget to a clustered reservoir in one atomic step, keeping what was spent:
 * remaining += newCapacity - oldCapacity. Idempotent, so every replica may run it on reload
 * (the second one finds the new capacity already stored and changes nothing).
 */
const RECONCILE_LUA = `
local s = redis.call('hmget', KEYS[1], 'reservoir', 'reservoirIncreaseMaximum', 'reservoirIncreaseAmount', 'reservoirIncreaseInterval')
local reservoir, oldCap = tonumber(s[1]), tonumber(s[2])
local cap, amount, interval = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
if reservoir == nil or oldCap == nil then return false end
if oldCap == cap and tonumber(s[3]) == amount and tonumber(s[4]) == interval then return reservoir end
reservoir = math.min(cap, reservoir + (cap - oldCap))
redis.call('hset', KEYS[1], 'reservoir', reservoir, 'reservoirIncreaseMaximum', cap,
  'reservoirIncreaseAmount', amount, 'reservoirIncreaseInterval', interval)
return reservoir`;

/** Gives tokens back to a clustered reservoir atomically, never above its maximum (Bottleneck's increment is uncapped). */
const REFUND_LUA = `
local s = redis.call('hmget', KEYS[1], 'reservoir', 'reservoirIncreaseMaximum')
local reservoir, cap = tonumber(s[1]), tonumber(s[2])
if reservoir == nil then return false end
reservoir = reservoir + tonumber(ARGV[1])
if cap ~= nil and reservoir > cap then reservoir = cap end
redis.call('hset', KEYS[1], 'reservoir', reservoir)
return reservoir`;

/**
 * Timers run before I/O callbacks in an event-loop turn: after a busy turn, a deadline would fire although
 * Redis's answer is already waiting in the socket. Deciding after the pending I/O lets that answer win.
 */
const afterPendingIo = (decide: () => void): void => void setImmediate(decide);

/** Lowers a clustered reservoir to at most ARGV[1], then charges ARGV[2]: a bucket rejoining after an outage. */
const CLAMP_AND_CHARGE_LUA = `
local reservoir = tonumber(redis.call('hget', KEYS[1], 'reservoir'))
if reservoir == nil then return false end
reservoir = math.min(reservoir, tonumber(ARGV[1])) - tonumber(ARGV[2])
redis.call('hset', KEYS[1], 'reservoir', reservoir)
return reservoir`;

/** Records this replica as alive (Redis's clock, so replicas' clocks need not agree); returns how many are. */
const HEARTBEAT_LUA = `
local t = redis.call('time')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('zadd', KEYS[1], now, ARGV[1])
redis.call('zremrangebyscore', KEYS[1], '-inf', now - tonumber(ARGV[2]))
redis.call('pexpire', KEYS[1], ARGV[2])
return redis.call('zcard', KEYS[1])`;

/**
 * The shared ioredis connection every clustered limiter uses, and the judge of whether Redis is up.
 * Redis trouble never throws out of here unguarded: errors are logged, health flips to down, a probe
 * pings until Redis answers again, and listeners hear each transition once.
 */
export class RedisStore {
  readonly connection: Bottleneck.IORedisConnection;
  private readonly client: Redis;
  private health: Health = 'connecting';
  private probeTimer: NodeJS.Timeout | undefined;
  private verifying: Promise<void> | undefined;
  private readonly retiring = new Set<Bottleneck>();
  private closed = false;
  private readonly listeners = new Set<(up: boolean, reason: string) => void>();
  private readonly replicaId = randomUUID();
  private readonly heartbeatTimer: NodeJS.Timeout;
  private replicas: number | undefined;

  constructor(
    url: string,
    private readonly logger: Logger,
    private readonly prefix = 'gateway',
  ) {
    this.client = new Redis(url, {
      enableOfflineQueue: false, // fail at once while disconnected, so admission can fall back
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(100 * attempt, 1_000),
    });
    this.client.on('error', (err: Error) => this.logger.debug({ err: err.message }, 'limit store: redis error'));
    this.client.on('close', () => this.markDown('connection closed'));
    this.client.on('ready', () => void this.probe());
    this.connection = new Bottleneck.IORedisConnection({ client: this.client });
    this.connection.on('error', (err: unknown) => this.logger.debug({ err: String(err) }, 'limit store: bottleneck error'));
    normalizeScriptErrors(this.connection);
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), HEARTBEAT_MS).unref();
  }

  /** Replicas that said they were alive lately, as last counted (kept while Redis is away); undefined before. */
  get replicasAlive(): number | undefined {
    return this.replicas;
  }

  get up(): boolean {
    return this.health === 'up';
  }

  /** Hears each transition once: connected, lost (with the reason), reachable again. */
  onChange(listener: (up: boolean, reason: string) => void): void {
    this.listeners.add(listener);
  }

  /** Resolves true once Redis answers, false after `timeoutMs`. */
  async waitUntilUp(timeoutMs: number): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (!this.up && Date.now() < until && !this.closed) await new Promise((r) => setTimeout(r, 20));
    return this.up;
  }

  /** Runs one Redis-backed limiter operation with a deadline; a failure goes through `failure`. */
  async guard<T>(operation: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => afterPendingIo(() => reject(new Error(`timed out after ${OP_TIMEOUT_MS} ms`))), OP_TIMEOUT_MS);
    });
    try {
      return await Promise.race([operation, timeout]);
    } catch (err) {
      throw this.failure(what, err);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Records a failed Redis operation and returns the error to throw. A broken connection marks the
   * store down at once; a slow or failed command on a live connection only triggers a probe, so a
   * busy event loop or one bad script does not flip the whole replica to its fallback.
   */
  failure(what: string, err: unknown): StoreUnavailableError {
    if (err instanceof StoreUnavailableError) return err;
    const reason = `${what}: ${err instanceof Error ? err.message : String(err)}`;
    if (this.client.status === 'ready') void this.verify();
    else this.markDown(reason);
    return new StoreUnavailableError(`limit store unavailable (${reason})`, { cause: err });
  }

  /** Pings Redis (once at a time); marks the store down if it does not answer. Resolves with the verdict. */
  verify(): Promise<boolean> {
    this.verifying ??= this.probe().finally(() => (this.verifying = undefined));
    return this.verifying.then(() => this.up);
  }

  /** Sets a clustered reservoir's capacity and refill, keeping what was spent. Returns the new level (units). */
  async reconcile(limiterId: string, capacity: number, amount: number, intervalMs: number): Promise<number | null> {
    const result = await this.guard(this.client.eval(RECONCILE_LUA, 1, settingsKey(limiterId), capacity, amount, intervalMs), 'reconcile');
    return typeof result === 'number' ? result : null;
  }

  /** Adds `units` (> 0) to a clustered reservoir, capped at its maximum. Returns the new level, or null if it does not exist. */
  async refund(limiterId: string, units: number): Promise<number | null> {
    const result = await this.guard(this.client.eval(REFUND_LUA, 1, settingsKey(limiterId), units), 'refund');
    return typeof result === 'number' ? result : null;
  }

  /** Lowers a clustered reservoir to at most `atMostUnits`, then takes `spentUnits` from it. */
  async clampAndCharge(limiterId: string, atMostUnits: number, spentUnits: number): Promise<void> {
    await this.guard(this.client.eval(CLAMP_AND_CHARGE_LUA, 1, settingsKey(limiterId), atMostUnits, spentUnits), 'rejoin');
  }

  private async heartbeat(): Promise<void> {
    if (!this.up) return;
    try {
      const alive = await this.guard(this.client.eval(HEARTBEAT_LUA, 1, `${this.prefix}:replicas`, this.replicaId, ALIVE_TTL_MS), 'heartbeat');
      if (typeof alive === 'number' && alive > 0) this.replicas = alive;
    } catch {
      // counted again at the next beat; the last count stays meanwhile
    }
  }

  /**
   * Disconnects a limiter that is no longer used. Bottleneck's disconnect unsubscribes without
   * handling a failure (an unhandled rejection: fatal in Node) unless the connection is closed, so
   * while Redis is down the limiter waits here until Redis is back or the store closes.
   */
  retire(limiter: Bottleneck): void {
    if (this.closed || this.up) void disconnect(limiter);
    else this.retiring.add(limiter);
  }

  /** Closes the connection first, so that limiters disconnected afterwards do not touch Redis. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.probeTimer);
    clearInterval(this.heartbeatTimer);
    this.listeners.clear();
    await this.connection.disconnect(false);
    for (const limiter of this.retiring) this.retire(limiter);
    this.retiring.clear();
  }

  private markDown(reason: string): void {
    if (this.closed) return;
    this.schedulePing();
    if (this.health === 'down') return;
    this.health = 'down';
    for (const listener of this.listeners) listener(false, reason);
  }

  private markUp(): void {
    if (this.health === 'up' || this.closed) return;
    const reason = this.health === 'connecting' ? 'connected' : 'reachable again';
    this.health = 'up';
    void this.heartbeat();
    for (const limiter of this.retiring) this.retire(limiter);
    this.retiring.clear();
    for (const listener of this.listeners) listener(true, reason);
  }

  private schedulePing(): void {
    if (this.probeTimer || this.closed) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = undefined;
      void this.probe();
    }, PROBE_INTERVAL_MS);
    this.probeTimer.unref();
  }

  private async probe(): Promise<void> {
    if (this.closed) return;
    let timer: NodeJS.Timeout | undefined;
    try {
      if (this.client.status !== 'ready') throw new Error(`connection ${this.client.status}`);
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => afterPendingIo(() => reject(new Error(`no answer to PING within ${OP_TIMEOUT_MS} ms`))), OP_TIMEOUT_MS);
      });
      await Promise.race([this.client.ping(), timeout]);
      this.markUp();
    } catch (err) {
      this.markDown(err instanceof Error ? err.message : String(err));
    } finally {
      clearTimeout(timer);
    }
  }
}
