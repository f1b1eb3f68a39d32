import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';
import { harness, limitsConfig, org, type Harness } from './support.js';

/** How the shared path uses Redis: round trips per request, key layout, and what an idle org leaves there. */
describe.runIf(redisTestsEnabled)('the shared admission path', () => {
  let redis: TestRedis;
  let client: Redis;
  let h: Harness;

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
    const config = limitsConfig({
      redis: { url: redis.url, prefix: 'sp' },
      orgs: { busy: { rpm: 60, itpm: 100_000, otpm: 100_000, concurrency: 5, maxQueueMs: 0 }, idle: { rpm: 60, concurrency: 5 }, once: { rpm: 60 } },
    });
    h = harness(config);
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

  async function admitAndSettle(): Promise<void> {
    const ticket = await h.limits.admit({ org: org(h.config, 'busy'), inputTokens: 100, maxTokens: 200 });
    ticket.settle({ inputTokens: 90, cacheCreationInputTokens: 0, outputTokens: 50 });
  }

  it('admits every dimension in one script and settles in one more', async () => {
    await admitAndSettle(); // loads the scripts into Redis
    await expect.poll(() => client.exists('sp:{busy}:slots')).toBe(0); // settled
    await client.config('RESETSTAT');
    for (let i = 0; i < 10; i++) await admitAndSettle();
    await expect.poll(() => client.exists('sp:{busy}:slots')).toBe(0);
    // Replica heartbeats are EVALs too (one every 2 s): allow at most one.
    expect(await scriptCalls()).toBeGreaterThanOrEqual(20);
    expect(await scriptCalls()).toBeLessThanOrEqual(21);
  });

  it("keeps every key of an org under one hash tag, and nothing of an org that never sent a request", async () => {
    const keys = await client.keys('sp:*');
    const orgKeys = keys.filter((k) => k !== 'sp:replicas');
    expect(orgKeys.length).toBeGreaterThan(0);
    for (const key of orgKeys) expect(key.startsWith('sp:{busy}:')).toBe(true);
  });

  it('lets the keys of an idle org expire once its buckets would be full again', async () => {
    // rpm 60 refills 1 a second: after one request the bucket is full again within 1 s, so the key
    // lives 2 s at most (one refill step plus a second of margin); an expired key reads as a full bucket.
    await h.limits.admit({ org: org(h.config, 'once'), inputTokens: 0, maxTokens: 0 });
    const ttl = await client.pttl('sp:{once}:budget');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2_000);
  });
});
