import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';
import { harness, limitsConfig, org, type Harness } from './support.js';

/** How the shared path uses Redis: round trips per request, key layout, and what an idle org leaves there. */
describe.runIf(redisTestsEnabled)('the shared admission path', () => {
  let redis: TestRedis;
  let client: Redis;
  let h: Harness;
  const options = {
    redis: { url: '', prefix: 'sp' },
    orgs: {
      busy: { rpm: 60, itpm: 1_000, otpm: 100_000, concurrency: 5, maxQueueMs: 0 },
      crowd: { rpm: 1_000, concurrency: 12, maxQueueMs: 0 },
      idle: { rpm: 60, concurrency: 5 }, once: { rpm: 60 } },
  };

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
    options.redis.url = redis.url;
    h = harness(limitsConfig(options));
    expect(await h.limits.ready(5_000)).toBe(true);
  });
  afterAll(async () => {
    await h?.limits.close();
    client?.disconnect();
    await redis?.stop();
  });

  const scriptCalls = async (): Promise<number> => {
    const stats = await client.info('commandstats');
    const calls = (name: string): number => Number(new RegExp(`cmdstat_${name}:calls=(\\d+)`).exec(stats)?.[1] ?? 0);
    return calls('evalsha') + calls('eval');
  };

  const admit = () => h.limits.admit({ org: org(h.config, 'busy'), inputTokens: 100, maxTokens: 200 });
  const usage = { inputTokens: 90, cacheCreationInputTokens: 0, outputTokens: 50 };

  it('admits every dimension in one script and settles in at most one more', async () => {
    const started = Date.now();
    (await admit()).settle(usage); // loads the scripts into Redis
    await expect.poll(() => client.exists('sp:{busy}:slots')).toBe(0); // settled
    await client.config('RESETSTAT');
    const tickets = [];
    for (let i = 0; i < 5; i++) tickets.push(await admit());
    // Replica heartbeats are EVALs too (one every 2 s): allow one.
    const admitted = await scriptCalls();
    expect(admitted).toBeGreaterThanOrEqual(5);
    expect(admitted).toBeLessThanOrEqual(6);
    expect(await client.zcard('sp:{busy}:slots')).toBe(5);
    for (const ticket of tickets) ticket.settle(usage);
    await expect.poll(() => client.exists('sp:{busy}:slots')).toBe(0);
    // Settles close together share one script.
    expect((await scriptCalls()) - admitted).toBeLessThanOrEqual(2);
    // Every correction arrived: 6 requests estimated at 100 input tokens used 90 each (540 of 1000), less
    // whatever refill steps (1000/60 a second) passed meanwhile; uncorrected it would be 600.
    const spent = 1_000 - Number((await client.hgetall('sp:{busy}:budget')).itpm) / 60_000;
    const refillSteps = Math.ceil((Date.now() - started) / 1000) + 1;
    expect(spent).toBeLessThanOrEqual(540 + 1e-6);
    expect(spent).toBeGreaterThanOrEqual(540 - (refillSteps * 1_000) / 60);
  });

  it("keeps every key of an org under one hash tag, and nothing of an org that never sent a request", async () => {
    const keys = await client.keys('sp:*');
    const orgKeys = keys.filter((k) => k !== 'sp:replicas');
    expect(orgKeys.length).toBeGreaterThan(0);
    for (const key of orgKeys) expect(key.startsWith('sp:{busy}:')).toBe(true);
  });

  it('runs nothing in Redis on a reload for the orgs whose budget did not change', async () => {
    await client.config('RESETSTAT');
    await h.limits.reload(limitsConfig(options)); // the same budgets, a new config object
    expect(await scriptCalls()).toBeLessThanOrEqual(1); // a replica heartbeat may fall in
    await h.limits.reload(limitsConfig({ ...options, orgs: { ...options.orgs, busy: { ...options.orgs.busy, rpm: 120 } } }));
    expect(await scriptCalls()).toBeGreaterThanOrEqual(1); // busy's new size is stored at once
    expect(await scriptCalls()).toBeLessThanOrEqual(2);
    expect(await client.keys('sp:{idle}*')).toEqual([]);
  });

  it('lets the keys of an idle org expire once its buckets would be full again', async () => {
    // rpm 60 refills 1 a second: after one request the bucket is full again within 1 s, so the key
    // lives 2 s at most (one refill step plus a second of margin); an expired key reads as a full bucket.
    await h.limits.admit({ org: org(h.config, 'once'), inputTokens: 0, maxTokens: 0 });
    const ttl = await client.pttl('sp:{once}:budget');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2_000);
  });

  it('sends the admissions of one org made together as one script, each all or nothing, in order', async () => {
    const crowd = () => h.limits.admit({ org: org(h.config, 'crowd'), inputTokens: 0, maxTokens: 0 });
    (await crowd()).settle(undefined); // loads the scripts
    await expect.poll(() => client.exists('sp:{crowd}:slots')).toBe(0);
    await client.config('RESETSTAT');
    const results = await Promise.allSettled(Array.from({ length: 30 }, crowd));
    const admitted = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(admitted).toHaveLength(12); // the concurrency budget, exactly
    expect(results.slice(0, 12).every((r) => r.status === 'fulfilled')).toBe(true); // first come, first served
    expect(await client.zcard('sp:{crowd}:slots')).toBe(12);
    expect(await scriptCalls()).toBeLessThanOrEqual(2); // one, and maybe a replica heartbeat
    // Settles waiting for their batch go in the same script as the org's next admissions, before them: the 12
    // slots just freed are there for the 12 new requests (sent alone 2 ms later, they would still be taken).
    for (const ticket of admitted) ticket.settle(undefined);
    const again = await Promise.all(Array.from({ length: 12 }, crowd));
    for (const ticket of again) ticket.settle(undefined);
    await expect.poll(() => client.exists('sp:{crowd}:slots')).toBe(0);
  });
});
