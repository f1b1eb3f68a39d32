import Anthropic from '@anthropic-ai/sdk';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { spawnGateway, type GatewayProcess } from '../helpers/process.js';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';

const KEY = 'cluster-org-key';
const RPM = 30;

/** Five replicas would do; three real `gateway serve` processes behind one Redis make the point. */
describe.runIf(redisTestsEnabled)('three gateway replicas sharing one Redis', () => {
  let redis: TestRedis;
  let replicas: GatewayProcess[] = [];
  let simUrl: string;
  let stopSim: () => Promise<void>;

  beforeAll(async () => {
    redis = await startRedis();
    const { startSimulator } = await import('../../src/sim/index.js');
    const sim = await startSimulator({ port: 0, host: '127.0.0.1' });
    simUrl = sim.url;
    stopSim = () => sim.close();
    const doc = parse(readFileSync('config/gateway.yaml', 'utf8')) as Record<string, unknown>;
    doc.upstream = { baseUrl: simUrl };
    doc.server = { host: '127.0.0.1' };
    doc.limits = { replicas: 3, onStoreFailure: 'open' };
    doc.orgs = [{ id: 'shared', keys: [`sha256:${hashKey(KEY)}`], budget: { rpm: RPM, maxQueueMs: 0 } }];
    const path = join(mkdtempSync(join(tmpdir(), 'gw-cluster-')), 'gateway.yaml');
    writeFileSync(path, stringify(doc));
    const env = { REDIS_URL: redis.url, ANTHROPIC_API_KEY: 'sim-key' };
    replicas = await Promise.all([0, 1, 2].map(() => spawnGateway(path, env)));
  }, 60_000);

  afterAll(async () => {
    for (const r of replicas) r.kill();
    await stopSim?.();
    await redis?.stop();
  });

  const ask = (url: string) =>
    new Anthropic({ baseURL: url, apiKey: KEY, maxRetries: 0 }).messages
      .create({ model: 'haiku', max_tokens: 10, messages: [{ role: 'user', content: 'hi [sim:tokens=2]' }] })
      .then(
        () => 200,
        (err: unknown) => (err instanceof Anthropic.APIError ? (err.status ?? 0) : 0),
      );

  it('admits one org RPM budget in total, not one per replica', async () => {
    const started = Date.now();
    const statuses = await Promise.all(Array.from({ length: 3 * RPM }, (_, i) => ask((replicas[i % 3] as GatewayProcess).url)));
    const refillSteps = Math.ceil((Date.now() - started) / 1000);
    const admitted = statuses.filter((s) => s === 200).length;
    // A budget of 30/min refills 0.5 per second: at most one more request per refill step.
    expect(admitted).toBeGreaterThanOrEqual(RPM);
    expect(admitted).toBeLessThanOrEqual(RPM + Math.ceil(refillSteps * (RPM / 60)));
    expect(statuses.filter((s) => s === 429).length).toBe(statuses.length - admitted);
  });

  it('keeps serving when Redis dies (fail-open on local shares), shows it on /readyz, and recovers', async () => {
    type Readyz = { limits?: { healthy?: boolean; mode?: string; replicas?: number } };
    const readyzOf = async (): Promise<Readyz> => (await (await fetch(`${replicas[0]?.url}/readyz`)).json()) as Readyz;
    // Each replica heartbeats in Redis: they count three alive.
    await expect.poll(async () => (await readyzOf()).limits?.replicas, { timeout: 10_000, interval: 50 }).toBe(3);
    await redis.kill();
    await expect.poll(async () => (await readyzOf()).limits?.healthy, { timeout: 10_000, interval: 50 }).toBe(false);
    let readyz = await readyzOf();
    expect(readyz.limits).toMatchObject({ healthy: false, mode: 'fail-open' });
    // Each replica now admits on local budgets: its share (of 3 alive) of what the shared bucket had left,
    // which the test above drained, plus the refill. Every request is still answered, 200 or 429.
    const statuses = await Promise.all(Array.from({ length: 15 }, () => ask(replicas[1]?.url ?? '')));
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(RPM / 3 + 1);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(readyz.limits?.replicas).toBe(3); // the last count of replicas alive, kept while Redis is away

    await redis.start();
    await expect.poll(async () => (await readyzOf()).limits?.healthy, { timeout: 15_000, interval: 50 }).toBe(true);
    readyz = await readyzOf();
    expect(readyz.limits).toMatchObject({ healthy: true, mode: 'normal' });
    // Shared again (Redis came back empty; the budget drained before the outage is not handed out again).
    expect([200, 429]).toContain(await ask(replicas[2]?.url ?? ''));
    const metrics = await (await fetch(`${replicas[0]?.url}/metrics`)).text();
    expect(metrics).toMatch(/^gateway_limit_store_up 1$/m);
  });
});
