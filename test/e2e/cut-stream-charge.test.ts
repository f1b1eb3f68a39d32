import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { KEYS, testConfig } from '../helpers/config.js';
import { metricValue } from '../helpers/metrics.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { closeRawUpstreams, rawUpstream } from '../helpers/raw-upstream.js';

const event = (name: string, data: object): string => `event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`;
const message = { id: 'msg_cut', type: 'message', role: 'assistant', model: 'claude-haiku-4-5', content: [], stop_reason: null, stop_sequence: null };
const head = 'HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nrequest-id: req_cut\r\n\r\n';
const start = event('message_start', { message: { ...message, usage: { input_tokens: 7, output_tokens: 1 } } });
const blockStart = event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
const DELTAS = 200;
const deltas = Array.from({ length: DELTAS }, (_, i) => event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: ` word${i}` } }));

let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
  await closeRawUpstreams();
});

/** The metrics once the request was accounted (which follows the caller leaving by a moment). */
function metricsOnceCounted(url: string): Promise<string> {
  return vi.waitFor(
    async () => {
      const text = await (await fetch(`${url}/metrics`)).text();
      expect(metricValue(text, 'gateway_requests_total', { org: 'search' }) ?? 0).toBeGreaterThanOrEqual(1);
      return text;
    },
    { timeout: 5_000, interval: 20 },
  );
}

describe('a stream the caller leaves before message_delta', () => {
  it('is charged for the output already relayed: in the budget, the tokens and the cost', async () => {
    // Everything up to just before message_delta, then silence on an open connection.
    const baseUrl = await rawUpstream([head + start + blockStart + deltas.join('')], 0, { keepOpen: true });
    const config = testConfig({
      upstream: { baseUrl },
      orgs: [{ id: 'search', keys: [`sha256:${hashKey(KEYS.search)}`], budget: { otpm: 300, maxQueueMs: 0 } }],
    });
    const gw = (gateway = await startTestGateway(config));
    const controller = new AbortController();
    const res = await fetch(`${gw.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEYS.search },
      body: JSON.stringify({ model: 'haiku', max_tokens: 300, stream: true, messages: [{ role: 'user', content: 'hi' }] }),
      signal: controller.signal,
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let seen = '';
    while (!seen.includes(`word${DELTAS - 1}`)) seen += new TextDecoder().decode((await reader.read()).value);
    controller.abort();

    const metrics = await metricsOnceCounted(gw.url);
    const output = metricValue(metrics, 'gateway_tokens_total', { org: 'search', type: 'output' }) ?? 0;
    expect(output).toBeGreaterThanOrEqual(DELTAS);
    expect(metricValue(metrics, 'gateway_cost_usd_total', { org: 'search' })).toBeGreaterThanOrEqual((DELTAS * 5) / 1e6);

    // The budget kept the relayed output (refilling at 5 a second): the next 200 output tokens do not fit.
    const next = await fetch(`${gw.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEYS.search },
      body: JSON.stringify({ model: 'haiku', max_tokens: 200, stream: true, messages: [{ role: 'user', content: 'hi' }] }),
      signal: AbortSignal.timeout(5_000),
    });
    expect(next.status).toBe(429);
    expect(await next.text()).toMatch(/output tokens per minute/);
  });
});
