import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics/registry.js';
import { UsdBudgets } from '../../src/money/budget.js';
import { createMoneyMetrics } from '../../src/money/metrics.js';
import type { PricedPart } from '../../src/money/pricing.js';
import { RedisSpendStore } from '../../src/money/redis-spend.js';
import { SqliteSpendStore } from '../../src/money/sqlite-spend.js';
import { MemorySpendStore, type SpendStore } from '../../src/money/store.js';
import { emptyUsage } from '../../src/upstream/usage.js';
import { GatewayError } from '../../src/errors.js';
import { testConfig } from '../helpers/config.js';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';
import { withUsd } from './support.js';

const config = testConfig({ orgs: withUsd({ search: { usd: { daily: 1, monthly: 2, perFeature: { chat: { daily: 0.5 } } }, features: ['chat'] } }) });
const org = config.orgs.find((o) => o.id === 'search')!;
const part = (costUsd: number): PricedPart => ({ model: 'claude-haiku-4-5', usage: emptyUsage(), costUsd });

/** A clock the test moves: no waiting for UTC midnight. */
function clockAt(iso: string): { now: () => number; set(iso: string): void } {
  let t = Date.parse(iso);
  return { now: () => t, set: (next) => (t = Date.parse(next)) };
}

function budgets(store: SpendStore, now: () => number, onStoreFailure: 'open' | 'closed' = 'open'): UsdBudgets {
  const metrics = createMoneyMetrics(createMetrics({ defaultMetrics: false }).registry);
  const limits = { ...config.limits, onStoreFailure };
  return new UsdBudgets(store, { ...config, limits }, { metrics, logger: createLogger({ level: 'silent' }), now });
}

async function refusal(p: Promise<unknown>): Promise<GatewayError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  if (!(err instanceof GatewayError)) throw new Error(`expected a refusal, got ${String(err)}`);
  return err;
}

/** Spends `usd` in one request of `estimate`. */
async function spend(b: UsdBudgets, usd: number, feature = 'other', estimate = usd): Promise<void> {
  const ticket = await b.reserve({ org, feature, conversation: undefined, estimateUsd: estimate });
  await ticket.settle([part(usd)]);
}

const stores: Array<[string, () => Promise<SpendStore>]> = [
  ['memory', () => Promise.resolve(new MemorySpendStore())],
  ['sqlite', () => Promise.resolve(new SqliteSpendStore(mkdtempSync(join(tmpdir(), 'gw-spend-'))))],
];
let redis: TestRedis | undefined;
if (redisTestsEnabled) stores.push(['redis', () => Promise.resolve(new RedisSpendStore(redis!.url, `t${Math.random().toString(36).slice(2)}`))]);

beforeAll(async () => {
  if (redisTestsEnabled) redis = await startRedis();
});
afterAll(() => redis?.stop());

