import Bottleneck from 'bottleneck';
import { updateSettings } from './bottleneck-util.js';
import type { RedisStore } from './redis-store.js';

export interface SlotLease {
  /** Frees the slot; safe to call more than once. */
  release(): void;
}

export type SlotOutcome = SlotLease | 'timeout' | 'aborted';

/** A concurrency budget: `LocalSlots` in one process, `SlotPool` (Bottleneck) when shared. */
export interface Slots {
  readonly size: number;
  acquire(options: { deadline: number; graceMs: number; signal?: AbortSignal; onWait?: (waiting: boolean) => void }): Promise<SlotOutcome>;
  /** Slots that live in this process only: a slot that is free now with nobody waiting, or undefined. */
  tryAcquireNow?(): SlotLease | undefined;
  resize(size: number): Promise<void>;
  close(): Promise<void>;
}

/** A slot not granted within this long counts as queued (granting a free one takes a few event-loop turns). */
const QUEUED_AFTER_MS = 20;
/** Time to allow per job ahead for Bottleneck to grant slots that are free. */
const GRANT_MS = 10;

interface Waiter {
  /** Whether a queued Bottleneck job stands for this waiter (every queued job stands for one, or is an orphan). */
  hasJob: boolean;
  grant(lease: SlotLease): void;
  fail(err: Error): void;
}

/**
 * The concurrency budget shared through Redis: a Bottleneck limiter with `maxConcurrent`, where each
 * admitted request is a job of weight 1 that "runs" until its ticket is settled. Waiting happens in
 * Bottleneck's FIFO queue; a freed slot anywhere wakes a waiting replica through Redis pub/sub.
 *
 * Bottleneck cannot take a queued job back, so jobs are not tied to requests: each job that starts
 * serves the oldest request still waiting here, and a request that gives up leaves its job queued
 * for the next one to adopt. A job that starts with nobody waiting returns its slot at once.
 */
export class SlotPool implements Slots {
  private instance: Bottleneck;
  /** Clustered: resolves once the limiter is registered in Redis with the configured size. */
  private starting: Promise<void> = Promise.resolve();
  private broken = false;
  private readonly waiters: Waiter[] = [];
  /** Jobs queued in Bottleneck whose request gave up. */
  private orphans = 0;

  /**
   * @param expirationMs a job still "running" after this long is freed by Redis, so a replica that
   *   dies with requests in flight does not hold their slots forever
   */
  constructor(
    public size: number,
    private readonly store: RedisStore,
    private readonly id: string,
    private readonly expirationMs: number,
  ) {
    this.instance = this.open();
  }

  /**
   * Waits for a slot. If one is free now (for this request and those before it here), waits until
   * `deadline` or at least `graceMs` (granting takes a few event-loop turns, or Redis round trips);
   * if none is, only until `deadline`. `onWait(true)` is called if the slot is not granted within a
   * moment (the request is really queued), `onWait(false)` when that wait ends.
   */
  acquire(options: { deadline: number; graceMs: number; signal?: AbortSignal; onWait?: (waiting: boolean) => void }): Promise<SlotOutcome> {
    const { signal, onWait } = options;
    if (signal?.aborted) return Promise.resolve('aborted');
    return new Promise<SlotOutcome>((resolve, reject) => {
      let waiting = false;
      let timer: NodeJS.Timeout | undefined;
      const finish = (outcome: SlotOutcome | Error): void => {
        clearTimeout(timer);
        clearTimeout(waitTimer);
        if (waiting) onWait?.(false);
        signal?.removeEventListener('abort', onAbort);
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      const waiter: Waiter = { hasJob: false, grant: (lease) => finish(lease), fail: (err) => finish(err) };
      const leave = (outcome: 'timeout' | 'aborted' | Error): void => {
        const index = this.waiters.indexOf(waiter);
        if (index < 0) return; // granted meanwhile
        this.waiters.splice(index, 1);
        if (waiter.hasJob) this.orphans++;
        finish(outcome);
      };
      const onAbort = (): void => leave('aborted');
      const waitTimer = setTimeout(() => {
        waiting = true;
        onWait?.(true);
      }, QUEUED_AFTER_MS);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter); // synchronously, so that parallel requests see each other
      const position = this.waiters.length;
      // Whether a slot is free only matters if the request may not wait longer than the grace anyway.
      const mustCheck = options.deadline < Date.now() + options.graceMs + GRANT_MS * position;
      // Not Bottleneck's check(): it also requires `nextRequest <= now`, where `now` is each caller's
      // clock at call time, so concurrent callers see spurious "no" answers.
      const isFree = async (limiter: Bottleneck): Promise<boolean> =>
        !mustCheck || (await this.guard(limiter.running(), 'running')) + position <= this.size;
      this.limiter()
        .then(isFree)
        .then((free) => {
          if (!this.waiters.includes(waiter)) return; // gave up meanwhile
          // Bottleneck grants queued jobs one at a time (a few event-loop turns or round trips each).
          const grace = options.graceMs + GRANT_MS * position;
          const until = free ? Math.max(options.deadline, Date.now() + grace) : options.deadline;
          if (until <= Date.now()) return leave('timeout');
          timer = setTimeout(() => leave('timeout'), until - Date.now());
          waiter.hasJob = true;
          if (this.orphans > 0) this.orphans--;
          else this.schedule();
        })
        .catch((err: unknown) => leave(err instanceof Error ? err : new Error(String(err))));
    });
  }

