import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { startGateway, type Gateway } from '../../src/server.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';

const item = (id: string) => ({ custom_id: id, params: { model: 'sonnet', max_tokens: 50, messages: [{ role: 'user' as const, content: `${id} [sim:tokens=40]` }] } });

/** budget.batch.usdDaily: batch answers read today count against it, and past it new batches get 429. */
describe('batch USD budget per UTC day', () => {
  let sim: Simulator;
  let gw: Gateway;
  const client = (key: string): Anthropic => new Anthropic({ baseURL: gw.url, apiKey: key, maxRetries: 0 });

  beforeAll(async () => {
    sim = await startSimulator({ knownModels: Object.values(MODELS), batchDurationMs: 3_600_000 });
    const config = testConfig({
      upstream: { baseUrl: sim.url },
      orgs: [
        // Two answers of ~40 output tokens on Sonnet at half price cost about $0.0006: the limit is below that.
        { id: 'search', keys: [`sha256:${hashKey(KEYS.search)}`], budget: { batch: { usdDaily: 0.0002 } } },
        { id: 'batch', keys: [`sha256:${hashKey(KEYS.batch)}`] },
      ],
    });
    gw = await startGateway({ config, apiKey: 'k', port: 0, host: '127.0.0.1', logger: createLogger({ level: 'silent' }) });
  });
  afterAll(async () => {
    await gw.drain(1_000);
    await sim.close();
  });

  it('admits batches until the answers read cost the limit, then refuses with 429 until the next UTC day', async () => {
    const search = client(KEYS.search);
    const first = await search.messages.batches.create({ requests: [item('a'), item('b')] });
    expect(first.type).toBe('message_batch');
    // Nothing read yet, so nothing spent: a second batch is still admitted.
    expect((await search.messages.batches.create({ requests: [item('c')] })).type).toBe('message_batch');

    sim.endBatches();
    let lines = 0;
    for await (const _ of await search.messages.batches.results(first.id)) lines += 1;
    expect(lines).toBe(2);

    const refused = await search.messages.batches.create({ requests: [item('d')] }).then(
      () => undefined,
      (err: InstanceType<typeof Anthropic.APIError>) => err,
    );
    expect(refused?.status).toBe(429);
    expect(refused?.message).toContain('per UTC day');
    expect(Number(refused?.headers?.get('retry-after'))).toBeGreaterThan(0);
    // Another org's batches are not held back by it.
    expect((await client(KEYS.batch).messages.batches.create({ requests: [item('e')] })).type).toBe('message_batch');
  });
});