describe.each(stores)('USD windows (%s store)', (_name, makeStore) => {
  it('a UTC day resets the daily limit at midnight; the month keeps counting and resets on the 1st', async () => {
    const clock = clockAt('2026-03-30T23:59:00Z');
    const store = await makeStore();
    const b = budgets(store, clock.now);
    await spend(b, 0.6);
    await spend(b, 0.5); // 1.1: over the day by less than one request
    const daily = await refusal(spend(b, 0.1));
    expect(daily.status).toBe(429);
    expect(daily.message).toContain('USD daily limit of org "search" reached: $1.1000 spent of $1.0000. It resets at 2026-03-31T00:00:00.000Z.');
    expect(daily.headers['retry-after']).toBe('60');

    clock.set('2026-03-31T00:00:00Z');
    await spend(b, 0.8); // a new day; the month is at 1.9
    const t = await b.reserve({ org, feature: 'other', conversation: undefined, estimateUsd: 0.05 });
    expect(t.remainingUsd).toBeCloseTo(0.1, 9); // monthly: 2 - 1.9
    await t.settle([part(0.15)]); // day 0.95, month 2.05
    const monthly = await refusal(spend(b, 0.01));
    expect(monthly.message).toContain('USD monthly limit of org "search" reached: $2.0500 spent of $2.0000. It resets at 2026-04-01T00:00:00.000Z.');
    expect(monthly.headers['retry-after']).toBe(String(86_400));

    clock.set('2026-04-01T00:00:00Z');
    await spend(b, 0.3);
    await store.close();
  });

  it('reservations are capped at what is left: a huge estimate never refuses, but the rest held in flight does', async () => {
    const store = await makeStore();
    const b = budgets(store, clockAt('2026-05-01T12:00:00Z').now);
    const first = await b.reserve({ org, feature: 'other', conversation: undefined, estimateUsd: 1_000 });
    expect(first.remainingUsd).toBe(1);
    const held = await refusal(b.reserve({ org, feature: 'other', conversation: undefined, estimateUsd: 0.01 }));
    expect(held.message).toContain('reserved by requests in flight');
    expect(held.headers['retry-after']).toBe('1');
    await first.settle([part(0.25)]); // the unused $999.75 goes back
    const second = await b.reserve({ org, feature: 'other', conversation: undefined, estimateUsd: 0.01 });
    expect(second.remainingUsd).toBeCloseTo(0.75, 9);
    await second.settle([]);
    await store.close();
  });

  it('usd.perFeature limits one feature and leaves the others', async () => {
    const store = await makeStore();
    const b = budgets(store, clockAt('2026-06-01T12:00:00Z').now);
    await spend(b, 0.5, 'chat');
    const err = await refusal(spend(b, 0.01, 'chat'));
    expect(err.message).toContain('USD daily limit of feature "chat" of org "search" reached');
    await spend(b, 0.3, 'other');
    await store.close();
  });

  it('an org without a USD limit: its ledger is summed in memory, and this replica reads it exact at once', async () => {
    const store = await makeStore();
    const b = budgets(store, clockAt('2026-06-02T12:00:00Z').now);
    const unlimited = config.orgs.find((o) => o.id === 'batch')!;
    for (const usd of [0.25, 0.125, 0.5]) {
      const ticket = await b.reserve({ org: unlimited, feature: 'other', conversation: undefined, estimateUsd: 1_000 });
      expect(ticket.remainingUsd).toBeUndefined();
      await ticket.settle([part(usd)]);
    }
    expect(await store.ledger('batch', ['2026-06-02'])).toEqual(new Map()); // not written yet
    expect((await b.ledger('batch', ['2026-06-02'])).get('2026-06-02')).toEqual({ 'other|claude-haiku-4-5|cost': 875_000_000, 'other|claude-haiku-4-5|requests': 3 });
    await b.close();
  });
});

describe('USD spend in SQLite under server.dataDir', () => {
  it('survives a restart of its one replica: settled spend and the ledger, not the reservations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-spend-'));
    const clock = clockAt('2026-07-01T08:00:00Z');
    const a = budgets(new SqliteSpendStore(dir), clock.now);
    await spend(a, 0.7);
    await a.reserve({ org, feature: 'other', conversation: undefined, estimateUsd: 0.3 }); // never settled: the process dies
    await a.close();
    const b = budgets(new SqliteSpendStore(dir), clock.now);
    const t = await b.reserve({ org, feature: 'other', conversation: undefined, estimateUsd: 1 });
    expect(t.remainingUsd).toBeCloseTo(0.3, 9);
    await t.settle([part(0.3)]);
    expect((await refusal(spend(b, 0.01))).message).toContain('reached: $1.0000 spent of $1.0000');
    expect((await b.ledger('search', ['2026-07-01'])).get('2026-07-01')).toMatchObject({ 'other|claude-haiku-4-5|cost': 1e9, 'other|claude-haiku-4-5|requests': 2 });
    await b.close();
  });

  it('close writes the ledger still summed in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-spend-'));
    const a = budgets(new SqliteSpendStore(dir), clockAt('2026-07-02T08:00:00Z').now);
    const unlimited = config.orgs.find((o) => o.id === 'batch')!;
    await (await a.reserve({ org: unlimited, feature: 'other', conversation: undefined, estimateUsd: 1 })).settle([part(0.75)]);
    await a.close();
    const reader = new SqliteSpendStore(dir, { readonly: true });
    expect((await reader.ledger('batch', ['2026-07-02'])).get('2026-07-02')).toEqual({ 'other|claude-haiku-4-5|cost': 750_000_000, 'other|claude-haiku-4-5|requests': 1 });
    await reader.close();
  });
});

