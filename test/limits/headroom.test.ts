import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/limits/types.js';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';
import { harness, limitsConfig, org, type Harness } from './support.js';

/**
 * Far from the limit a replica admits on the levels of Redis's last reply, without waiting for Redis, and Redis
 * records the admission after; near the limit it waits for the script. Redis is held still with
 * `CLIENT PAUSE … WRITE` (scripts wait, reads answer) to tell the two apart without timing anything.
 */
describe.runIf(redisTestsEnabled)('admission without a round trip when far from the limit', () => {
  let redis: TestRedis;
  let client: Redis;
  let a: Harness;
  let b: Harness;
  const options = {
    redis: { url: '', prefix: 'hr' },
    orgs: {
      roomy: { rpm: 1_000, itpm: 1_000_000, otpm: 1_000_000, concurrency: 1_000, maxQueueMs: 0 },
      // 100 a minute, margin 2: with 99 spent (and at most one refill step of 1.67 since) one request leaves < 2
      // (and a local share, 0.4 of a request, is too small anyway).
      near: { rpm: 100, concurrency: 200, maxQueueMs: 0 },
      // Refills 50 a second: 400 requests take it far below full whatever the test's pace.
      many: { rpm: 3_000, itpm: 10_000_000, otpm: 10_000_000, concurrency: 1_000, maxQueueMs: 0 },
    },
  };

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
    options.redis.url = redis.url;
    a = harness(limitsConfig(options));
    b = harness(limitsConfig(options));
    expect(await a.limits.ready(5_000)).toBe(true);
    expect(await b.limits.ready(5_000)).toBe(true);
  });
  afterAll(async () => {
    await a?.limits.close();
    await b?.limits.close();
    client?.disconnect();
    await redis?.stop();
  });

  const admit = (h: Harness, id: string) => h.limits.admit({ org: org(h.config, id), inputTokens: 100, maxTokens: 200 });
  const pause = () => client.call('CLIENT', 'PAUSE', '10000', 'WRITE');
  const unpause = () => client.call('CLIENT', 'UNPAUSE');
  /** Lets every callback already due run: an admission that needs no reply from Redis has resolved by then. */
  const turns = async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  /** The admission and whether it had resolved while Redis could not run scripts. */
  async function admitWhilePaused(h: Harness, id: string): Promise<{ ticket: Ticket; resolvedWhilePaused: boolean; heldWhilePaused: number }> {
    await pause();
    let resolved = false;
    const pending = admit(h, id).then((t) => ((resolved = true), t));
    await turns();
    const resolvedWhilePaused = resolved;
    const heldWhilePaused = await client.zcard(`hr:{${id}}:slots`); // a read: answered during the pause
    await unpause();
    return { ticket: await pending, resolvedWhilePaused, heldWhilePaused };
  }

  it('admits at once on fresh levels with room, and Redis records the admission afterwards', async () => {
    const tickets: Ticket[] = [];
    let fast: { held: number; index: number } | undefined;
    // Bounded: a try whose levels were more than 200 ms old by then (a stalled test process) waits for Redis.
    for (let i = 0; i < 5 && !fast; i++) {
      tickets.push(await admit(a, 'roomy')); // waits for Redis when it has no levels: now it has fresh ones
      const r = await admitWhilePaused(a, 'roomy');
      tickets.push(r.ticket);
      if (r.resolvedWhilePaused) fast = { held: r.heldWhilePaused, index: tickets.length };
    }
    expect(fast).toBeDefined();
    // While paused, Redis held the slots of the admissions before it only; after the pause it holds this one too.
    expect(fast!.held).toBe(fast!.index - 1);
    await expect.poll(() => client.zcard('hr:{roomy}:slots')).toBe(tickets.length);
    for (const ticket of tickets) ticket.settle({ inputTokens: 100, cacheCreationInputTokens: 0, outputTokens: 10 });
    await expect.poll(() => client.exists('hr:{roomy}:slots')).toBe(0); // settled like any admission, by lease id
  });

  it('waits for Redis near the limit', async () => {
    const spent = await Promise.all(Array.from({ length: 99 }, () => admit(a, 'near')));
    const r = await admitWhilePaused(a, 'near');
    expect(r.resolvedWhilePaused).toBe(false);
    expect(r.heldWhilePaused).toBe(99);
    expect(await client.zcard('hr:{near}:slots')).toBe(100); // admitted by the script once Redis ran it
    for (const ticket of [...spent, r.ticket]) ticket.settle(undefined);
    await expect.poll(() => client.exists('hr:{near}:slots')).toBe(0);
  });

  it('records every admission of two replicas admitting locally: Redis counts exactly what was admitted', async () => {
    const tickets: Ticket[] = [];
    tickets.push(await admit(a, 'many'));
    const start = await client.hgetall('hr:{many}:budget');
    for (let i = 0; i < 100; i++) {
      const four = await Promise.all([admit(a, 'many'), admit(b, 'many'), admit(a, 'many'), admit(b, 'many')]);
      // Two settled at once, most often before their admission was sent: recorded all the same, holding no slot.
      four[0]!.settle(undefined);
      four[1]!.settle(undefined);
      tickets.push(four[2]!, four[3]!);
    }
    // 401 leases held, and 400 requests taken from the bucket since `start`, plus whole refill steps of 50 since
    // then (never reaching the top: 400 > the refill). Both, once every script has landed.
    const counts = async () => {
      const [held, end] = await Promise.all([client.zcard('hr:{many}:slots'), client.hgetall('hr:{many}:budget')]);
      const steps = (Number(end['rpm:t']) - Number(start['rpm:t'])) / 1000;
      const spent = (Number(start.rpm) - Number(end.rpm)) / 60_000;
      return { held, spentBeyondRefill: Math.round((spent + 50 * steps) * 1e6) / 1e6 };
    };
    await expect.poll(counts).toEqual({ held: 201, spentBeyondRefill: 400 });
    for (const ticket of tickets) ticket.settle(undefined);
    await expect.poll(() => client.exists('hr:{many}:slots')).toBe(0);
  });
});
