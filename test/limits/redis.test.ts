import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import type { Ticket } from '../../src/limits/index.js';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';
import { harness, limitsConfig, metricValue, org, type Harness, type LimitsConfigOptions } from './support.js';

describe.runIf(redisTestsEnabled)('budgets shared through Redis', () => {
  let redis: TestRedis;
  let prefix = 0;
  const open: Harness[] = [];

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((h) => h.limits.close()));
    await redis?.start(); // in case a test killed it
  });

  /** `count` replicas (OrgLimits objects) on one Redis, under a prefix of their own. */
  async function replicas(count: number, options: Omit<LimitsConfigOptions, 'redis'>, keyPrefix = `t${++prefix}`): Promise<Harness[]> {
    const config = limitsConfig({ ...options, redis: { url: redis.url, prefix: keyPrefix } });
    const made = Array.from({ length: count }, () => harness(config));
    open.push(...made);
    for (const h of made) expect(await h.limits.ready(5_000)).toBe(true);
    return made;
  }

  const admit = (h: Harness, id: string, inputTokens = 0, maxTokens = 0): Promise<Ticket> =>
    h.limits.admit({ org: org(h.config, id), inputTokens, maxTokens });

  const outcome = (p: Promise<unknown>): Promise<'ok' | string> =>
    p.then(
      () => 'ok',
      (e: unknown) => (e instanceof GatewayError ? `${e.status}` : String(e)),
    );

  it('two replicas admit one org budget between them, not one each', async () => {
    const [a, b] = await replicas(2, { orgs: { x: { rpm: 20, maxQueueMs: 0 } } });
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => outcome(admit(i % 2 ? a! : b!, 'x'))));
    expect(results.filter((r) => r === 'ok')).toHaveLength(20);
    expect(results.filter((r) => r === '429')).toHaveLength(20);
    expect(a!.limits.status()).toMatchObject({ store: 'redis', healthy: true, mode: 'normal' });
    // Each replica heartbeats in Redis: both count the two alive.
    await expect.poll(() => [a!.limits.status().replicas, b!.limits.status().replicas], { timeout: 5_000 }).toEqual([2, 2]);
    expect(await metricValue(a!.metrics, 'gateway_limit_store_up')).toBe(1);
  });

  it('shares token accounting and refunds', async () => {
    const [a, b] = await replicas(2, { orgs: { x: { itpm: 1000, otpm: 1000, maxQueueMs: 0 } } });
    const t = await admit(a!, 'x', 600, 900);
    await expect(admit(b!, 'x', 100, 200)).rejects.toThrow(/output tokens per minute/);
    t.settle({ inputTokens: 200, cacheCreationInputTokens: 100, outputTokens: 100 });
    // The settlement lands in Redis shortly after: the other replica sees the OTPM refund.
    await expect.poll(async () => (await b!.limits.budgetView('x'))?.dimensions.otpm?.remaining, { timeout: 5_000, interval: 10 }).toBeGreaterThanOrEqual(900);
    const next = await admit(b!, 'x', 100, 200);
    expect(Number(next.headers['anthropic-ratelimit-output-tokens-remaining'])).toBeGreaterThanOrEqual(700);
    expect(Number(next.headers['anthropic-ratelimit-input-tokens-remaining'])).toBeGreaterThanOrEqual(600);
    expect(Number(next.headers['anthropic-ratelimit-input-tokens-remaining'])).toBeLessThan(620);
  });

  it('shares the concurrency limit; a slot freed on one replica serves a request queued on another', async () => {
    const [a, b] = await replicas(2, { orgs: { x: { concurrency: 2, maxQueueMs: 3_000 } } });
    const one = await admit(a!, 'x');
    await admit(b!, 'x');
    let admitted = false;
    const third = admit(b!, 'x').finally(() => (admitted = true));
    await expect.poll(async () => (await b!.limits.budgetView('x'))?.waiting, { timeout: 5_000, interval: 10 }).toBe(1);
    expect(admitted).toBe(false);
    one.settle(undefined);
    expect((await third).queuedMs).toBeGreaterThan(0);
  });

  it('a burst across replicas gets exactly the concurrency limit, and all of it when under the limit', async () => {
    const [a, b] = await replicas(2, { orgs: { x: { concurrency: 60, maxQueueMs: 0 }, y: { concurrency: 60, maxQueueMs: 0 } } });
    const over = await Promise.all(Array.from({ length: 100 }, (_, i) => outcome(admit(i % 2 ? a! : b!, 'x'))));
    expect(over.filter((r) => r === 'ok')).toHaveLength(60);
    const under = await Promise.all(Array.from({ length: 50 }, (_, i) => outcome(admit(i % 2 ? a! : b!, 'y'))));
    expect(under.filter((r) => r === 'ok')).toHaveLength(50);
  });

  it('reload on every replica applies the new budget once, keeping what was spent', async () => {
    const options = { orgs: { x: { itpm: 1000, maxQueueMs: 0 } } };
    const [a, b] = await replicas(2, options);
    await admit(a!, 'x', 600);
    const bigger = limitsConfig({ orgs: { x: { itpm: 2000, maxQueueMs: 0 } }, redis: { url: redis.url, prefix: `t${prefix}` } });
    await Promise.all([a!.limits.reload(bigger), b!.limits.reload(bigger)]);
    const next = await admit(b!, 'x', 0);
    expect(Number(next.headers['anthropic-ratelimit-input-tokens-remaining'])).toBeGreaterThanOrEqual(1400);
    expect(Number(next.headers['anthropic-ratelimit-input-tokens-remaining'])).toBeLessThan(1450);
  });

  it('a replica started with a new budget brings the stored limiter to it', async () => {
    const keyPrefix = `t${++prefix}`;
    const [old] = await replicas(1, { orgs: { x: { rpm: 10, maxQueueMs: 0 } } }, keyPrefix);
    await admit(old!, 'x');
    const [fresh] = await replicas(1, { orgs: { x: { rpm: 30, maxQueueMs: 0 } } }, keyPrefix);
    const ticket = await admit(fresh!, 'x');
    expect(ticket.headers['anthropic-ratelimit-requests-limit']).toBe('30');
    expect(ticket.headers['anthropic-ratelimit-requests-remaining']).toBe('28');
  });

  it('fails open on its share of what was left when Redis dies, and an empty Redis does not hand out a full bucket again', async () => {
    // rpm 60: one a second comes back. The static `replicas: 4` is stale: the heartbeat counts one replica alive.
    const [a] = await replicas(1, { orgs: { x: { rpm: 60, maxQueueMs: 0 } }, replicas: 4 });
    await expect.poll(() => a!.limits.status().replicas, { timeout: 5_000 }).toBe(1);
    await Promise.all(Array.from({ length: 50 }, () => admit(a!, 'x'))); // 10 left
    await redis.kill();
    await expect.poll(() => a!.limits.status().mode, { timeout: 5_000 }).toBe('fail-open');
    expect(a!.limits.storeHealthy).toBe(false);
    expect(await metricValue(a!.metrics, 'gateway_limit_store_up')).toBe(0);
    const started = Date.now();
    const during = await Promise.all(Array.from({ length: 60 }, () => outcome(admit(a!, 'x'))));
    const refilled = Math.ceil((Date.now() - started) / 1000) + 5; // the kill and the poll took up to 5 s more
    // The 10 left (not 60 / 4 from a full bucket), plus the refill since they were seen.
    expect(during.filter((r) => r === 'ok').length).toBeGreaterThanOrEqual(10);
    expect(during.filter((r) => r === 'ok').length).toBeLessThanOrEqual(10 + refilled);

    await redis.start(); // comes back empty: Bottleneck re-creates the bucket full, the rejoin bounds it
    await expect.poll(() => a!.limits.status().mode, { timeout: 10_000 }).toBe('normal');
    expect(await metricValue(a!.metrics, 'gateway_limit_store_up')).toBe(1);
    const after = await Promise.all(Array.from({ length: 60 }, () => outcome(admit(a!, 'x'))));
    expect(after.filter((r) => r === 'ok').length).toBeLessThan(30);
  });

  it('fails closed with 503 when configured so, and recovers', async () => {
    const [a] = await replicas(1, { orgs: { x: { rpm: 20, maxQueueMs: 0 } }, onStoreFailure: 'closed' });
    await redis.kill();
    await expect.poll(() => a!.limits.status().mode, { timeout: 5_000 }).toBe('fail-closed');
    const err = await admit(a!, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect((err as GatewayError).status).toBe(503);
    expect((err as GatewayError).headers['retry-after']).toBe('1');
    await redis.start();
    await expect.poll(() => a!.limits.status().mode, { timeout: 10_000 }).toBe('normal');
    await admit(a!, 'x');
  });

  it('starts with Redis down on the fallback, applies a reload made meanwhile, and closes cleanly while down', async () => {
    await redis.kill();
    const config = limitsConfig({ orgs: { x: { rpm: 10, maxQueueMs: 0 } }, redis: { url: redis.url, prefix: `t${++prefix}` }, replicas: 2 });
    const h = harness(config);
    open.push(h);
    expect(await h.limits.ready(300)).toBe(false);
    expect(h.limits.status().mode).toBe('fail-open');
    const early = await admit(h, 'x');
    expect(early.headers['anthropic-ratelimit-requests-limit']).toBe('5');
    await h.limits.reload(limitsConfig({ orgs: { x: { rpm: 30, maxQueueMs: 0 } }, redis: { url: redis.url, prefix: `t${prefix}` }, replicas: 2 }));
    await redis.start();
    expect(await h.limits.ready(10_000)).toBe(true);
    const shared = await admit(h, 'x');
    expect(shared.headers['anthropic-ratelimit-requests-limit']).toBe('30');
    // The request admitted on the fallback was written back to the shared bucket.
    expect(shared.headers['anthropic-ratelimit-requests-remaining']).toBe('28');

    await redis.kill();
    await expect.poll(() => h.limits.status().healthy, { timeout: 5_000 }).toBe(false);
    await h.limits.close(); // must neither hang nor leave a rejection unhandled
  });

  it('keeps serving, without crashing, while Redis is killed and restarted mid-run', async () => {
    const [a, b] = await replicas(2, { orgs: { x: { rpm: 100_000, itpm: 10_000_000, concurrency: 50, maxQueueMs: 500 } }, replicas: 2 });
    const counts = { ok: 0, refused: 0, other: [] as string[], unsettled: 0 };
    let running = true;
    const worker = async (h: Harness): Promise<void> => {
      while (running) {
        try {
          const ticket = await admit(h, 'x', 100, 100);
          counts.ok++;
          counts.unsettled++;
          setTimeout(() => {
            ticket.settle({ inputTokens: 90, cacheCreationInputTokens: 0, outputTokens: 10 });
            counts.unsettled--;
          }, 5);
        } catch (err) {
          if (err instanceof GatewayError && err.status === 429) counts.refused++;
          else counts.other.push(String(err));
        }
        await new Promise((r) => setTimeout(r, 2));
      }
    };
    const workers = [a!, a!, b!, b!].map(worker);
    /** Waits until `more` requests were admitted beyond `since`. */
    const admittedMore = (since: number, more: number): Promise<void> =>
      expect.poll(() => counts.ok - since, { timeout: 10_000, interval: 5 }).toBeGreaterThanOrEqual(more);
    await admittedMore(0, 20);
    await redis.kill();
    await expect.poll(() => a!.limits.status().healthy || b!.limits.status().healthy, { timeout: 10_000 }).toBe(false);
    const beforeOutage = counts.ok;
    await admittedMore(beforeOutage, 20); // served on local shares while Redis is away
    const okDuringOutage = counts.ok;
    await redis.start();
    await expect.poll(() => a!.limits.status().healthy && b!.limits.status().healthy, { timeout: 10_000 }).toBe(true);
    await admittedMore(counts.ok, 20);
    running = false;
    await Promise.all(workers);
    expect(counts.other).toEqual([]);
    expect(okDuringOutage).toBeGreaterThan(beforeOutage);
    expect(counts.ok).toBeGreaterThan(okDuringOutage);
    // Nothing leaked: once every ticket is settled, the whole concurrency limit is there again (a release
    // still on its way to Redis is waited for within maxQueueMs).
    await expect.poll(() => counts.unsettled, { timeout: 5_000, interval: 5 }).toBe(0);
    const all = await Promise.all(Array.from({ length: 50 }, (_, i) => outcome(admit(i % 2 ? a! : b!, 'x'))));
    expect(all.filter((r) => r === 'ok')).toHaveLength(50);
    await expect(admit(a!, 'x')).rejects.toThrow(/concurrent requests/);
  });
});
