import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';
import { metricValue } from '../helpers/metrics.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/** One org's own short deadline must not open a model's breaker for every org. */
describe("a caller's own deadline (x-stainless-timeout)", () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway(testConfig({ sim: { models: { [MODELS.opus]: { latencyMs: 300 } } } }));
  });
  afterAll(() => gw.close());

  const ask = (key: string, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${gw.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key, ...headers },
      body: JSON.stringify({ model: 'opus', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }] }),
    });

  it("ends as the caller's timeout, never counts against the breaker, and leaves Opus to the other orgs", async () => {
    for (let i = 0; i < 10; i++) {
      const res = await ask(KEYS.search, { 'x-stainless-timeout': '0.1' });
      expect(res.status).toBe(504);
      expect(res.headers.get('retry-after')).toBeNull();
      expect(((await res.json()) as { error: { type: string } }).error.type).toBe('timeout_error');
    }
    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    expect(metricValue(metrics, 'gateway_circuit_state', { model: MODELS.opus })).toBe(0);
    expect(metricValue(metrics, 'gateway_upstream_errors_total', { model: MODELS.opus }) ?? 0).toBe(0);

    const other = await ask(KEYS.tiny);
    expect(other.status).toBe(200);
    expect(other.headers.get('x-gateway-model')).toBe(MODELS.opus);
    expect(other.headers.get('x-gateway-fallback-from')).toBeNull();
  });
});
