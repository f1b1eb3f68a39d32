import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntry } from '../../src/money/ledger.js';
import { RedisSpendStore } from '../../src/money/redis-spend.js';
import { SqliteSpendStore } from '../../src/money/sqlite-spend.js';
import { emptyUsage } from '../../src/upstream/usage.js';
import { testConfig } from '../helpers/config.js';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, [resolve('dist/cli.js'), 'spend', ...args]);

function writeConfig(overrides: Record<string, unknown>): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gw-spend-')), 'gateway.json');
  writeFileSync(path, JSON.stringify(testConfig(overrides)));
  return path;
}

/** `gateway spend` over a ledger written straight into Redis: groupings, formats, dates and orgs. */
describe.runIf(redisTestsEnabled)('gateway spend', () => {
  let redis: TestRedis;
  let config: string;

  beforeAll(async () => {
    redis = await startRedis();
    config = writeConfig({ limits: { redis: { url: redis.url, prefix: 'cli' } } });
    const store = new RedisSpendStore(redis.url, 'cli');
    const usage = (input: number, output: number) => Object.assign(emptyUsage(), { inputTokens: input, outputTokens: output });
    const part = (model: string, costUsd: number, u = usage(100, 10)) => ({ model, usage: u, costUsd });
    await store.settle('search', [], { amount: 0, slot: 0 }, 0, ledgerEntry('2026-01-05', 'chat', [part('claude-haiku-4-5', 0.25)]));
    await store.settle('search', [], { amount: 0, slot: 0 }, 0, ledgerEntry('2026-01-06', 'code', [part('claude-opus-4-7', 1.5)]));
    await store.settle('batch', [], { amount: 0, slot: 0 }, 0, ledgerEntry('2026-01-06', 'other', [part('claude-haiku-4-5', 0.125)]));
    await store.close();
  });
  afterAll(() => redis?.stop());

  const range = ['--from', '2026-01-01', '--to', '2026-01-31'];

  it('sums by org as JSON, and --org keeps one', async () => {
    const all = JSON.parse((await cli('--config', config, ...range, '--format', 'json')).stdout) as Array<{ org: string; cost_usd: number; requests: number }>;
    expect(all.map((r) => [r.org, r.cost_usd, r.requests])).toEqual([
      ['search', 1.75, 2],
      ['batch', 0.125, 1],
    ]);
    const one = JSON.parse((await cli('--config', config, ...range, '--org', 'batch', '--format', 'json')).stdout) as unknown[];
    expect(one).toHaveLength(1);
  });

  it('writes CSV by model and a table by day; dates outside --from/--to are left out', async () => {
    const csv = (await cli('--config', config, ...range, '--by', 'model', '--format', 'csv')).stdout.trim().split('\n');
    expect(csv[0]).toBe('model,cost_usd,requests,input,output,cache_read,cache_write_5m,cache_write_1h');
    expect(csv.slice(1)).toEqual(['claude-opus-4-7,1.500000,1,100,10,0,0,0', 'claude-haiku-4-5,0.375000,2,200,20,0,0,0']);
    const table = (await cli('--config', config, '--from', '2026-01-06', '--to', '2026-01-06', '--by', 'day')).stdout.trim().split('\n');
    expect(table).toHaveLength(2);
    expect(table[1]).toMatch(/^2026-01-06\s+1\.625000\s+2\s+200\s+20\s+0\s+0\s+0$/);
  });

  it('answers --help, and explains a config without Redis or a bad flag in one line', async () => {
    expect((await cli('--help')).stdout).toContain('usage: gateway spend');
    const memory = writeConfig({});
    await expect(cli('--config', memory)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('GET /v1/gateway/spend') });
    await expect(cli('--config', config, '--by', 'colour')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--by') });
  });
});

describe('gateway spend without Redis', () => {
  it('reads the ledger one replica keeps under server.dataDir', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gw-spend-data-'));
    const store = new SqliteSpendStore(dataDir);
    const part = { model: 'claude-sonnet-4-6', usage: Object.assign(emptyUsage(), { inputTokens: 50, outputTokens: 5 }), costUsd: 0.5 };
    await store.settle('search', [], { amount: 0, slot: 0 }, 0, ledgerEntry('2026-02-03', 'chat', [part]));
    await store.close();
    const config = writeConfig({ server: { port: 0, host: '127.0.0.1', dataDir } });
    const rows = JSON.parse((await cli('--config', config, '--from', '2026-02-01', '--to', '2026-02-28', '--by', 'feature', '--format', 'json')).stdout) as unknown[];
    expect(rows).toEqual([{ feature: 'chat', cost_usd: 0.5, requests: 1, tokens: { input: 50, output: 5, cache_read: 0, cache_write_5m: 0, cache_write_1h: 0 } }]);
  });
});
