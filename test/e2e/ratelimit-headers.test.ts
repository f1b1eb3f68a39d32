import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { KEYS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

describe('anthropic-ratelimit-*-remaining after an idle spell', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    // The gateway's clock is vitest's: it runs with real time, and the test jumps it over the idle spell.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    // 6,000 output tokens a minute: 100 come back each second.
    gw = await startTestGateway(testConfig({ orgs: [{ id: 'search', keys: [`sha256:${hashKey(KEYS.search)}`], budget: { otpm: 6_000 } }] }));
  });
  afterAll(async () => {
    await gw.close();
    vi.useRealTimers();
  });

  const remaining = async (maxTokens: number, content: string): Promise<number> => {
    const res = await fetch(`${gw.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEYS.search },
      body: JSON.stringify({ model: 'haiku', max_tokens: maxTokens, messages: [{ role: 'user', content }] }),
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    return Number(res.headers.get('anthropic-ratelimit-output-tokens-remaining'));
  };

  it('counts the refill made while nobody asked', async () => {
    await remaining(5_000, 'spend [sim:tokens=3000]'); // settles at 3,000 spent
    const before = await remaining(1, 'hi');
    // Two whole refill steps (2 x 100 tokens), even each a heartbeat late, pass while nobody asks.
    await vi.advanceTimersByTimeAsync(2_300);
    const after = await remaining(1, 'hi');
    expect(after).toBeGreaterThanOrEqual(before + 200 - 1);
  });
});
