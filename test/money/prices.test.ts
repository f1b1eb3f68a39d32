import type Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { settledSpend, spendRows, withUsd } from './support.js';

/**
 * Exact prices per token kind, JSON and streamed: each case runs under its own feature, so the ledger's
 * row for that feature is that request's cost, checked against dollars computed by hand from the
 * catalogue prices (per million: haiku input 1, output 5, 5-minute write 1.25, 1-hour write 2 (2x input),
 * read 0.10; sonnet input 3, output 15).
 */
const KINDS = ['read', 'write5m', 'write1h', 'thinking', 'iterations'] as const;
const MODES = ['json', 'stream'] as const;
const features = [...KINDS.flatMap((k) => MODES.map((m) => `${k}-${m}`)), 'warmup'];

interface UsageJson {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation?: { ephemeral_5m_input_tokens?: number; ephemeral_1h_input_tokens?: number } | null;
  iterations?: Array<UsageJson & { model: string }>;
}

const haikuUsd = (u: UsageJson): number => {
  const oneHour = u.cache_creation?.ephemeral_1h_input_tokens ?? 0;
  const fiveMinute = (u.cache_creation_input_tokens ?? 0) - oneHour;
  return (u.input_tokens * 1 + u.output_tokens * 5 + fiveMinute * 1.25 + oneHour * 2 + (u.cache_read_input_tokens ?? 0) * 0.1) / 1e6;
};

describe('exact prices per token kind', () => {
  let gw: TestGateway;
  let requests = 0;

  beforeAll(async () => {
    gw = await startTestGateway(testConfig({ orgs: withUsd({ search: { features, usd: { daily: 100 } } }) }));
  });
  afterAll(() => gw.close());

  async function ask(feature: string, mode: (typeof MODES)[number], body: Record<string, unknown>): Promise<UsageJson> {
    const client = gw.client(KEYS.search, { defaultHeaders: { 'x-gateway-feature': feature } });
    const params = { model: 'haiku', max_tokens: 2_000, ...body } as Anthropic.Beta.MessageCreateParamsNonStreaming;
    const message = mode === 'stream' ? await client.beta.messages.stream(params).finalMessage() : await client.beta.messages.create(params);
    requests++;
    return message.usage as unknown as UsageJson;
  }

  async function ledgerRow(feature: string): Promise<{ cost_usd: number; tokens: Record<string, number> }> {
    await settledSpend(gw.url, KEYS.search, requests);
    const { rows } = await spendRows(gw.url, KEYS.search, '?by=feature');
    const row = rows.find((r) => r.feature === feature);
    if (!row) throw new Error(`no ledger row for ${feature}`);
    return row;
  }

  const cached = (mode: string, kind: string, ttl?: '1h') => ({
    system: [{ type: 'text', text: `Long instructions for ${kind} ${mode}. `.repeat(60), cache_control: ttl ? { type: 'ephemeral', ttl } : { type: 'ephemeral' } }],
    messages: [{ role: 'user', content: `Question for ${kind} ${mode}. [sim:tokens=30]` }],
  });

  describe.each(MODES)('%s', (mode) => {
    it('cache reads at the read price', async () => {
      await ask('warmup', mode, cached(mode, 'read'));
      const usage = await ask(`read-${mode}`, mode, cached(mode, 'read'));
      expect(usage.cache_read_input_tokens).toBeGreaterThan(0);
      const row = await ledgerRow(`read-${mode}`);
      expect(row.tokens.cache_read).toBe(usage.cache_read_input_tokens);
      expect(row.cost_usd).toBeCloseTo((usage.input_tokens * 1 + 30 * 5 + (usage.cache_read_input_tokens as number) * 0.1) / 1e6, 12);
    });

    it('5-minute cache writes at the 5-minute write price', async () => {
      const usage = await ask(`write5m-${mode}`, mode, cached(mode, 'write5m'));
      expect(usage.cache_creation_input_tokens).toBeGreaterThan(0);
      const row = await ledgerRow(`write5m-${mode}`);
      expect(row.tokens.cache_write_5m).toBe(usage.cache_creation_input_tokens);
      expect(row.cost_usd).toBeCloseTo((usage.input_tokens * 1 + 30 * 5 + (usage.cache_creation_input_tokens as number) * 1.25) / 1e6, 12);
    });

    it('1-hour cache writes at twice the input price', async () => {
      const usage = await ask(`write1h-${mode}`, mode, cached(mode, 'write1h', '1h'));
      const oneHour = usage.cache_creation?.ephemeral_1h_input_tokens ?? 0;
      expect(oneHour).toBeGreaterThan(0);
      expect(usage.cache_creation_input_tokens).toBe(oneHour);
      const row = await ledgerRow(`write1h-${mode}`);
      expect(row.tokens.cache_write_1h).toBe(oneHour);
      expect(row.cost_usd).toBeCloseTo((usage.input_tokens * 1 + 30 * 5 + oneHour * 2) / 1e6, 12);
    });

    it('thinking as output', async () => {
      const usage = await ask(`thinking-${mode}`, mode, {
        thinking: { type: 'enabled', budget_tokens: 1_024 },
        messages: [{ role: 'user', content: `Think about it ${mode}. [sim:thinking_tokens=400] [sim:tokens=30]` }],
      });
      expect(usage.output_tokens).toBeGreaterThanOrEqual(430);
      const row = await ledgerRow(`thinking-${mode}`);
      expect(row.tokens.output).toBe(usage.output_tokens);
      expect(row.cost_usd).toBeCloseTo((usage.input_tokens * 1 + usage.output_tokens * 5) / 1e6, 12);
      expect(row.cost_usd).toBeCloseTo(haikuUsd(usage), 12);
    });

    it('each iteration of a server-side fallback at its own model', async () => {
      const usage = await ask(`iterations-${mode}`, mode, {
        model: MODELS.sonnet,
        betas: ['server-side-fallback-2026-07-01'],
        fallbacks: [{ model: MODELS.haiku }],
        messages: [{ role: 'user', content: `Answer ${mode}. [sim:refuse=1] [sim:tokens=30]` }],
      });
      const [declined, served] = usage.iterations ?? [];
      expect(declined?.model).toBe(MODELS.sonnet);
      expect(served?.model).toBe(MODELS.haiku);
      const row = await ledgerRow(`iterations-${mode}`);
      const sonnet = ((declined?.input_tokens ?? 0) * 3 + (declined?.output_tokens ?? 0) * 15) / 1e6;
      expect(row.cost_usd).toBeCloseTo(sonnet + haikuUsd(served as UsageJson), 12);
    });
  });
});