  async resize(size: number): Promise<void> {
    if (size === this.size) return;
    this.size = size;
    const limiter = await this.limiter();
    await this.guard(updateSettings(limiter, { maxConcurrent: size }), 'update settings');
  }

  async close(): Promise<void> {
    this.store.retire(this.instance);
  }

  private schedule(): void {
    void this.limiter().then(
      (limiter) => this.submit(limiter),
      (err: unknown) => this.failNewest(toError(err)),
    );
  }

  private submit(limiter: Bottleneck): void {
    let started = false;
    const job = (): Promise<void> => {
      started = true;
      const index = this.waiters.findIndex((w) => w.hasJob);
      const waiter = index < 0 ? undefined : this.waiters.splice(index, 1)[0];
      if (!waiter) {
        this.orphans = Math.max(0, this.orphans - 1);
        return Promise.resolve();
      }
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      let released = false;
      waiter.grant({
        release: () => {
          if (released) return;
          released = true;
          release();
        },
      });
      return held;
    };
    limiter.schedule({ weight: 1, expiration: this.expirationMs ?? null }, job).catch((err: unknown) => {
      if (started) return; // the clustered expiration passed while the request still held its slot
      // The job was never queued (Redis failed) or was dropped: one queued job fewer than counted.
      if (this.orphans > 0) this.orphans--;
      else this.failNewest(this.store.failure('queue for a concurrency slot', err));
    });
  }

  /** A job could not be queued: the newest waiter that counted on one will never be served. */
  private failNewest(err: Error): void {
    const index = this.waiters.findLastIndex((w) => w.hasJob);
    if (index >= 0) this.waiters.splice(index, 1)[0]!.fail(err);
  }

  private open(): Bottleneck {
    const limiter = new Bottleneck({ id: this.id, connection: this.store.connection, clearDatastore: false, maxConcurrent: this.size });
    limiter.on('error', () => undefined); // surfaced through guarded calls; RedisStore logs Redis errors
    this.broken = false;
    // Limiters already stored in Redis keep their first settings: impose the configured size.
    this.starting = limiter.ready().then(() => updateSettings(limiter, { maxConcurrent: this.size }));
    this.starting.catch(() => {
      this.broken = true; // as in RedisBucket: a new limiter later, nothing to disconnect
    });
    return limiter;
  }

  private async limiter(): Promise<Bottleneck> {
    if (this.broken && this.store.up) this.instance = this.open();
    const limiter = this.instance;
    await this.guard(this.starting, 'limiter start');
    return limiter;
  }

  private guard<T>(operation: Promise<T>, what: string): Promise<T> {
    return this.store.guard(operation, `concurrency ${what}`);
  }
}

const toError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));
