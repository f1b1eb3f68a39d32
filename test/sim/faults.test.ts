import Anthropic, { APIError } from '@anthropic-ai/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { client, parseSse, post, user } from './helpers.js';

const MODEL = 'claude-sonnet-4-6';
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ config: { seed: 42 } });
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

const streamBody = (text: string) => ({ model: MODEL, max_tokens: 500, stream: true, messages: user(text) });

describe('mid-stream overload', () => {
  it('before content: message_start, ping, then the error event and the end', async () => {
    sim.setBehaviour(MODEL, { midStreamOverloadRate: 1 });
    const res = await post(sim, '/v1/messages', streamBody('Overload me'));
    expect(res.status).toBe(200);
    const raw = await res.text();
    expect(raw.endsWith('event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n')).toBe(true);
    expect(parseSse(raw).map((e) => e.event)).toEqual(['message_start', 'ping', 'error']);
    expect(sim.stats().midStreamErrors).toBe(1);
  });

  it('after content: some text deltas first; the SDK stream rejects with overloaded_error', async () => {
    sim.setBehaviour(MODEL, { midStreamOverloadRate: 1, midStreamOverloadAt: 'after_content' });
    const events = parseSse(await (await post(sim, '/v1/messages', streamBody('Overload later'))).text());
    const names = events.map((e) => e.event);
    expect(names.slice(0, 3)).toEqual(['message_start', 'ping', 'content_block_start']);
    expect(names.filter((n) => n === 'content_block_delta').length).toBeGreaterThanOrEqual(1);
    expect(names[names.length - 1]).toBe('error');
    expect(names).not.toContain('message_stop');

    const stream = client(sim).messages.stream(streamBody('Overload later'));
    let text = '';
    stream.on('text', (t) => (text += t));
    const err = await stream.finalMessage().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(APIError);
    expect((err as APIError).type).toBe('overloaded_error');
    expect(text.length).toBeGreaterThan(0);
  });

  it('never touches JSON answers', async () => {
    sim.setBehaviour(MODEL, { midStreamOverloadRate: 1 });
    const msg = await client(sim).messages.create({ model: MODEL, max_tokens: 50, messages: user('fine') });
    expect(msg.type).toBe('message');
  });
});

describe('dropped connections', () => {
  it('JSON: the socket closes before any response', async () => {
    sim.setBehaviour(MODEL, { dropConnectionRate: 1 });
    const err = await client(sim)
      .messages.create({ model: MODEL, max_tokens: 50, messages: user('drop') })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(Anthropic.APIConnectionError);
    expect(sim.stats().droppedConnections).toBe(1);
  });

  it('SSE: the stream breaks after a few events, without message_stop', async () => {
    sim.setBehaviour(MODEL, { dropConnectionRate: 1 });
    const res = await post(sim, '/v1/messages', streamBody('drop stream'));
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let received = '';
    const decoder = new TextDecoder();
    const outcome = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return 'ended';
        received += decoder.decode(value);
      }
    })().catch(() => 'broken');
    expect(outcome).toBe('broken');
    expect(received).toContain('event: message_start');
    expect(received).not.toContain('message_stop');
    await expect(client(sim).messages.stream(streamBody('drop stream')).finalMessage()).rejects.toThrow();
  });
});

describe('seeded rates', () => {
  it('repeat the same outcomes after reset()', async () => {
    const run = async (): Promise<number[]> => {
      sim.setBehaviour(MODEL, { overloadedRate: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await post(sim, '/v1/messages', { model: MODEL, max_tokens: 5, messages: user('r') })).status);
      return statuses;
    };
    const first = await run();
    sim.reset();
    const second = await run();
    expect(second).toEqual(first);
    expect(first).toContain(529);
    expect(first).toContain(200);
  });
});

describe('latency and pacing', () => {
  // The simulator's timers and performance.now are vitest's, moved by the tests; sockets run as they do.
  const fakeClock = (): void => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  };
  afterEach(() => {
    vi.useRealTimers();
  });
  /** Spins the event loop (at most 10 s of real time) until `condition` holds: sockets are not the fake clock's. */
  const until = async (condition: () => boolean): Promise<void> => {
    const deadline = Date.now() + 10_000;
    while (!condition() && Date.now() < deadline) await new Promise((r) => setImmediate(r));
    expect(condition()).toBe(true);
  };
  /** A few event-loop turns: what is due to arrive on a socket has arrived. */
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  };

  it('latencyMs delays the headers', async () => {
    fakeClock();
    sim.setBehaviour(MODEL, { latencyMs: 150 });
    let answered = false;
    const pending = post(sim, '/v1/messages', { model: MODEL, max_tokens: 5, messages: user('slow') }).finally(() => (answered = true));
    await until(() => sim.stats().pendingTimers === 1); // the request arrived and waits
    await vi.advanceTimersByTimeAsync(149);
    await settle();
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it('tokensPerSecond spreads the deltas over time', async () => {
    fakeClock();
    sim.setBehaviour(MODEL, { tokensPerSecond: 200 }); // 60 tokens: 300 ms
    const res = await post(sim, '/v1/messages', streamBody('pace me [sim:tokens=60]'));
    const reader = res.body!.getReader();
    let raw = '';
    let ended = false;
    const decoder = new TextDecoder();
    const reading = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        raw += decoder.decode(value);
      }
      ended = true;
    })();
    await until(() => raw.includes('event: message_start'));
    await vi.advanceTimersByTimeAsync(150);
    await until(() => raw.includes('event: content_block_delta'));
    await settle();
    expect(ended).toBe(false);
    expect(raw).not.toContain('event: message_stop'); // half the time: part of the deltas
    await vi.advanceTimersByTimeAsync(150);
    await reading;
    const names = parseSse(raw).map((e) => e.event);
    expect(names[0]).toBe('message_start');
    expect(names[names.length - 1]).toBe('message_stop');
  });

  it('a client abort stops the pacing timers', async () => {
    sim.setBehaviour(MODEL, { tokensPerSecond: 2 }); // the next delta is due a second or more later
    const controller = new AbortController();
    const res = await fetch(`${sim.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'k', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify(streamBody('long one [sim:tokens=400]')),
      signal: controller.signal,
    });
    const reader = res.body!.getReader();
    await reader.read();
    expect(sim.stats().inFlight).toBe(1);
    expect(sim.stats().pendingTimers).toBe(1);
    controller.abort();
    await expect.poll(() => sim.stats().inFlight, { timeout: 5_000, interval: 10 }).toBe(0);
    expect(sim.stats().pendingTimers).toBe(0);
  });

  it('a client abort during the latency clears that timer too', async () => {
    sim.setBehaviour(MODEL, { latencyMs: 5_000 });
    const controller = new AbortController();
    const pending = fetch(`${sim.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'k', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ model: MODEL, max_tokens: 5, messages: user('wait') }),
      signal: controller.signal,
    }).catch((e: unknown) => e);
    await expect.poll(() => sim.stats().pendingTimers, { timeout: 5_000, interval: 5 }).toBe(1);
    controller.abort();
    await pending;
    await expect.poll(() => sim.stats().inFlight, { timeout: 5_000, interval: 10 }).toBe(0);
    expect(sim.stats().pendingTimers).toBe(0);
  });
});
