import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { OwnershipStore, ResourceKind, StoreStatus } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS owned (
  org TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, created INTEGER NOT NULL, counted INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (org, kind, id)
);
CREATE INDEX IF NOT EXISTS owned_by_time ON owned (org, kind, created DESC, id DESC);
CREATE TABLE IF NOT EXISTS daily (org TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (org, day));
`;

/**
 * Ownership in SQLite under `server.dataDir` (one replica, kept across restarts), or in memory when no
 * dataDir is configured. better-sqlite3 is synchronous; each call is one small indexed statement.
 */
export class SqliteOwnershipStore implements OwnershipStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(dataDir: string | undefined) {
    if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
    this.db = new Database(dataDir === undefined ? ':memory:' : join(dataDir, 'ownership.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
    const db = this.db;
    this.statements = {
      add: db.prepare('INSERT OR IGNORE INTO owned (org, kind, id, created) VALUES (?, ?, ?, ?)'),
      owns: db.prepare('SELECT 1 FROM owned WHERE org = ? AND kind = ? AND id = ?'),
      remove: db.prepare('DELETE FROM owned WHERE org = ? AND kind = ? AND id = ?'),
      ids: db.prepare('SELECT id FROM owned WHERE org = ? AND kind = ? ORDER BY created DESC, id DESC').pluck(),
      count: db.prepare("UPDATE owned SET counted = 1 WHERE org = ? AND kind = 'batch' AND id = ? AND counted = 0"),
      daily: db.prepare('SELECT n FROM daily WHERE org = ? AND day = ?').pluck(),
      addDaily: db.prepare('INSERT INTO daily (org, day, n) VALUES (?, ?, ?) ON CONFLICT (org, day) DO UPDATE SET n = n + excluded.n'),
    };
  }

  async add(org: string, kind: ResourceKind, id: string, createdAtMs: number): Promise<void> {
    this.statements.add.run(org, kind, id, createdAtMs);
  }

  async owns(org: string, kind: ResourceKind, id: string): Promise<boolean> {
    return this.statements.owns.get(org, kind, id) !== undefined;
  }

  async remove(org: string, kind: ResourceKind, id: string): Promise<void> {
    this.statements.remove.run(org, kind, id);
  }

  async ids(org: string, kind: ResourceKind): Promise<string[]> {
    return this.statements.ids.all(org, kind) as string[];
  }

  async markCounted(org: string, batchId: string): Promise<boolean> {
    return this.statements.count.run(org, batchId).changes === 1;
  }

  async addDaily(org: string, day: string, n: number, limit: number): Promise<boolean> {
    return this.db.transaction(() => {
      const used = (this.statements.daily.get(org, day) as number | undefined) ?? 0;
      if (used + n > limit) return false;
      this.statements.addDaily.run(org, day, n);
      return true;
    })();
  }

  status(): StoreStatus {
    return { store: 'sqlite', healthy: this.db.open };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
