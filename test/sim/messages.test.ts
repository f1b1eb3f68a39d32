import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { client, maskIds, parseSse, post, user } from './helpers.js';

const MODEL = 'claude-sonnet-4-6';
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ knownModels: [MODEL, 'claude-haiku-4-5'] });
});
afterAll(() => sim.close());

describe('POST /v1/messages, JSON', () => {
  it('answers in the Message shape, with the request-id the SDK exposes', async () => {
    const msg = await client(sim).messages.create({ model: MODEL, max_tokens: 1024, messages: user('Hello there') });
    expect(msg).toMatchObject({ type: 'message', role: 'assistant', model: MODEL, stop_reason: 'end_turn', stop_sequence: null });
    expect(msg.id).toMatch(/^msg_/);
    expect(msg._request_id).toMatch(/^req_sim_\w+$/);
    expect(msg.content).toHaveLength(1);
    expect(msg.content[0].type).toBe('text');
    const text = msg.content[0].type === 'text' ? msg.content[0].text : '';
    expect(text).toMatch(/^[A-Z][a-z]+( [a-zA-Z]+|\.)+$/);
    expect(msg.usage).toMatchObject({ cache_creation_input_tokens: 0, cache_read_input_tokens: 0, service_tier: 'standard' });
    expect(msg.usage.input_tokens).toBeGreaterThan(0);
    expect(msg.usage.output_tokens).toBeGreaterThanOrEqual(20);
  });

  it('carries request-id and rate-limit headers with RFC 3339 resets', async () => {
    const res = await post(sim, '/v1/messages', { model: MODEL, max_tokens: 10, messages: user('hi') });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('request-id')).toMatch(/^req_sim_/);
    for (const kind of ['requests', 'input-tokens', 'output-tokens', 'tokens']) {
      expect(Number(res.headers.get(`anthropic-ratelimit-${kind}-limit`))).toBeGreaterThan(0);
      expect(Number(res.headers.get(`anthropic-ratelimit-${kind}-remaining`))).toBeGreaterThan(0);
      expect(res.headers.get(`anthropic-ratelimit-${kind}-reset`)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
  });

  it('obeys [sim:tokens=N] and caps it at max_tokens', async () => {
    const c = client(sim);
    const exact = await c.messages.create({ model: MODEL, max_tokens: 100, messages: user('Count [sim:tokens=7]') });
    expect(exact.usage.output_tokens).toBe(7);
    expect(exact.stop_reason).toBe('end_turn');
    const capped = await c.messages.create({ model: MODEL, max_tokens: 5, messages: user('Count [sim:tokens=50]') });
    expect(capped.usage.output_tokens).toBe(5);
    expect(capped.stop_reason).toBe('max_tokens');
    const longer = await c.messages.create({ model: MODEL, max_tokens: 100, messages: user('Count [sim:tokens=50]') });
    const text = (m: typeof capped): string => (m.content[0]?.type === 'text' ? m.content[0].text : '');
    expect(text(longer).startsWith(text(capped))).toBe(true);
    const none = await c.messages.create({ model: MODEL, max_tokens: 0, messages: user('Nothing') });
    expect(none.content).toEqual([]);
    expect(none.stop_reason).toBe('max_tokens');
    expect(none.usage.output_tokens).toBe(0);
  });

  it('stops before a stop sequence', async () => {
    const c = client(sim);
    const base = await c.messages.create({ model: MODEL, max_tokens: 200, messages: user('Stop me [sim:tokens=40]') });
    const text = base.content[0].type === 'text' ? base.content[0].text : '';
    const word = text.split(' ')[4];
    const stopped = await c.messages.create({ model: MODEL, max_tokens: 200, stop_sequences: [word], messages: user('Stop me [sim:tokens=40]') });
    expect(stopped.stop_reason).toBe('stop_sequence');
    expect(stopped.stop_sequence).toBe(word);
    const cut = stopped.content[0].type === 'text' ? stopped.content[0].text : '';
    expect(cut).toBe(text.slice(0, text.indexOf(word)));
    expect(stopped.usage.output_tokens).toBeLessThan(base.usage.output_tokens);
  });

  it('is deterministic: the same body gives the same bytes, another prompt another text', async () => {
    const body = { model: MODEL, max_tokens: 300, messages: user('Tell me about caching') };
    const [a, b] = await Promise.all([post(sim, '/v1/messages', body), post(sim, '/v1/messages', body)]);
    const [ta, tb] = [await a.text(), await b.text()];
    expect(ta).not.toBe(tb); // ids differ
    expect(maskIds(ta)).toBe(maskIds(tb));
    const other = await (await post(sim, '/v1/messages', { ...body, messages: user('Tell me about routing') })).text();
    expect(maskIds(other)).not.toBe(maskIds(ta));
  });
});

describe('POST /v1/messages, streaming', () => {
  it('streams the events in upstream order', async () => {
    const res = await post(sim, '/v1/messages', { model: MODEL, max_tokens: 300, stream: true, messages: user('Stream please [sim:tokens=30]') });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('request-id')).toMatch(/^req_sim_/);
    expect(res.headers.get('anthropic-ratelimit-requests-remaining')).not.toBeNull();
    const events = parseSse(await res.text());
    const names = events.map((e) => e.event);
    expect(names.slice(0, 3)).toEqual(['message_start', 'ping', 'content_block_start']);
    expect(names.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    expect(names.filter((n) => n === 'content_block_delta').length).toBeGreaterThanOrEqual(6);
    for (const e of events) expect(e.data.type).toBe(e.event);
    const start = events[0].data.message as Record<string, unknown>;
    expect(start).toMatchObject({ content: [], stop_reason: null, stop_sequence: null, usage: { output_tokens: 1 } });
    const delta = events[events.length - 2].data;
    expect(delta).toMatchObject({ delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 30 } });
    const text = events
      .filter((e) => e.event === 'content_block_delta')
      .map((e) => (e.data.delta as { text: string }).text)
      .join('');
    const json = (await (await post(sim, '/v1/messages', { model: MODEL, max_tokens: 300, messages: user('Stream please [sim:tokens=30]') })).json()) as {
      content: { text: string }[];
    };
    expect(text).toBe(json.content[0].text);
  });

  it("works with the SDK's MessageStream and finalMessage()", async () => {
    const stream = client(sim).messages.stream({ model: MODEL, max_tokens: 500, messages: user('SDK stream [sim:tokens=25]') });
    let streamed = '';
    stream.on('text', (t) => (streamed += t));
    const final = await stream.finalMessage();
    expect(final.stop_reason).toBe('end_turn');
    expect(final.usage.output_tokens).toBe(25);
    expect(final.content[0].type === 'text' && final.content[0].text).toBe(streamed);
    const created = await client(sim).messages.create({ model: MODEL, max_tokens: 500, messages: user('SDK stream [sim:tokens=25]') });
    expect(created.content).toEqual(final.content);
    expect(created.usage).toEqual(final.usage);
  });

  it('gives identical streams for identical requests', async () => {
    const body = { model: MODEL, max_tokens: 300, stream: true, messages: user('Same stream') };
    const a = await (await post(sim, '/v1/messages', body)).text();
    const b = await (await post(sim, '/v1/messages', body)).text();
    expect(maskIds(a)).toBe(maskIds(b));
  });
});
