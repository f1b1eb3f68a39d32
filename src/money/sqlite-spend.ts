import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MemorySpendStore, type LedgerEntry, type SpendCounter } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS spent (org TEXT NOT NULL, key TEXT NOT NULL, nano INTEGER NOT NULL, expires INTEGER NOT NULL, PRIMARY KEY (org, key));
CREATE TABLE IF NOT EXISTS ledger (org TEXT NOT NULL, day TEXT NOT NULL, field TEXT NOT NULL, amount INTEGER NOT NULL, PRIMARY KEY (org, day, field));
`;

const SPEND_FILE = 'spend.sqlite';

/**
 * One replica's spend kept across restarts without Redis: settled spend and the ledger in SQLite under
 * `server.dataDir` (`spend.sqlite`), reservations in memory (they end with the process). better-sqlite3 is
 * synchronous; a settlement is one transaction of a few small upserts.
 */
export class SqliteSpendStore extends MemorySpendStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(dataDir: string, options: { readonly?: boolean } = {}) {
    super();
    if (!options.readonly) mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, SPEND_FILE), { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (!options.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.exec(SCHEMA);
      this.db.prepare('DELETE FROM spent WHERE expires < ?').run(Date.now());
    }
    const db = this.db;
    const writable = !options.readonly;
    this.statements = {
      spent: db.prepare('SELECT nano FROM spent WHERE org = ? AND key = ?').pluck(),
      addSpent: writable
        ? db.prepare('INSERT INTO spent (org, key, nano, expires) VALUES (?, ?, ?, ?) ON CONFLICT (org, key) DO UPDATE SET nano = nano + excluded.nano, expires = excluded.expires')
        : undefined,
      addLedger: writable
        ? db.prepare('INSERT INTO ledger (org, day, field, amount) VALUES (?, ?, ?, ?) ON CONFLICT (org, day, field) DO UPDATE SET amount = amount + excluded.amount')
        : undefined,
      day: db.prepare('SELECT field, amount FROM ledger WHERE org = ? AND day = ?'),
    };
  }

  protected override loadSpent(org: string, key: string): number {
    return (this.statements.spent.get(org, key) as number | undefined) ?? 0;
  }

  protected override record(org: string, counters: readonly SpendCounter[], actual: number, entry: LedgerEntry | undefined): void {
    const { addSpent, addLedger } = this.statements;
    if (!addSpent || !addLedger) throw new Error('the spend store was opened read-only');
    const now = Date.now();
    this.db.transaction(() => {
      for (const c of counters) addSpent.run(org, c.key, actual, now + c.ttlSec * 1000);
      for (const [field, amount] of Object.entries(entry?.fields ?? {})) addLedger.run(org, entry?.day, field, amount);
    })();
  }

  override ledger(org: string, days: readonly string[]): Promise<Map<string, Record<string, number>>> {
    const found = new Map<string, Record<string, number>>();
    for (const day of days) {
      const rows = this.statements.day.all(org, day) as Array<{ field: string; amount: number }>;
      if (rows.length > 0) found.set(day, Object.fromEntries(rows.map((r) => [r.field, r.amount])));
    }
    return Promise.resolve(found);
  }

  override close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}
