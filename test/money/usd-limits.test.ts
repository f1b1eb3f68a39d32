import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { spendOf, withUsd } from './support.js';

/** USD limits in one process (memory store), through the official SDK. */
describe('usd.daily in memory', () => {
  let gw: TestGateway;
  let client: Anthropic;

  beforeAll(async () => {
    gw = await startTestGateway(testConfig({ orgs: withUsd({ search: { usd: { daily: 0.002 } }, batch: { usd: { daily: 25 } }, tiny: { usd: { monthly: 5 } } }) }));
    client = gw.client(KEYS.search);
  });
  afterAll(() => gw.close());

  it('admits until the day is spent, then 429 naming the limit and its reset, retry-after to the reset', async () => {
    const remaining: number[] = [];
    let refused: InstanceType<typeof Anthropic.RateLimitError> | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      try {
        const { response } = await client.messages
          .create({ model: 'haiku', max_tokens: 200, messages: [{ role: 'user', content: `spend ${i} [sim:tokens=100]` }] })
          .withResponse();
        remaining.push(Number(response.headers.get('x-gateway-budget-remaining-usd')));
      } catch (err) {
        if (!(err instanceof Anthropic.RateLimitError)) throw err;
        refused = err;
      }
    }
    // Each answer costs about $0.0005 (100 output tokens at $5/M plus a little input): four fit, never forty.
    expect(remaining.length).toBeGreaterThanOrEqual(3);
    expect(remaining.length).toBeLessThanOrEqual(5);
    expect(remaining[0]).toBeCloseTo(0.002, 6);
    expect([...remaining].sort((a, b) => b - a)).toEqual(remaining);
    expect(refused?.status).toBe(429);
    const nextMidnight = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z').getTime() + 86_400_000;
    const message = (refused?.error as { error?: { message?: string } } | undefined)?.error?.message;
    expect(message).toContain('USD daily limit of org "search" reached');
    expect(message).toContain(`resets at ${new Date(nextMidnight).toISOString()}`);
    const retryAfter = Number(refused?.headers?.get('retry-after'));
    expect(Math.abs(Date.now() + retryAfter * 1000 - nextMidnight)).toBeLessThan(60_000);
    expect(refused?.headers?.get('x-gateway-budget-remaining-usd')).toBe('0.000000');
    // Settled spend is the real cost: over the limit by less than one request.
    const spend = await spendOf(gw.url, KEYS.search);
    expect(spend.costUsd).toBeGreaterThanOrEqual(0.002);
    expect(spend.costUsd).toBeLessThan(0.0026);
  });

  it('a $0-spent org is never refused for a large max_tokens, and only the real cost is kept', async () => {
    const big = gw.client(KEYS.batch);
    // 60,000 tokens of Sonnet output would be $0.90 and 2,000,000 would be $30: more than the day's $25.
    for (let i = 0; i < 3; i++) {
      const { response, data } = await big.messages
        .create({ model: 'sonnet', max_tokens: 60_000, messages: [{ role: 'user', content: `short ${i} [sim:tokens=10]` }] }, { timeout: 30_000 })
        .withResponse();
      expect(data.usage.output_tokens).toBe(10);
      expect(Number(response.headers.get('x-gateway-budget-remaining-usd'))).toBeGreaterThan(24.99);
    }
  });

  it('carries x-gateway-budget-remaining-usd on the errors of a USD-limited org too (rpm 429, unknown model 400)', async () => {
    const tiny = gw.client(KEYS.tiny);
    const ask = (model: string) =>
      tiny.messages.create({ model, max_tokens: 20, messages: [{ role: 'user', content: 'hi [sim:tokens=5]' }] }).withResponse().then(
        ({ response }) => ({ status: response.status, headers: response.headers }),
        (err: InstanceType<typeof Anthropic.APIError>) => ({ status: err.status, headers: err.headers }),
      );
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await ask('haiku')); // rpm 3: the fourth is refused
    answers.push(await ask('gpt-4o'));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 400]);
    for (const { headers } of answers) expect(Number(headers?.get('x-gateway-budget-remaining-usd'))).toBeGreaterThan(4.99);
  });
});