describe.runIf(redisTestsEnabled)('USD spend in Redis', () => {
  it('survives a new store (a gateway restart) and is shared by two (two replicas)', async () => {
    const prefix = 'restart';
    const clock = clockAt('2026-07-01T08:00:00Z');
    const a = budgets(new RedisSpendStore(redis!.url, prefix), clock.now);
    await spend(a, 0.7);
    await a.close();
    const b = budgets(new RedisSpendStore(redis!.url, prefix), clock.now);
    const c = budgets(new RedisSpendStore(redis!.url, prefix), clock.now);
    const t = await b.reserve({ org, feature: 'other', conversation: undefined, estimateUsd: 1 });
    expect(t.remainingUsd).toBeCloseTo(0.3, 9);
    // c sees b's reservation of the last $0.30 at once.
    expect((await refusal(spend(c, 0.01))).message).toContain('reserved by requests in flight');
    await t.settle([part(0.3)]);
    expect((await refusal(spend(c, 0.01))).message).toContain('reached: $1.0000 spent of $1.0000');
    await Promise.all([b.close(), c.close()]);
  });

  it('a reservation its gateway never settled (the process died) stops holding budget after holdMinutes', async () => {
    const clock = clockAt('2026-09-01T08:00:00Z');
    const b = budgets(new RedisSpendStore(redis!.url, 'crash', 11), clock.now);
    const raw = new Redis(redis!.url);
    const key = 'crash:usd:{search}:d:2026-09-01';
    const minute = Math.floor(Number((await raw.time())[0]) / 60);
    try {
      // A dead gateway's reservation of the whole day, made 12 minutes ago: no longer held.
      await raw.hset(key, `r:${minute - 12}`, 1e9);
      const t = await b.reserve({ org, feature: 'other', conversation: undefined, estimateUsd: 0.1 });
      await t.settle([part(0.1)]);
      expect(await raw.hexists(key, `r:${minute - 12}`)).toBe(0);
      // The same made 5 minutes ago: it may still be running, so it holds the rest.
      await raw.hset(key, `r:${minute - 5}`, 1e9);
      expect((await refusal(spend(b, 0.01))).message).toContain('reserved by requests in flight');
    } finally {
      raw.disconnect();
      await b.close();
    }
  });

  it('with Redis down, follows limits.onStoreFailure: open admits unmetered, closed answers 503', async () => {
    const clock = clockAt('2026-08-01T08:00:00Z');
    const open = budgets(new RedisSpendStore(redis!.url, 'outage'), clock.now, 'open');
    const closed = budgets(new RedisSpendStore(redis!.url, 'outage'), clock.now, 'closed');
    await spend(open, 0.1);
    await redis!.kill();
    try {
      const admitted = await open.reserve({ org, feature: 'other', conversation: undefined, estimateUsd: 0.5 });
      expect(admitted.remainingUsd).toBeUndefined();
      await admitted.settle([part(0.5)]); // lost: Redis is away
      const err = await refusal(closed.reserve({ org, feature: 'other', conversation: undefined, estimateUsd: 0.5 }));
      expect(err.status).toBe(503);
      expect(err.headers['retry-after']).toBe('1');
    } finally {
      await redis!.start();
    }
    await Promise.all([open.close(), closed.close()]);
  });
});
