import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RedisOwnershipStore } from '../../src/ownership/redis-store.js';
import { SqliteOwnershipStore } from '../../src/ownership/sqlite-store.js';
import { pageOf } from '../../src/ownership/page.js';
import type { OwnershipStore } from '../../src/ownership/store.js';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';

/** The same promises from both stores: ownership per org, newest-first ids, counted once, a daily cap. */
function storeContract(name: string, open: () => Promise<OwnershipStore>): void {
  describe(name, () => {
    let store: OwnershipStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());

    it('keeps ids per org and kind, newest first', async () => {
      await store.add('a', 'batch', 'b1', 1_000);
      await store.add('a', 'batch', 'b2', 2_000);
      await store.add('a', 'file', 'f1', 1_500);
      await store.add('b', 'batch', 'b3', 3_000);
      expect(await store.ids('a', 'batch')).toEqual(['b2', 'b1']);
      expect(await store.owns('a', 'batch', 'b1')).toBe(true);
      expect(await store.owns('b', 'batch', 'b1')).toBe(false);
      expect(await store.owns('a', 'file', 'b1')).toBe(false);
      await store.remove('a', 'batch', 'b1');
      expect(await store.ids('a', 'batch')).toEqual(['b2']);
    });

    it('marks a batch counted once', async () => {
      await store.add('a', 'batch', 'c1', 1);
      expect(await store.markCounted('a', 'c1')).toBe(true);
      expect(await store.markCounted('a', 'c1')).toBe(false);
    });

    it('adds to a daily counter up to its limit, and takes a refund', async () => {
      expect(await store.addDaily('a', '2026-12-07', 6, 10)).toBe(true);
      expect(await store.addDaily('a', '2026-12-07', 5, 10)).toBe(false);
      expect(await store.addDaily('b', '2026-12-07', 5, 10)).toBe(true);
      expect(await store.addDaily('a', '2026-12-08', 10, 10)).toBe(true);
      await store.addDaily('a', '2026-12-07', -6, Number.MAX_SAFE_INTEGER);
      expect(await store.addDaily('a', '2026-12-07', 10, 10)).toBe(true);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'ownership-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('SQLite store', async () => new SqliteOwnershipStore(dir));

describe('SQLite store across a restart', () => {
  it('finds what an earlier process recorded in the same dataDir', async () => {
    const restartDir = join(dir, 'restart');
    const first = new SqliteOwnershipStore(restartDir);
    await first.add('a', 'batch', 'kept', 1);
    await first.close();
    const second = new SqliteOwnershipStore(restartDir);
    expect(await second.owns('a', 'batch', 'kept')).toBe(true);
    expect(second.status()).toEqual({ store: 'sqlite', healthy: true });
    await second.close();
    expect(second.status().healthy).toBe(false);
  });
});

describe.runIf(redisTestsEnabled)('Redis', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis.stop());

  storeContract('Redis store', async () => {
    const store = new RedisOwnershipStore(redis.url, `test${Date.now()}`);
    await vi.waitFor(() => expect(store.status().healthy).toBe(true), { timeout: 5_000, interval: 10 });
    return store;
  });
});

describe('pageOf', () => {
  const ids = ['e', 'd', 'c', 'b', 'a'];
  it('pages forward with after_id and backward with before_id', () => {
    expect(pageOf(ids, { limit: 2 })).toEqual({ ids: ['e', 'd'], hasMore: true });
    expect(pageOf(ids, { limit: 2, afterId: 'd' })).toEqual({ ids: ['c', 'b'], hasMore: true });
    expect(pageOf(ids, { limit: 2, afterId: 'b' })).toEqual({ ids: ['a'], hasMore: false });
    expect(pageOf(ids, { limit: 2, beforeId: 'b' })).toEqual({ ids: ['d', 'c'], hasMore: true });
    expect(pageOf(ids, { limit: 5, beforeId: 'c' })).toEqual({ ids: ['e', 'd'], hasMore: false });
  });
  it('gives an empty page for an id the org does not own', () => {
    expect(pageOf(ids, { limit: 2, afterId: 'zz' })).toEqual({ ids: [], hasMore: false });
    expect(pageOf(ids, { limit: 2, beforeId: 'zz' })).toEqual({ ids: [], hasMore: false });
  });
});
