import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';
import { harness, limitsConfig, org, type Harness, type LimitsConfigOptions } from './support.js';

const ORGS = 2_000;
const budget = { rpm: 600, itpm: 100_000, otpm: 50_000, concurrency: 10, maxQueueMs: 0 };
const manyOrgs = (changed: Record<string, object> = {}): LimitsConfigOptions['orgs'] =>
  Object.fromEntries(Array.from({ length: ORGS }, (_, i) => [`o${i}`, changed[`o${i}`] ?? budget]));

const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
const seriesOf = async (h: Harness, name: string): Promise<Set<string>> => {
  const metric = h.metrics.registry.getSingleMetric(name);
  const { values } = (await metric?.get()) ?? { values: [] };
  return new Set(values.map((v) => String(v.labels.org)));
};

const open: Harness[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.limits.close()));
});
const make = (options: LimitsConfigOptions): Harness => {
  const h = harness(limitsConfig(options));
  open.push(h);
  return h;
};
const admit = (h: Harness, id: string, inputTokens = 0) => h.limits.admit({ org: org(h.config, id), inputTokens, maxTokens: 0 });

describe('many orgs in memory: nothing per org until it sends a request', () => {
  it('an org that never sent a request has no timer and no metric series; one that did keeps no timer either', async () => {
    const before = timers();
    const h = make({ orgs: manyOrgs() });
    expect(timers()).toBe(before);
    expect(await seriesOf(h, 'gateway_ratelimit_rejections_total')).toEqual(new Set());
    expect(await seriesOf(h, 'gateway_ratelimit_queue_depth')).toEqual(new Set());

    const ticket = await admit(h, 'o7', 100);
    ticket.settle({ inputTokens: 100, outputTokens: 0, cacheCreationInputTokens: 0 });
    expect(timers()).toBe(before); // the buckets refill when read, not on a timer
    expect(await seriesOf(h, 'gateway_ratelimit_rejections_total')).toEqual(new Set(['o7']));
    expect(await seriesOf(h, 'gateway_ratelimit_queue_depth')).toEqual(new Set(['o7']));
  });

  it('a reload that changes one org leaves the others as they were', async () => {
    const h = make({ orgs: manyOrgs() });
    await admit(h, 'o1', 40_000);
    await admit(h, 'o2', 30_000);
    await h.limits.reload(limitsConfig({ orgs: manyOrgs({ o2: { ...budget, itpm: 200_000 } }) }));
    const one = await admit(h, 'o1', 0);
    expect(Number(one.headers['anthropic-ratelimit-input-tokens-remaining'])).toBeLessThan(90_000); // 40 000 still spent (fresh: 100 000)
    expect(one.headers['anthropic-ratelimit-input-tokens-limit']).toBe('100000');
    const two = await admit(h, 'o2', 0);
    expect(two.headers['anthropic-ratelimit-input-tokens-limit']).toBe('200000');
    expect(Number(two.headers['anthropic-ratelimit-input-tokens-remaining'])).toBeLessThan(190_000); // kept the 30 000 spent (fresh: 200 000)
    const fresh = await admit(h, 'o3', 0); // never used before the reload: made from the new config
    expect(fresh.headers['anthropic-ratelimit-input-tokens-remaining']).toBe('100000');
  });
});

describe.runIf(redisTestsEnabled)('many orgs on Redis: nothing per org until it sends a request', () => {
  let redis: TestRedis;
  let client: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  it('holds no key and runs no command for orgs that never sent a request, at start and on reload', async () => {
    const redisConfig = { url: redis.url, prefix: 'many' };
    const h = make({ orgs: manyOrgs(), redis: redisConfig });
    expect(await h.limits.ready(5_000)).toBe(true);
    await admit(h, 'o1', 1_000);
    await h.limits.reload(limitsConfig({ orgs: manyOrgs({ o5: { ...budget, rpm: 1 } }), redis: redisConfig }));
    const keys = (await client.keys('many:*')).filter((k) => k !== 'many:replicas').sort();
    expect(keys).toEqual(['many:{o1}:budget', 'many:{o1}:slots']); // o5 changed, but had no state to change
  });
});
