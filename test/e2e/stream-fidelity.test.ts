import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, MODELS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const HEADERS = { 'anthropic-version': '2023-06-01', 'content-type': 'application/json' };

/** The simulator's ids carry a per-response counter; everything else must match byte for byte. */
const maskIds = (text: string) => text.replace(/(msg|toolu|req)_sim_[0-9A-Za-z]+/g, '$1_sim_X');

describe('streams pass through unchanged', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const bodies = {
    text: { model: MODELS.sonnet, max_tokens: 300, stream: true, messages: [{ role: 'user', content: 'Tell me about rivers.' }] },
    tools: {
      model: MODELS.sonnet,
      max_tokens: 300,
      stream: true,
      tools: [{ name: 'lookup', description: 'Look up', input_schema: { type: 'object', properties: { q: { type: 'string' } } } }],
      tool_choice: { type: 'any' },
      messages: [{ role: 'user', content: 'Find rivers.' }],
    },
    thinking: {
      model: MODELS.opus,
      max_tokens: 3000,
      stream: true,
      thinking: { type: 'enabled', budget_tokens: 1024 },
      messages: [{ role: 'user', content: 'Think about rivers.' }],
    },
  };

  it.each(Object.entries(bodies))('the SSE bytes the client receives equal the simulator\'s (%s)', async (_name, body) => {
    const sim = gw.gateway.simulator;
    if (!sim) throw new Error('simulator expected');
    const direct = await fetch(`${sim.url}/v1/messages`, { method: 'POST', headers: { ...HEADERS, 'x-api-key': 'k' }, body: JSON.stringify(body) });
    const viaGateway = await fetch(`${gw.url}/v1/messages`, {
      method: 'POST',
      headers: { ...HEADERS, 'x-api-key': KEYS.search },
      body: JSON.stringify(body),
    });
    expect(viaGateway.status).toBe(200);
    expect(viaGateway.headers.get('content-type')).toBe(direct.headers.get('content-type'));
    const [a, b] = [Buffer.from(await direct.arrayBuffer()), Buffer.from(await viaGateway.arrayBuffer())];
    expect(b.length).toBe(a.length);
    expect(maskIds(b.toString('utf8'))).toBe(maskIds(a.toString('utf8')));
    expect(b.toString()).toContain('event: message_stop');
  });

  it('a JSON answer passes through unchanged too', async () => {
    const sim = gw.gateway.simulator;
    const body = { model: MODELS.haiku, max_tokens: 100, messages: [{ role: 'user', content: 'Hello there' }] };
    const direct = await fetch(`${sim?.url}/v1/messages`, { method: 'POST', headers: { ...HEADERS, 'x-api-key': 'k' }, body: JSON.stringify(body) });
    const via = await fetch(`${gw.url}/v1/messages`, { method: 'POST', headers: { ...HEADERS, 'x-api-key': KEYS.search }, body: JSON.stringify(body) });
    expect(maskIds(await via.text())).toBe(maskIds(await direct.text()));
  });

  it('a client abort mid-stream aborts the upstream call', async () => {
    const sim = gw.gateway.simulator;
    if (!sim) throw new Error('simulator expected');
    sim.setBehaviour(MODELS.haiku, { tokensPerSecond: 20 });
    const controller = new AbortController();
    const res = await fetch(`${gw.url}/v1/messages`, {
      method: 'POST',
      headers: { ...HEADERS, 'x-api-key': KEYS.search },
      body: JSON.stringify({ model: 'haiku', max_tokens: 500, stream: true, messages: [{ role: 'user', content: 'Long one [sim:tokens=400]' }] }),
      signal: controller.signal,
    });
    const reader = res.body?.getReader();
    await reader?.read();
    expect(sim.stats().inFlight).toBe(1);
    controller.abort();
    await expect.poll(() => sim.stats().inFlight, { timeout: 5_000, interval: 10 }).toBe(0);
    expect(sim.stats().pendingTimers).toBe(0);
    const metrics = await gw.gateway.services.metrics.registry.getSingleMetricAsString('gateway_inflight_requests');
    expect(metrics).toMatch(/gateway_inflight_requests\{org="search"\} 0/);
    sim.reset();
  });
});
