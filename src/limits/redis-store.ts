import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import { connectRedis, pingMasters, type RedisClient, type RedisTarget } from '../redis-client.js';
import { ADJUST_LUA, ADMIT_LUA } from './shared-scripts.js';

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

/**
 * Timers run before I/O callbacks in an event-loop turn: after a busy turn, a deadline would fire although
 * Redis's answer is already waiting in the socket. Deciding after the pending I/O lets that answer win.
 */
const afterPendingIo = (decide: () => void): void => void setImmediate(decide);

/** Records this replica as alive (Redis's clock, so replicas' clocks need not agree); returns how many are. */
const HEARTBEAT_LUA = `
local t = redis.call('time')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('zadd', KEYS[1], now, ARGV[1])
redis.call('zremrangebyscore', KEYS[1], '-inf', now - tonumber(ARGV[2]))
redis.call('pexpire', KEYS[1], ARGV[2])
return redis.call('zcard', KEYS[1])`;

/** The org scripts as ioredis commands: EVALSHA, with EVAL once if Redis does not know the script yet. */
interface ScriptCommands {
  gatewayAdmit(budgetKey: string, slotsKey: string, ...args: (string | number)[]): Promise<unknown>;
  gatewayAdjust(budgetKey: string, slotsKey: string, ...args: (string | number)[]): Promise<unknown>;
}

/**
 * The shared ioredis connection the org budgets use (one Redis or a cluster), and the judge of whether Redis is up
 * (on a cluster: every master serving slots answers).
 * Redis trouble never throws out of here unguarded: errors are logged, health flips to down, a probe
 * pings until Redis answers again, and listeners hear each transition once.
 */
export class RedisStore {
  private readonly client: RedisClient & ScriptCommands;
  private health: Health = 'connecting';
  private probeTimer: NodeJS.Timeout | undefined;
  private verifying: Promise<void> | undefined;
  private closed = false;
  private readonly listeners = new Set<(up: boolean, reason: string) => void>();
  private readonly replicaId = randomUUID();
  private readonly heartbeatTimer: NodeJS.Timeout;
  private replicas: number | undefined;

  constructor(
    target: RedisTarget,
    private readonly logger: Logger,
    private readonly prefix = 'gateway',
  ) {
    const client = connectRedis(target, {
      enableOfflineQueue: false, // fail at once while disconnected, so admission can fall back
      enableAutoPipelining: true, // the scripts of requests handled in one event-loop turn go in one write
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(100 * attempt, 1_000),
    });
    client.defineCommand('gatewayAdmit', { numberOfKeys: 2, lua: ADMIT_LUA });
    client.defineCommand('gatewayAdjust', { numberOfKeys: 2, lua: ADJUST_LUA });
    this.client = client as RedisClient & ScriptCommands;
    this.client.on('error', (err: Error) => this.logger.debug({ err: err.message }, 'limit store: redis error'));
    this.client.on('close', () => this.markDown('connection closed'));
    this.client.on('ready', () => void this.probe());
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

  /** Runs the admission script of one org (shared-scripts.ts); the reply as Redis gave it. */
  admit(keys: readonly [string, string], args: (string | number)[]): Promise<unknown> {
    return this.guard(this.client.gatewayAdmit(keys[0], keys[1], ...args), 'admit');
  }

  /** Runs the settle/rejoin script of one org (shared-scripts.ts). */
  async adjust(keys: readonly [string, string], args: (string | number)[]): Promise<void> {
    await this.guard(this.client.gatewayAdjust(keys[0], keys[1], ...args), 'settle');
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

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.probeTimer);
    clearInterval(this.heartbeatTimer);
    this.listeners.clear();
    this.client.disconnect();
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
      await Promise.race([pingMasters(this.client), timeout]);
      this.markUp();
    } catch (err) {
      this.markDown(err instanceof Error ? err.message : String(err));
    } finally {
      clearTimeout(timer);
    }
  }
}
