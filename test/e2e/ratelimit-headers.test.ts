import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { KEYS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

describe('anthropic-ratelimit-*-remaining after an idle spell', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    // 6,000 output tokens a minute: 100 come back each second.
    gw = await startTestGateway(testConfig({ orgs: [{ id: 'search', keys: [`sha256:${hashKey(KEYS.search)}`], budget: { otpm: 6_000 } }] }));
  });
  afterAll(() => gw.close());

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
    // At least two whole refill steps (2 x 100 tokens) pass during this wait.
    await new Promise((r) => setTimeout(r, 2_600));
    const after = await remaining(1, 'hi');
    expect(after).toBeGreaterThanOrEqual(before + 100);
  });
});
