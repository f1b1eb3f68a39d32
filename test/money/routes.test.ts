import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startGateway, type Gateway } from '../../src/server.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';
import { settledSpend, spendRows, withUsd } from './support.js';

/** Every route counts: OpenAI-compatible chat completions against the USD limit, batch answers at half price. */
describe('USD spend on the other routes', () => {
  let sim: Simulator;
  let gw: Gateway;

  beforeAll(async () => {
    sim = await startSimulator({ knownModels: Object.values(MODELS), batchDurationMs: 3_600_000 });
    gw = await startGateway({
      config: testConfig({ upstream: { baseUrl: sim.url }, orgs: withUsd({ search: { usd: { daily: 0.002 } }, batch: { usd: { daily: 10 } } }) }),
      apiKey: 'sim-key',
      port: 0,
      host: '127.0.0.1',
      logger: createLogger({ level: 'silent' }),
    });
  });
  afterAll(async () => {
    await gw.drain(1_000);
    await sim.close();
  });

  it('chat completions spend the same USD limit and end in a 429 saying so', async () => {
    const openai = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: KEYS.search, maxRetries: 0 });
    let admitted = 0;
    let refused: unknown;
    for (let i = 0; i < 40 && !refused; i++) {
      try {
        await openai.chat.completions.create({ model: 'haiku', max_tokens: 200, messages: [{ role: 'user', content: `chat ${i} [sim:tokens=100]` }] });
        admitted++;
        await settledSpend(gw.url, KEYS.search, admitted);
      } catch (err) {
        refused = err;
      }
    }
    expect(refused).toBeInstanceOf(OpenAI.RateLimitError);
    expect(String((refused as Error).message)).toContain('USD daily limit of org "search" reached');
    expect(admitted).toBeGreaterThanOrEqual(3);
    expect(admitted).toBeLessThanOrEqual(5);
    const spend = await settledSpend(gw.url, KEYS.search, admitted);
    expect(spend.requests).toBe(admitted);
    expect(spend.costUsd).toBeGreaterThanOrEqual(0.002);
  });

  it('batch answers are charged at half price into spend and the ledger when their results are read', async () => {
    const client = new Anthropic({ baseURL: gw.url, apiKey: KEYS.batch, maxRetries: 0 });
    const batch = await client.messages.batches.create({
      requests: [{ custom_id: 'one', params: { model: 'sonnet', max_tokens: 100, messages: [{ role: 'user', content: 'Name a colour.' }] } }],
    });
    sim.endBatches();
    const usages: Array<{ input_tokens: number; output_tokens: number }> = [];
    for await (const item of await client.messages.batches.results(batch.id)) {
      if (item.result.type === 'succeeded') usages.push(item.result.message.usage);
    }
    expect(usages).toHaveLength(1);
    const [u] = usages as [{ input_tokens: number; output_tokens: number }];
    const expected = ((u.input_tokens * 3 + u.output_tokens * 15) / 1e6) * 0.5;
    await expect.poll(async () => (await spendRows(gw.url, KEYS.batch, '?by=model')).rows.length, { timeout: 5_000, interval: 20 }).toBe(1);
    const { rows } = await spendRows(gw.url, KEYS.batch, '?by=model');
    expect(rows[0]?.model).toBe(MODELS.sonnet);
    expect(rows[0]?.cost_usd).toBeCloseTo(expected, 12);
    const probe = await client.messages.create({ model: 'haiku', max_tokens: 10, messages: [{ role: 'user', content: 'left?' }] }).withResponse();
    expect(Number(probe.response.headers.get('x-gateway-budget-remaining-usd'))).toBeCloseTo(10 - expected, 6);
  });
});
