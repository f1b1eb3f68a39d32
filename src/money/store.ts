/** One spend counter of an org: a window of a limit, or a conversation. Amounts are nano-USD. */
export interface SpendCounter {
  /** Unique within the org, e.g. `d:2026-12-07`, `fm:search:2026-12`, `c:<hash>`. */
  readonly key: string;
  /** Refuse once settled spend reaches this; undefined = count only. */
  readonly limit: number | undefined;
  /** How long the counter must outlive its last write. */
  readonly ttlSec: number;
}

/** What a reservation holds: the amount, and where the store keeps it (Redis: the minute it was made). */
export interface Reservation {
  readonly amount: number;
  readonly slot: number;
}

export type ReserveResult =
  | { readonly ok: true; readonly reservation: Reservation; readonly spent: readonly number[] }
  /** `held`: settled spend is below the limit, but reservations of requests in flight fill the rest. */
  | { readonly ok: false; readonly index: number; readonly spent: number; readonly held: boolean };

/** What one request adds to the ledger: field `feature|model|kind` to an integer amount. */
export interface LedgerEntry {
  readonly day: string;
  readonly fields: Readonly<Record<string, number>>;
}

/**
 * Where USD spend and the ledger live: per process in memory, or shared in Redis. Every method is one
 * atomic step for the org: a reservation either fits every counter or changes none.
 */
export interface SpendStore {
  /**
   * Reserves `amount`, capped at what is left under the tightest limit (so a large `max_tokens` never
   * makes an org with budget left refuse); refuses when settled spend has reached a limit.
   */
  reserve(org: string, counters: readonly SpendCounter[], amount: number): Promise<ReserveResult>;
  /** Returns the reservation, adds `actual` to every counter and the entry to the ledger; answers settled spend. */
  settle(org: string, counters: readonly SpendCounter[], reservation: Reservation, actual: number, entry: LedgerEntry | undefined): Promise<number[]>;
  /** Settled spend of each counter. */
  spent(org: string, keys: readonly string[]): Promise<number[]>;
  /** The ledger fields of each day asked for (days without spend are left out). */
  ledger(org: string, days: readonly string[]): Promise<Map<string, Record<string, number>>>;
  close(): Promise<void>;
}

interface Totals {
  spent: number;
  reserved: number;
}

/** Counters kept in memory at most (conversations make new ones); the oldest go first. */
const MAX_COUNTERS = 100_000;

/**
 * The in-memory store: exact for one process, lost on restart. Reservations always live here; a subclass may
 * keep settled spend and the ledger somewhere durable (`loadSpent`, `record`, `ledger`).
 */
export class MemorySpendStore implements SpendStore {
  private readonly counters = new Map<string, Totals>();
  private readonly days = new Map<string, Record<string, number>>();

  private totals(org: string, key: string): Totals {
    const id = `${org}\n${key}`;
    let totals = this.counters.get(id);
    if (!totals) {
      if (this.counters.size >= MAX_COUNTERS) this.counters.delete(this.counters.keys().next().value as string);
      this.counters.set(id, (totals = { spent: this.loadSpent(org, key), reserved: 0 }));
    }
    return totals;
  }

  /** Settled spend of a counter not seen yet by this process. */
  protected loadSpent(_org: string, _key: string): number {
    return 0;
  }

  /** Keeps a settlement: `actual` added to each counter, and the ledger entry. */
  protected record(org: string, _counters: readonly SpendCounter[], _actual: number, entry: LedgerEntry | undefined): void {
    if (!entry) return;
    const id = `${org}\n${entry.day}`;
    const day = this.days.get(id) ?? {};
    for (const [field, value] of Object.entries(entry.fields)) day[field] = (day[field] ?? 0) + value;
    this.days.set(id, day);
  }

  reserve(org: string, counters: readonly SpendCounter[], amount: number): Promise<ReserveResult> {
    let room = amount;
    const all = counters.map((c) => this.totals(org, c.key));
    for (const [index, c] of counters.entries()) {
      const t = all[index] as Totals;
      if (c.limit === undefined) continue;
      if (t.spent >= c.limit) return Promise.resolve({ ok: false, index, spent: t.spent, held: false });
      if (t.spent + t.reserved >= c.limit) return Promise.resolve({ ok: false, index, spent: t.spent, held: true });
      room = Math.min(room, c.limit - t.spent - t.reserved);
    }
    for (const t of all) t.reserved += room;
    return Promise.resolve({ ok: true, reservation: { amount: room, slot: 0 }, spent: all.map((t) => t.spent) });
  }

  settle(org: string, counters: readonly SpendCounter[], reservation: Reservation, actual: number, entry: LedgerEntry | undefined): Promise<number[]> {
    const spent = counters.map((c) => {
      const t = this.totals(org, c.key);
      t.reserved = Math.max(0, t.reserved - reservation.amount);
      t.spent += actual;
      return t.spent;
    });
    this.record(org, counters, actual, entry);
    return Promise.resolve(spent);
  }

  spent(org: string, keys: readonly string[]): Promise<number[]> {
    return Promise.resolve(keys.map((key) => this.totals(org, key).spent));
  }

  ledger(org: string, days: readonly string[]): Promise<Map<string, Record<string, number>>> {
    const found = new Map<string, Record<string, number>>();
    for (const day of days) {
      const fields = this.days.get(`${org}\n${day}`);
      if (fields) found.set(day, { ...fields });
    }
    return Promise.resolve(found);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
