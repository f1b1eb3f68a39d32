import Anthropic from '@anthropic-ai/sdk';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntry } from '../../src/money/ledger.js';
import { RedisSpendStore } from '../../src/money/redis-spend.js';
import { RedisOwnershipStore } from '../../src/ownership/redis-store.js';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { emptyUsage } from '../../src/upstream/usage.js';
import { spawnGateway, type GatewayProcess } from '../helpers/process.js';
import { redisTestsEnabled } from '../helpers/redis.js';
import { startRedisCluster, type TestRedisCluster } from '../helpers/redis-cluster.js';

const SHARED_KEY = 'cluster-shared-key';
const FAILOVER_KEY = 'cluster-failover-key';
const HANG_KEY = 'cluster-hang-key';
const SHARED_RPM = 30;
const FAILOVER_RPM = 60;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Two `gateway serve` processes on a real Redis Cluster (three masters, one replica each) on loopback:
 * budgets, USD spend and the ledger all live there, each org in one hash slot.
 */
describe.runIf(redisTestsEnabled)('two gateway replicas on a Redis Cluster', () => {
  let cluster: TestRedisCluster;
  let gateways: GatewayProcess[] = [];
  let configPath: string;
  let stopSim: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    cluster = await startRedisCluster();
    const { startSimulator } = await import('../../src/sim/index.js');
    const sim = await startSimulator({ port: 0, host: '127.0.0.1' });
    stopSim = () => sim.close();
    const doc = parse(readFileSync('config/gateway.yaml', 'utf8')) as Record<string, unknown>;
    doc.upstream = { baseUrl: sim.url };
    doc.server = { host: '127.0.0.1' };
    // The nodes as URLs carrying the password (two suffice: the client finds the rest).
    const urls = cluster.nodes.slice(0, 2).map((n) => `redis://:${cluster.password}@${n.host}:${n.port}`);
    doc.limits = { replicas: 2, onStoreFailure: 'open', redis: { cluster: urls } };
    doc.orgs = [
      { id: 'shared', keys: [`sha256:${hashKey(SHARED_KEY)}`], budget: { rpm: SHARED_RPM, maxQueueMs: 0 } },
      // A USD limit far away: its reserve and settle scripts run on the cluster too.
      { id: 'failover', keys: [`sha256:${hashKey(FAILOVER_KEY)}`], budget: { rpm: FAILOVER_RPM, maxQueueMs: 0 }, usd: { daily: 1000 } },
      { id: 'hang', keys: [`sha256:${hashKey(HANG_KEY)}`], budget: { rpm: FAILOVER_RPM, maxQueueMs: 0 }, usd: { daily: 1000 } },
    ];
    configPath = join(mkdtempSync(join(tmpdir(), 'gw-redis-cluster-')), 'gateway.yaml');
    writeFileSync(configPath, stringify(doc));
    gateways = await Promise.all([0, 1].map(() => spawnGateway(configPath, { ANTHROPIC_API_KEY: 'sim-key', LOG_LEVEL: 'debug' })));
    for (const g of gateways) expect(await waitForHealthy(g)).toBe(true);
  }, 60_000);

  afterAll(async () => {
    for (const g of gateways) g.kill();
    await stopSim();
    await cluster?.stop();
  });

  const ask = (url: string, key: string) =>
    new Anthropic({ baseURL: url, apiKey: key, maxRetries: 0 }).messages
      .create({ model: 'haiku', max_tokens: 10, messages: [{ role: 'user', content: 'hi [sim:tokens=2]' }] })
      .then(
        () => 200,
        (err: unknown) => (err instanceof Anthropic.APIError ? (err.status ?? 0) : 0),
      );

  const limitsOf = async (g: GatewayProcess) =>
    ((await (await fetch(`${g.url}/readyz`)).json()) as { limits?: { healthy?: boolean; mode?: string } }).limits;

  /** Bounded: true once the gateway's limit store is healthy (every master answers), false after ~20 s. */
  async function waitForHealthy(g: GatewayProcess): Promise<boolean> {
    for (let i = 0; i < 200; i++) {
      if ((await limitsOf(g).catch(() => undefined))?.healthy === true) return true;
      await sleep(100);
    }
    return false;
  }

  it('admits one org RPM budget in total across both gateways, and `gateway spend` reads the ledger', async () => {
    const started = Date.now();
    const statuses = await Promise.all(Array.from({ length: 3 * SHARED_RPM }, (_, i) => ask((gateways[i % 2] as GatewayProcess).url, SHARED_KEY)));
    const refillSteps = Math.ceil((Date.now() - started) / 1000);
    const admitted = statuses.filter((s) => s === 200).length;
    expect(admitted).toBeGreaterThanOrEqual(SHARED_RPM);
    expect(admitted).toBeLessThanOrEqual(SHARED_RPM + Math.ceil(refillSteps * (SHARED_RPM / 60)));
    expect(statuses.filter((s) => s === 429).length).toBe(statuses.length - admitted);

    // Every answered request is in the ledger on the cluster (settled just after its answer: polled, bounded).
    let requests = 0;
    for (let i = 0; i < 50 && requests !== admitted; i++) {
      const { stdout } = await promisify(execFile)(process.execPath, [resolve('dist/cli.js'), 'spend', '--config', configPath, '--org', 'shared', '--format', 'json']);
      requests = (JSON.parse(stdout) as Array<{ requests: number }>)[0]?.requests ?? 0;
      if (requests !== admitted) await sleep(100);
    }
    expect(requests).toBe(admitted);
  });

  it('keeps every org of the USD spend store and the ownership store in one slot: their scripts and pipelines just work', async () => {
    // `{ host, port }` nodes beside one URL: its password holds for every node.
    const [first, second] = cluster.nodes;
    const target = { cluster: [first!, `redis://:${cluster.password}@${second!.host}:${second!.port}`] };
    const spend = new RedisSpendStore(target, 'stores');
    const ownership = new RedisOwnershipStore(target, 'stores');
    try {
      // Its commands are not queued while it connects (a request gets a 503 then): wait until the cluster is ready.
      await expect.poll(() => ownership.status().healthy, { timeout: 10_000 }).toBe(true);
      // Twelve orgs land on all three masters; each store call spans several keys of one org.
      for (let i = 0; i < 12; i++) {
        const org = `org-${i}`;
        const counters = [
          { key: 'day', limit: 1_000, ttlSec: 60 },
          { key: 'month', limit: 5_000, ttlSec: 60 },
        ];
        const reserved = await spend.reserve(org, counters, 300);
        expect(reserved.ok).toBe(true);
        if (!reserved.ok) continue;
        const entry = ledgerEntry('2026-01-05', 'chat', [{ model: 'claude-haiku-4-5', usage: emptyUsage(), costUsd: 0.25 }]);
        expect(await spend.settle(org, counters, reserved.reservation, 200 + i, entry)).toEqual([200 + i, 200 + i]);
        expect(await spend.spent(org, ['day', 'month'])).toEqual([200 + i, 200 + i]);
        expect((await spend.ledger(org, ['2026-01-05', '2026-01-06'])).size).toBe(1);
        await ownership.add(org, 'batch', `b${i}`, i);
        await ownership.add(org, 'batch', `c${i}`, i + 1);
        expect(await ownership.ids(org, 'batch')).toEqual([`c${i}`, `b${i}`]);
        expect(await ownership.addDaily(org, '2026-01-05', 2, 2)).toBe(true);
        expect(await ownership.addDaily(org, '2026-01-05', 1, 2)).toBe(false);
      }
      expect(ownership.status()).toEqual({ store: 'redis', healthy: true });
      // Both gateways' heartbeats, counted on the cluster (each counts at its beat, every 2 s: polled, bounded).
      let replicas: number | undefined;
      for (let i = 0; i < 50 && replicas !== 2; i++) {
        replicas = ((await (await fetch(`${gateways[0]?.url}/readyz`)).json()) as { limits?: { replicas?: number } }).limits?.replicas;
        if (replicas !== 2) await sleep(100);
      }
      expect(replicas).toBe(2);
    } finally {
      await spend.close();
      await ownership.close();
    }
  });

  /**
   * Steady load on one org (four clients, two per gateway, about 25 requests a second) through a fault of the
   * master serving its slot, from a drained budget to two refill steps after both gateways are shared again.
   */
  async function throughFailover(org: string, key: string, fault: (master: number) => Promise<void>) {
    const statuses: number[] = [];
    const logsBefore = gateways.map((g) => g.logs.length);
    let running = true;
    const worker = async (g: GatewayProcess): Promise<void> => {
      while (running) {
        statuses.push(await ask(g.url, key));
        await sleep(80);
      }
    };
    const started = Date.now();
    const workers = [0, 1, 0, 1].map((i) => worker(gateways[i] as GatewayProcess));
    const admitted = (): number => statuses.filter((s) => s === 200).length;
    for (let i = 0; i < 100 && admitted() < FAILOVER_RPM; i++) await sleep(100); // the whole budget is spent first
    const slotKey = `gateway:{${org}}:budget`;
    const master = await cluster.masterOf(slotKey);
    await fault(master);
    const promoted = await cluster.waitForFailover(slotKey, master);
    for (const g of gateways) expect(await waitForHealthy(g)).toBe(true);
    await sleep(2_000);
    running = false;
    await Promise.all(workers);
    const elapsedSeconds = (Date.now() - started) / 1000;
    // A budget of 60/min refills one request a second (one refill step), in whole seconds of Redis's clock.
    const due = FAILOVER_RPM + Math.floor(elapsedSeconds) * (FAILOVER_RPM / 60);
    console.log(`redis cluster failover (${org}):`, JSON.stringify({ master, promoted, requests: statuses.length, admitted: admitted(), due, elapsedSeconds }));
    return { statuses, admitted: admitted(), due, logsBefore };
  }

  /** Each gateway saw the master go (it failed open on local shares) and came back to the shared budget; none crashed. */
  function expectFailedOpenAndBack(logsBefore: number[]): void {
    gateways.forEach((g, i) => {
      expect(g.child.exitCode).toBeNull();
      const changes = g.logs.slice(logsBefore[i]).filter((line) => String(line.msg).startsWith('limit store (redis)'));
      expect(changes.some((line) => String(line.msg).includes('unreachable'))).toBe(true);
      expect(changes.at(-1)?.reason).toBe('reachable again');
      expect(g.logs.filter((line) => /CROSSSLOT/.test(JSON.stringify(line)))).toEqual([]);
    });
  }

  it('keeps one org budget exact while its master hangs and its replica takes over mid-load', async () => {
    let hung: Promise<void> | undefined; // resolves when the master answers again
    const { statuses, admitted, due, logsBefore } = await throughFailover('hang', HANG_KEY, async (master) => {
      hung = cluster.hang(master, 5);
    });
    await hung;
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(admitted).toBeGreaterThanOrEqual(FAILOVER_RPM);
    expect(admitted).toBeLessThanOrEqual(due + FAILOVER_RPM / 60);
    expectFailedOpenAndBack(logsBefore);
    await cluster.replicasInSync(3); // the woken master is now its replica's replica: the next test may fail over again
  }, 60_000);

  it('keeps one org budget exact while its master is killed and its replica takes over mid-load', async () => {
    const { statuses, admitted, due, logsBefore } = await throughFailover('failover', FAILOVER_KEY, (master) => cluster.kill(master));
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(admitted).toBeGreaterThanOrEqual(FAILOVER_RPM);
    expect(admitted).toBeLessThanOrEqual(due + FAILOVER_RPM / 60);
    expectFailedOpenAndBack(logsBefore);
  }, 60_000);
});
