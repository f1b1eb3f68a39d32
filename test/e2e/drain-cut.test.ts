import { describe, expect, it } from 'vitest';
import { KEYS, testConfig } from '../helpers/config.js';
import { metricValue } from '../helpers/metrics.js';
import { startTestGateway } from '../helpers/gateway.js';

describe('the drain deadline', () => {
  it('ends a stream still running with an event: error, never a bare reset, and blames no breaker', async () => {
    const gw = await startTestGateway(testConfig({ sim: { models: { '*': { tokensPerSecond: 20 } } } }));
    const res = await fetch(`${gw.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEYS.search },
      body: JSON.stringify({ model: 'haiku', max_tokens: 400, stream: true, messages: [{ role: 'user', content: 'long [sim:tokens=400]' }] }),
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('content_block_delta')) text += decoder.decode((await reader.read()).value, { stream: true });

    const drained = gw.gateway.drain(100);
    for (;;) {
      const { done, value } = await reader.read(); // a bare reset would reject here
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    expect(text).not.toContain('message_stop');
    expect(text).toMatch(/event: error\ndata: .*"type":"api_error".*shutting down/);
    const metrics = await gw.gateway.services.metrics.registry.metrics();
    expect(metricValue(metrics, 'gateway_upstream_errors_total', { model: 'claude-haiku-4-5' }) ?? 0).toBe(0);
    await drained;
  });
});
