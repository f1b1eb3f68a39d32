import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { metricValue } from '../helpers/metrics.js';

const STRICT_KEY = 'test-key-strict';
const price = (input: number, output: number) => ({ input, output, cacheWrite: input * 1.25, cacheRead: input / 10 });

const config = testConfig({
  models: {
    haiku: { id: MODELS.haiku, aliases: ['claude-haiku-4-5-20251001'], price: price(1, 5) },
    sonnet: { id: MODELS.sonnet, price: price(3, 15) },
    opus: { id: MODELS.opus, price: price(5, 25) },
  },
  orgs: [
    { id: 'search', keys: [`sha256:${hashKey(KEYS.search)}`] },
    { id: 'batch', keys: [`sha256:${hashKey(KEYS.batch)}`], policy: { minTier: 'haiku', maxTier: 'sonnet' } },
    { id: 'strict', keys: [`sha256:${hashKey(STRICT_KEY)}`], policy: { strictModels: true } },
  ],
});

describe('model resolution: catalogue aliases, family IDs, and policy', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway(config);
  });
  afterAll(() => gw.close());

  const ask = async (model: string, key: string = KEYS.search) => {
    const { data, response } = await gw
      .client(key)
      .messages.create({ model, max_tokens: 32, messages: [{ role: 'user', content: 'hi' }] })
      .withResponse();
    return { model: data.model, route: response.headers.get('x-gateway-route'), reason: response.headers.get('x-gateway-route-reason') ?? '' };
  };

  it('serves a catalogue alias exactly, as a pinned model', async () => {
    const answer = await ask('claude-haiku-4-5-20251001');
    expect(answer).toMatchObject({ model: MODELS.haiku, route: 'pinned' });
    expect(answer.reason).toContain('claude-haiku-4-5-20251001');
  });

  it('serves IDs newer than the catalogue by their family, saying which ID was asked for', async () => {
    for (const [asked, served] of [
      ['claude-opus-4-8', MODELS.opus],
      ['claude-sonnet-5', MODELS.sonnet],
      ['claude-3-5-haiku-latest', MODELS.haiku],
    ] as const) {
      const answer = await ask(asked);
      expect(answer).toMatchObject({ model: served, route: 'family' });
      expect(answer.reason).toContain(asked);
    }
  });

  it("keeps a family ID within the org's tiers", async () => {
    const answer = await ask('claude-opus-4-8', KEYS.batch);
    expect(answer).toMatchObject({ model: MODELS.sonnet, route: 'family' });
    expect(answer.reason).toContain('clamped to sonnet');
  });

  it('refuses what names no family, and everything outside the catalogue for a strictModels org', async () => {
    await expect(ask('gpt-4o')).rejects.toMatchObject({ status: 400 });
    await expect(ask('claude-opus-4-8', STRICT_KEY)).rejects.toMatchObject({ status: 400 });
    expect((await ask('claude-haiku-4-5-20251001', STRICT_KEY)).model).toBe(MODELS.haiku);
  });

  it('lists aliases and retrieves one model, within the org', async () => {
    const listed = await gw.client().models.list();
    expect(listed.data.map((m) => m.id)).toEqual(expect.arrayContaining(['auto', 'haiku', MODELS.opus, 'claude-haiku-4-5-20251001']));
    expect((await gw.client().models.retrieve('claude-haiku-4-5-20251001')).id).toBe(MODELS.haiku);
    expect((await gw.client().models.retrieve('opus')).id).toBe('opus');
    await expect(gw.client(KEYS.batch).models.retrieve(MODELS.opus)).rejects.toMatchObject({ status: 404 });
    await expect(gw.client().models.retrieve('gpt-4o')).rejects.toMatchObject({ status: 404 });
  });

  it('prices every iteration of a server-side fallback at its own model', async () => {
    const before = await (await fetch(`${gw.url}/metrics`)).text();
    const cost = (text: string, model: string) => metricValue(text, 'gateway_cost_usd_total', { org: 'search', model }) ?? 0;
    const res = await fetch(`${gw.url}/v1/messages?beta=true`, {
      method: 'POST',
      headers: { 'x-api-key': KEYS.search, 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'anthropic-beta': 'server-side-fallback-2026-07-01' },
      body: JSON.stringify({
        model: MODELS.opus,
        max_tokens: 256,
        fallbacks: [{ model: MODELS.sonnet }],
        messages: [{ role: 'user', content: 'Answer. [sim:refuse=1] [sim:tokens=10]' }],
      }),
    });
    const message = (await res.json()) as { usage: unknown };
    const iterations = (message.usage as { iterations: Array<{ model: string; input_tokens: number; output_tokens: number }> }).iterations;
    expect(iterations.map((i) => i.model)).toEqual([MODELS.opus, MODELS.sonnet]);
    const after = await (await fetch(`${gw.url}/metrics`)).text();
    const [declined, served] = iterations as [(typeof iterations)[0], (typeof iterations)[0]];
    expect(cost(after, MODELS.opus) - cost(before, MODELS.opus)).toBeCloseTo((declined.input_tokens * 5 + declined.output_tokens * 25) / 1e6, 12);
    expect(cost(after, MODELS.sonnet) - cost(before, MODELS.sonnet)).toBeCloseTo((served.input_tokens * 3 + served.output_tokens * 15) / 1e6, 12);
  });
});
