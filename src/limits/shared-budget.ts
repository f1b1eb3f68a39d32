import { randomUUID } from 'node:crypto';
import { tailTrace } from '../metrics/tail-trace.js';
import type { TokenBucket } from './bucket.js';
import type { Levels } from './headers.js';
import { Headroom, type Taking } from './headroom.js';
import type { RedisStore } from './redis-store.js';
import { Lease, Recorded, type PendingAdmit, type SharedLease } from './shared-lease.js';
import { parseAdmitReplies, toUnits, type AdmitReply } from './shared-scripts.js';
import { addChanges, SettleBatches, zero } from './shared-settles.js';
import { SharedBucket, SharedSlots } from './shared-views.js';
import type { Slots } from './slots.js';
import { TOKEN_DIMENSIONS, type Amounts, type TokenDimension } from './types.js';

export type SharedAdmission = { ok: true; levels: Levels; lease: SharedLease } | { ok: false; levels: Levels };

/**
 * Admissions given here already (headroom.ts) wait this long for more of them, and for their own settles, before
 * their script goes (nobody waits for its answer): a request settled by then is recorded as what it used, with no
 * slot and no settle script. Anything awaited is sent at the end of the turn, and takes them along. At 300 req/s,
 * 5 ms made one script per 1.8 requests, each a write, a reply to parse and a wake-up of this process and of
 * redis-server on the request path's cores; 20 ms, one per ~4 (README.md, "The tail at 300 req/s"). The overshoot
 * bound does not depend on it: the local share caps what is unconfirmed, however long.
 */
const RECORD_WAIT_MS = 20;

/** Each replica names its leases `<replica>:<n>`: unique without a round trip. */
const REPLICA = randomUUID();
let leases = 0;

/**
 * One org's budget shared by every replica through Redis: every dimension is admitted in one atomic script
 * and settled in one more (shared-scripts.ts). Nothing runs while the org is idle: no timer, no subscription;
 * refills are computed by the scripts from Redis's clock. The buckets and slots of `LimiterSet` are views on it.
 */
export class SharedBudget {
  private readonly budget = new Map<TokenDimension, number>();
  private concurrency: number | undefined;
  /** Changes with the budget: levels Redis gave for another budget are not used to admit here. */
  private version = 0;
  private readonly keys: readonly [string, string];
  private reading: Promise<Levels> | undefined;
  private readonly settles = new SettleBatches((b) => this.run(b.ids, b.refunds, b.charges, {}));
  private pending: PendingAdmit[] = [];
  /** Whether the script of `pending` was recorded, for the forced admissions among them. */
  private recorded: Recorded | undefined;
  private inFlight = false;
  private flushTimer: NodeJS.Timeout | undefined;
  private flushNow = false;
  private readonly headroom = new Headroom();

  constructor(
    private readonly store: RedisStore,
    prefix: string,
    orgId: string,
    /** A lease not settled within this long (its replica died) is freed by Redis. */
    private readonly leaseMs: number,
  ) {
    const tag = `${prefix}:{${orgId}}`;
    this.keys = [`${tag}:budget`, `${tag}:slots`];
  }

  get caps(): ReadonlyMap<TokenDimension, number> {
    return this.budget;
  }

  get slotCount(): number | undefined {
    return this.concurrency;
  }

  /** Sets (undefined: removes) one dimension's capacity, stored by the next script. */
  setCap(dimension: TokenDimension, perMinute: number | undefined): void {
    if (perMinute === undefined) this.budget.delete(dimension);
    else this.budget.set(dimension, perMinute);
    this.version++;
  }

  setSlotCount(size: number | undefined): void {
    this.concurrency = size;
    this.version++;
  }

  /**
   * Far from the limit (headroom.ts) the admission is given at once and recorded by the org's next script as a
   * forced one; otherwise the script decides and the request waits for its answer.
   */
  async admit(amounts: Amounts): Promise<SharedAdmission> {
    const id = this.concurrency === undefined ? '' : `${REPLICA}:${++leases}`;
    const slot = id !== '';
    const taking = { amounts, slot, forced: true };
    const local = this.headroom.tryLocal(taking, this.budget, this.concurrency, this.version, Date.now());
    if (local) {
      const entry = this.enqueue(id, taking);
      return { ok: true, levels: local, lease: new Lease(this, id, entry, this.recorded) };
    }
    const since = tailTrace ? performance.now() : 0;
    const { ok, levels } = await this.awaitReply(id, { amounts, slot, forced: false });
    if (tailTrace) tailTrace.span('redis', since);
    return ok ? { ok: true, levels, lease: new Lease(this, id, undefined, undefined) } : { ok: false, levels };
  }

  /** Adds a lease's settle to the org's next batch (shared-settles.ts). */
  addSettle(id: string, corrections: Amounts): Promise<void> {
    return this.settles.add(id, corrections);
  }

  /** Every bucket's level now, with the pending refill (concurrent readers share one script). */
  levels(): Promise<Levels> {
    // Started after the current turn, so that a reload's resizes of several dimensions go in one read.
    this.reading ??= Promise.resolve()
      .then(() => this.awaitReply('', { amounts: {}, slot: false, forced: false }))
      .then((reply) => reply.levels)
      .finally(() => (this.reading = undefined));
    return this.reading;
  }

