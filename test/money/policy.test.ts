import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { metricValue } from '../helpers/metrics.js';
import { settledSpend, spendRows, withUsd } from './support.js';

/** Downgrade marks, features, and the runaway-loop guards, through the official SDK. */
describe('money policy', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway(
      testConfig({
        orgs: withUsd({
          search: {
            usd: { daily: 0.02 },
            policy: { downgrade: [{ atPercent: 40, maxTier: 'sonnet' }, { atPercent: 70, maxTier: 'haiku' }] },
          },
          batch: {
            features: ['chat', 'search'],
            policy: { minTier: 'haiku', maxTier: 'sonnet', fallback: false, maxToolTurns: 2, maxConversationUsd: 0.0012 },
          },
        }),
      }),
    );
  });
  afterAll(() => gw.close());

  it('steps the ceiling down as spend crosses each mark: the tier headers change, the route reason says why', async () => {
    const client = gw.client(KEYS.search);
    const seen: Array<{ tier: string; reason: string }> = [];
    for (let i = 0; i < 60; i++) {
      try {
        const { response } = await client.messages
          .create({ model: 'opus', max_tokens: 300, messages: [{ role: 'user', content: `mark ${i} [sim:tokens=150]` }] })
          .withResponse();
        seen.push({ tier: response.headers.get('x-gateway-tier') ?? '', reason: response.headers.get('x-gateway-route-reason') ?? '' });
        await settledSpend(gw.url, KEYS.search, i + 1);
      } catch (err) {
        if (err instanceof Anthropic.RateLimitError) break;
        throw err;
      }
    }
    const tiers = seen.map((s) => s.tier);
    expect(tiers[0]).toBe('opus');
    expect(tiers).toContain('sonnet');
    expect(tiers.at(-1)).toBe('haiku');
    // Never back up: opus..., sonnet..., haiku...
    const rank = { haiku: 0, sonnet: 1, opus: 2 } as Record<string, number>;
    expect(tiers.every((t, i) => i === 0 || (rank[t] as number) <= (rank[tiers[i - 1] as string] as number))).toBe(true);
    expect(seen.find((s) => s.tier === 'sonnet')?.reason).toMatch(/lowered to sonnet by the budget; budget: \d+\.\d% of USD limit spent, ceiling sonnet \(mark 40%\)/);
    expect(seen.at(-1)?.reason).toContain('ceiling haiku (mark 70%)');
    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    expect(metricValue(metrics, 'gateway_budget_downgrades_total', { org: 'search', tier: 'haiku' })).toBeGreaterThan(0);
    expect(metricValue(metrics, 'gateway_budget_limit_usd', { org: 'search', window: 'daily' })).toBe(0.02);
    expect(metricValue(metrics, 'gateway_budget_spent_usd', { org: 'search', window: 'daily' })).toBeGreaterThanOrEqual(0.02);
  });

  it('counts cost per feature: listed values as themselves, anything else as other', async () => {
    const ask = (feature: string | undefined, i: number) =>
      gw
        .client(KEYS.batch, { defaultHeaders: feature ? { 'x-gateway-feature': feature } : {} })
        .messages.create({ model: 'haiku', max_tokens: 100, messages: [{ role: 'user', content: `feature ${feature} ${i} [sim:tokens=20]` }] });
    await ask('chat', 1);
    await ask('chat', 2);
    await ask('not-listed', 3);
    await ask(undefined, 4);
    await settledSpend(gw.url, KEYS.batch, 4);
    const { rows } = await spendRows(gw.url, KEYS.batch, '?by=feature');
    const byFeature = Object.fromEntries(rows.map((r) => [r.feature, r]));
    expect(Object.keys(byFeature).sort()).toEqual(['chat', 'other']);
    expect(byFeature.chat?.requests).toBe(2);
    expect(byFeature.other?.requests).toBe(2);
    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    for (const feature of ['chat', 'other']) {
      expect(metricValue(metrics, 'gateway_feature_cost_usd_total', { org: 'batch', feature })).toBeCloseTo(byFeature[feature]?.cost_usd ?? -1, 9);
    }
    expect(metricValue(metrics, 'gateway_feature_tokens_total', { org: 'batch', feature: 'chat', type: 'output' })).toBe(40);
  });

  it('refuses a history past policy.maxToolTurns with a 400 that says so', async () => {
    const turn = (i: number) => [
      { role: 'assistant' as const, content: [{ type: 'tool_use' as const, id: `toolu_${i}`, name: 'look', input: {} }] },
      { role: 'user' as const, content: [{ type: 'tool_result' as const, tool_use_id: `toolu_${i}`, content: 'ok' }] },
    ];
    const client = gw.client(KEYS.batch);
    const body = (turns: number) => ({
      model: 'haiku',
      max_tokens: 50,
      tools: [{ name: 'look', input_schema: { type: 'object' as const } }],
      messages: [{ role: 'user' as const, content: 'loop' }, ...Array.from({ length: turns }, (_, i) => turn(i)).flat()],
    });
    await expect(client.messages.create(body(2))).resolves.toMatchObject({ type: 'message' });
    const err = await client.messages.create(body(3)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(String((err as Error).message)).toContain('the history holds 3 assistant tool_use turns, more than policy.maxToolTurns (2)');
  });

  it('stops a conversation at policy.maxConversationUsd; another conversation goes on', async () => {
    const client = gw.client(KEYS.batch);
    const system = 'You are a patient assistant.';
    const first = { role: 'user' as const, content: 'Tell me a long story. [sim:tokens=100]' };
    const history: Anthropic.MessageParam[] = [first];
    let stopped: unknown;
    const before = (await settledSpend(gw.url, KEYS.batch, 0)).requests;
    for (let i = 0; i < 10 && !stopped; i++) {
      try {
        const answer = await client.messages.create({ model: 'haiku', max_tokens: 200, system, messages: history });
        history.push({ role: 'assistant', content: answer.content }, { role: 'user', content: `go on ${i} [sim:tokens=100]` });
        await settledSpend(gw.url, KEYS.batch, before + i + 1); // the turn's cost is counted before the next one
      } catch (err) {
        stopped = err;
      }
    }
    // Each turn costs about $0.0005 (100 output tokens at $5/M plus input): the third cannot start.
    expect(stopped).toBeInstanceOf(Anthropic.BadRequestError);
    expect(String((stopped as Error).message)).toMatch(/This conversation has spent \$0\.001\d+, reaching policy\.maxConversationUsd of org \\?"batch\\?" \(\$0\.0012\)/);
    await expect(
      client.messages.create({ model: 'haiku', max_tokens: 50, system, messages: [{ role: 'user', content: 'A different conversation.' }] }),
    ).resolves.toMatchObject({ type: 'message' });
  });
});
