import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatorHandler, startSimulator, type Simulator } from '../../src/sim/index.js';
import { client, HEADERS, post, user } from './helpers.js';

const MODEL = 'claude-haiku-4-5';
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ config: { models: { 'claude-configured': { overloadedRate: 1 } } } });
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

const put = (model: string, body: unknown) =>
  fetch(`${sim.url}/_sim/models/${model}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const ask = (model = MODEL) => post(sim, '/v1/messages', { model, max_tokens: 5, messages: user('hello') });

describe('control endpoint', () => {
  it('rejects invalid behaviours with an Anthropic-shaped 400 naming the field', async () => {
    for (const [body, field] of [
      [{ overloadedRate: 2 }, 'overloadedRate'],
      [{ latencyMs: -1 }, 'latencyMs'],
      [{ midStreamOverloadAt: 'sometimes' }, 'midStreamOverloadAt'],
      [{ bogus: true }, 'bogus'],
    ] as const) {
      const res = await put(MODEL, body);
      expect(res.status).toBe(400);
      expect(res.headers.get('request-id')).toMatch(/^req_sim_/);
      const json = (await res.json()) as { type: string; error: { type: string; message: string } };
      expect(json.type).toBe('error');
      expect(json.error.type).toBe('invalid_request_error');
      expect(json.error.message).toContain(field);
    }
    expect((await put(MODEL, 'not json')).status).toBe(400);
  });

  it('applies a behaviour per model and "*" under it; DELETE goes back to config', async () => {
    expect((await put(MODEL, { overloadedRate: 1 })).status).toBe(200);
    expect((await ask()).status).toBe(529);
    expect((await ask('claude-other')).status).toBe(200);
    expect((await put('*', { rateLimitedRate: 1 })).status).toBe(200);
    expect((await ask('claude-other')).status).toBe(429);
    expect((await put('%2A', { overloadedRate: 1 })).status).toBe(200); // replaces "*"
    expect((await put(MODEL, { overloadedRate: 0 })).status).toBe(200);
    expect((await ask()).status).toBe(200); // a model's own field wins over "*"
    expect((await ask('claude-other')).status).toBe(529);
    expect((await fetch(`${sim.url}/_sim/models`, { method: 'DELETE' })).status).toBe(200);
    expect((await ask()).status).toBe(200);
    expect((await ask('claude-configured')).status).toBe(529);
  });

  it('counts requests and responses, records the raw requests, and resets', async () => {
    await ask();
    await ask();
    await post(sim, '/v1/messages', { model: MODEL, max_tokens: 5, stream: true, messages: user('s') });
    await post(sim, '/v1/messages', { model: MODEL });
    const stats = (await (await fetch(`${sim.url}/_sim/stats`)).json()) as { requests: Record<string, number>; responses: Record<string, number>; streams: number };
    expect(stats.requests).toEqual({ [MODEL]: 3 });
    expect(stats.responses).toEqual({ 200: 3, 400: 1 });
    expect(stats.streams).toBe(1);

    const raw = '{"model":"claude-haiku-4-5","max_tokens":5,  "messages":[{"role":"user","content":"exact bytes"}]}';
    await fetch(`${sim.url}/v1/messages?beta=true`, { method: 'POST', headers: { ...HEADERS, 'anthropic-beta': 'some-beta' }, body: raw });
    const recorded = (await (await fetch(`${sim.url}/_sim/requests`)).json()) as { method: string; url: string; headers: Record<string, string>; body: string }[];
    expect(recorded).toHaveLength(5);
    const last = recorded[recorded.length - 1];
    expect(last).toMatchObject({ method: 'POST', url: '/v1/messages?beta=true', body: raw });
    expect(last.headers['anthropic-beta']).toBe('some-beta');
    expect(last.headers['x-api-key']).toBe('test-key');
    expect(sim.recorded()).toEqual(recorded);

    expect((await fetch(`${sim.url}/_sim/reset`, { method: 'POST' })).status).toBe(200);
    expect(sim.recorded()).toEqual([]);
    expect(sim.stats().requests).toEqual({});
  });

  it('keeps only the last 200 requests', async () => {
    const small = await startSimulator({ recordLimit: 3 });
    try {
      for (let i = 0; i < 5; i++) await post(small, '/v1/messages', { model: MODEL, max_tokens: 1, messages: user(`n${i}`) });
      expect(small.recorded().map((r) => (JSON.parse(r.body) as { messages: { content: string }[] }).messages[0].content)).toEqual(['n2', 'n3', 'n4']);
    } finally {
      await small.close();
    }
  });

  it('404s an unknown control path, with a request-id', async () => {
    const res = await fetch(`${sim.url}/_sim/nothing`);
    expect(res.status).toBe(404);
    expect(res.headers.get('request-id')).toMatch(/^req_sim_/);
  });
});

describe('createSimulatorHandler', () => {
  it('serves in-process and is driven through .control', async () => {
    const handler = createSimulatorHandler({ knownModels: [MODEL] });
    const server = createServer(handler);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const c = client({ url } as Simulator);
      expect((await c.messages.create({ model: MODEL, max_tokens: 5, messages: user('in process') })).type).toBe('message');
      handler.control.setBehaviour(MODEL, { overloadedRate: 1 });
      await expect(c.messages.create({ model: MODEL, max_tokens: 5, messages: user('in process') })).rejects.toMatchObject({ status: 529 });
      expect(handler.control.stats().responses).toEqual({ 200: 1, 529: 1 });
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