  /**
   * Queues one try (lease id '' takes no slot: a read). The tries go to Redis as one script, in order, after the
   * settles waiting for their batch: those of one event-loop turn, and while the org's previous script is still
   * out, every try made meanwhile (at most one script per org in flight: under load, one command for many requests).
   */
  private enqueue(id: string, taking: Taking, resolve?: (reply: AdmitReply) => void, reject?: (err: unknown) => void): PendingAdmit {
    const args = [id, taking.forced ? '1' : ''];
    for (const d of TOKEN_DIMENSIONS) args.push(String(toUnits(taking.amounts[d] ?? 0)));
    const { amounts, slot, forced } = taking;
    const entry: PendingAdmit = { amounts, slot, forced, args, sent: false, resolve, reject };
    if (forced) this.recorded ??= new Recorded();
    this.pending.push(entry);
    this.headroom.queued(taking);
    this.schedule(!forced);
    return entry;
  }

  /** Queues a try whose reply the caller waits for. */
  private awaitReply(id: string, taking: Taking): Promise<AdmitReply> {
    return new Promise<AdmitReply>((resolve, reject) => this.enqueue(id, taking, resolve, reject));
  }

  /** The pending tries go at the end of this turn if one is awaited, else within RECORD_WAIT_MS; after the script out. */
  private schedule(awaited: boolean): void {
    if (this.inFlight || this.flushNow) return;
    if (awaited) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
      this.flushNow = true;
      setImmediate(() => this.flushAdmits());
    } else this.flushTimer ??= setTimeout(() => this.flushAdmits(), RECORD_WAIT_MS);
  }

  private flushAdmits(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.flushNow = false;
    if (this.inFlight || this.pending.length === 0) return;
    const since = tailTrace ? performance.now() : 0;
    this.inFlight = true;
    const pending = this.pending;
    const recorded = this.recorded;
    this.pending = [];
    this.recorded = undefined;
    const settles = this.settles.take();
    const sentAt = Date.now();
    const version = this.version;
    const args = [String(this.concurrency ?? -1), String(this.leaseMs), ...TOKEN_DIMENSIONS.map((d) => String(this.capUnits(d)))];
    args.push(settles ? settles.ids.join(' ') : '');
    for (const d of TOKEN_DIMENSIONS) args.push(String(toUnits(settles?.refunds[d] ?? 0)));
    for (const d of TOKEN_DIMENSIONS) args.push(String(toUnits(settles?.charges[d] ?? 0)));
    for (const p of pending) {
      p.sent = true;
      args.push(...p.args);
    }
    void this.store
      .admit(this.keys, args)
      .then((reply) => this.replies(reply, pending.length))
      .then(
        (results) => {
          const answeredAt = tailTrace ? performance.now() : 0;
          this.headroom.answered(pending, sentAt, version, results[results.length - 1]);
          settles?.finish();
          pending.forEach((p, i) => p.resolve?.(results[i]!));
          recorded?.answer(true);
          if (tailTrace) tailTrace.span('reply', answeredAt);
        },
        (err: unknown) => {
          this.headroom.answered(pending, sentAt, version);
          settles?.finish(err);
          for (const p of pending) p.reject?.(err);
          recorded?.answer(false);
        },
      )
      .finally(() => {
        this.inFlight = false;
        if (this.pending.length > 0) this.schedule(this.pending.some((p) => !p.forced));
      });
    if (tailTrace) tailTrace.span('record', since);
  }

  /** Per dimension: level = min(capacity, min(level, ceiling) + change), at once. */
  adjust(changes: Amounts, ceilings: Amounts = {}): Promise<void> {
    const refunds = zero();
    const charges = zero();
    addChanges(refunds, charges, changes);
    return this.run([], refunds, charges, ceilings);
  }

  private run(ids: string[], refunds: Amounts, charges: Amounts, ceilings: Amounts): Promise<void> {
    const args: (string | number)[] = [ids.join(' ')];
    for (const d of TOKEN_DIMENSIONS) {
      const ceiling = ceilings[d];
      args.push(this.capUnits(d), ceiling === undefined ? '' : toUnits(ceiling), toUnits(refunds[d] ?? 0), toUnits(charges[d] ?? 0));
    }
    return this.store.adjust(this.keys, args);
  }

  bucket(dimension: TokenDimension, perMinute: number): TokenBucket {
    this.setCap(dimension, perMinute);
    return new SharedBucket(this, dimension);
  }

  slots(size: number): Slots {
    this.setSlotCount(size);
    return new SharedSlots(this);
  }

  private capUnits(d: TokenDimension): number {
    const cap = this.budget.get(d);
    return cap === undefined ? -1 : toUnits(cap);
  }

  private replies(reply: unknown, count: number): AdmitReply[] {
    const results = parseAdmitReplies(reply, count, this.budget);
    if (!results) throw this.store.failure('admit', new Error(`unexpected reply ${JSON.stringify(reply)}`));
    return results;
  }
}
