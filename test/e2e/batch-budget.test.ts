import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { createLogger } from '../../src/logger.js';
import { startGateway, type Gateway } from '../../src/server.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';

const item = (id: string) => ({ custom_id: id, params: { model: 'haiku', max_tokens: 5, messages: [{ role: 'user' as const, content: id }] } });

/** budget.batch.requestsPerDay, and ownership shared by replicas through Redis. */
describe.runIf(redisTestsEnabled)('batch budget and shared ownership (Redis)', () => {
  let redis: TestRedis;
  let sim: Simulator;
  let a: Gateway;
  let b: Gateway;
  const client = (g: Gateway, key: string = KEYS.search): Anthropic => new Anthropic({ baseURL: g.url, apiKey: key, maxRetries: 0 });

  beforeAll(async () => {
    redis = await startRedis();
    sim = await startSimulator({ knownModels: Object.values(MODELS), batchDurationMs: 3_600_000 });
    const config = testConfig({
      upstream: { baseUrl: sim.url },
      limits: { redis: { url: redis.url, prefix: `t${Date.now()}` } },
      orgs: [
        { id: 'search', keys: [`sha256:${hashKey(KEYS.search)}`], budget: { batch: { requestsPerDay: 3 } } },
        { id: 'batch', keys: [`sha256:${hashKey(KEYS.batch)}`] },
      ],
    });
    // Two replicas behind one upstream, as two pods in front of Anthropic.
    const start = (): Promise<Gateway> => startGateway({ config, apiKey: 'k', port: 0, host: '127.0.0.1', logger: createLogger({ level: 'silent' }) });
    [a, b] = await Promise.all([start(), start()]);
    await vi.waitFor(() => expect(a.services.ownership.status().healthy && b.services.ownership.status().healthy).toBe(true), { timeout: 5_000, interval: 10 });
  });
  afterAll(async () => {
    await Promise.all([a?.drain(1_000), b?.drain(1_000)]);
    await sim?.close();
    await redis.stop();
  });

  it('counts batch items per UTC day across replicas: 429 with retry-after past the limit, 400 for a batch that could never fit', async () => {
    await client(a).messages.batches.create({ requests: [item('1'), item('2')] });
    const over = await client(b).messages.batches.create({ requests: [item('3'), item('4')] }).then(
      () => undefined,
      (err: InstanceType<typeof Anthropic.APIError>) => err,
    );
    expect(over?.status).toBe(429);
    expect(Number(over?.headers?.get('retry-after'))).toBeGreaterThan(0);
    await expect(client(a).messages.batches.create({ requests: [item('a'), item('b'), item('c'), item('d')] })).rejects.toMatchObject({ status: 400 });
    expect((await client(b).messages.batches.create({ requests: [item('5')] })).type).toBe('message_batch');
  });

  it('a batch created through one replica is its org’s on the other, and still no one else’s', async () => {
    const batch = await client(a, KEYS.batch).messages.batches.create({ requests: [item('x')] });
    expect((await client(b, KEYS.batch).messages.batches.retrieve(batch.id)).id).toBe(batch.id);
    await expect(client(b, KEYS.search).messages.batches.retrieve(batch.id)).rejects.toMatchObject({ status: 404 });
  });
});
