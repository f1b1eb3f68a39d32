import { afterEach, describe, expect, it } from 'vitest';
import { testConfig } from '../helpers/config.js';
import { metricValue } from '../helpers/metrics.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { closeRawUpstreams, rawUpstream } from '../helpers/raw-upstream.js';

const event = (name: string, data: object): string => `event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`;
const chunk = (text: string): string => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;

let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
  await closeRawUpstreams();
});

/**
 * An upstream that streams a whole message in chunked encoding (in two writes) and then drops the
 * connection without the closing zero-length chunk, as a proxy cut at the wrong moment would.
 */
const cutUpstream = (events: string[]): Promise<string> =>
  rawUpstream(
    [
      `HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\nrequest-id: req_cut\r\n\r\n${chunk(events.slice(0, 3).join(''))}`,
      chunk(events.slice(3).join('')),
    ],
    20,
  );

const message = { id: 'msg_cut', type: 'message', role: 'assistant', model: 'claude-haiku-4-5', content: [], stop_reason: null, stop_sequence: null };
const start = event('message_start', { message: { ...message, usage: { input_tokens: 7, output_tokens: 1 } } });
const blockStart = event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
const delta = (text: string): string => event('content_block_delta', { index: 0, delta: { type: 'text_delta', text } });
const end = [
  event('content_block_stop', { index: 0 }),
  event('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 3 } }),
  event('message_stop', {}),
];

describe('an upstream connection dropped right after the stream', () => {
  it('after message_stop: the caller gets the whole stream and no error, and the breaker counts nothing', async () => {
    const baseUrl = await cutUpstream([start, blockStart, delta('Hello'), delta(' there'), ...end]);
    const gw = (gateway = await startTestGateway(testConfig({ upstream: { baseUrl } })));
    const stream = gw.client().messages.stream({ model: 'haiku', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] });
    const final = await stream.finalMessage();
    expect(final.content).toMatchObject([{ type: 'text', text: 'Hello there' }]);
    expect(final.stop_reason).toBe('end_turn');
    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    expect(metricValue(metrics, 'gateway_upstream_errors_total', { model: 'claude-haiku-4-5', code: 'network' }) ?? 0).toBe(0);
  });

  it('before message_stop: the caller gets an error event, as for any stream cut short', async () => {
    const baseUrl = await cutUpstream([start, blockStart, delta('Hello'), delta(' there'), end[0] as string]);
    const gw = (gateway = await startTestGateway(testConfig({ upstream: { baseUrl } })));
    const stream = gw.client().messages.stream({ model: 'haiku', max_tokens: 50, messages: [{ role: 'user', content: 'hi' }] });
    await expect(stream.finalMessage()).rejects.toThrow(/Upstream connection lost/);
  });
});
