import { afterEach, describe, expect, it } from 'vitest';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { KEYS, testConfig } from '../helpers/config.js';
import { metricValue } from '../helpers/metrics.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { closeRawUpstreams, rawUpstream } from '../helpers/raw-upstream.js';

const event = (name: string, data: object): string => `event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`;
const message = { id: 'msg_idle', type: 'message', role: 'assistant', model: 'claude-haiku-4-5', content: [], stop_reason: null, stop_sequence: null };
const head = 'HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nrequest-id: req_idle\r\n\r\n';
const start = event('message_start', { message: { ...message, usage: { input_tokens: 7, output_tokens: 1 } } });
const blockStart = event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
const delta = event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Hello' } });

let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
  await closeRawUpstreams();
});

describe('upstream.streamIdleTimeoutMs', () => {
  it('a stream that goes silent after its first content ends with an error event, frees the slot and counts against the breaker', async () => {
    // Sends its first content, then nothing more, keeping the connection open.
    const baseUrl = await rawUpstream([head + start + blockStart + delta], 0, { keepOpen: true });
    const config = testConfig({
      upstream: { baseUrl, streamIdleTimeoutMs: 200 },
      orgs: [{ id: 'search', keys: [`sha256:${hashKey(KEYS.search)}`], budget: { concurrency: 1, maxQueueMs: 0 } }],
    });
    const gw = (gateway = await startTestGateway(config));
    const client = gw.client();
    const body = { model: 'haiku', max_tokens: 50, messages: [{ role: 'user' as const, content: 'hi' }] };

    await expect(client.messages.stream(body).finalMessage()).rejects.toThrow(/Upstream stream went silent/);
    // The org's only concurrency slot is free again: the next request is admitted (and goes silent too).
    await expect(client.messages.stream(body).finalMessage()).rejects.toThrow(/Upstream stream went silent/);

    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    expect(metricValue(metrics, 'gateway_upstream_errors_total', { model: 'claude-haiku-4-5', code: 'timeout' })).toBe(2);
    expect(metricValue(metrics, 'gateway_ratelimit_rejections_total', { org: 'search' }) ?? 0).toBe(0);
    expect(metricValue(metrics, 'gateway_inflight_requests', { org: 'search' })).toBe(0);
  });
});
