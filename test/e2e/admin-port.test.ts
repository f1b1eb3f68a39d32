import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { freePort } from '../helpers/ports.js';

const ADMIN_KEY = 'test-admin-key';

/** CONTRACT §2: admin endpoints and /metrics on their own ports, never on the client port. */
describe('server.adminPort and server.metricsPort', () => {
  let gw: TestGateway;
  let admin: string;
  let metricsPort: number;
  const get = (path: string, key = ADMIN_KEY, method = 'GET') =>
    fetch(`${admin}${path}`, { method, headers: key ? { authorization: `Bearer ${key}` } : {} });

  beforeAll(async () => {
    const [adminPort, metrics] = [await freePort(), await freePort()];
    metricsPort = metrics;
    gw = await startTestGateway(
      testConfig({
        server: { port: 0, host: '127.0.0.1', adminPort, metricsPort },
        admin: { keys: [`sha256:${hashKey(ADMIN_KEY)}`] },
        breaker: { volumeThreshold: 2, errorThresholdPercentage: 50, resetTimeoutMs: 600_000, maxResetTimeoutMs: 600_000 },
        sim: { models: { [MODELS.opus]: { overloadedRate: 1 } } },
      }),
    );
    admin = `http://127.0.0.1:${adminPort}`;
  });
  afterAll(() => gw.close());

  it('serves /metrics on the admin and metrics ports, and not on the client port', async () => {
    for (const url of [`${admin}/metrics`, `http://127.0.0.1:${metricsPort}/metrics`]) {
      const scrape = await fetch(url);
      expect(scrape.status, url).toBe(200);
      expect(await scrape.text()).toContain('# TYPE gateway_requests_total counter');
    }
    expect((await fetch(`${gw.url}/metrics`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${metricsPort}/admin/breakers`)).status).toBe(404);
  });

  it('never serves the admin endpoints on the client port, even with an admin key', async () => {
    const res = await fetch(`${gw.url}/admin/breakers`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    expect(res.status).toBe(404);
  });

  it('refuses /admin without an admin key, with an org key, or with a wrong one (401, Anthropic shape)', async () => {
    for (const key of ['', KEYS.search, 'wrong']) {
      const res = await get('/admin/breakers', key);
      expect(res.status, key || 'no key').toBe(401);
      expect(((await res.json()) as { error: { type: string } }).error.type).toBe('authentication_error');
    }
  });

  it('GET /admin/breakers shows an open breaker and POST .../reset closes it', async () => {
    const client = gw.client();
    for (let i = 0; i < 3; i++) {
      await client.messages.create({ model: 'opus', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] });
    }
    const before = (await (await get('/admin/breakers')).json()) as { breakers: Array<{ model: string; state: string; consecutiveTrips: number }> };
    expect(before.breakers.find((b) => b.model === MODELS.opus)).toMatchObject({ state: 'open', consecutiveTrips: 1 });
    expect(before.breakers.find((b) => b.model === MODELS.haiku)?.state).toBe('closed');

    const reset = await get(`/admin/breakers/${MODELS.opus}/reset`, ADMIN_KEY, 'POST');
    expect(reset.status).toBe(200);
    expect(await reset.json()).toMatchObject({ breaker: { model: MODELS.opus, state: 'closed', consecutiveTrips: 0 } });
    const metrics = await (await fetch(`${admin}/metrics`)).text();
    expect(metrics).toContain(`gateway_circuit_state{model="${MODELS.opus}"} 0`);
    expect((await get('/admin/breakers/no-such-model/reset', ADMIN_KEY, 'POST')).status).toBe(404);
  });

  it("GET /admin/orgs/{id}/budget shows the org's limits and what is left", async () => {
    await gw.client(KEYS.tiny).messages.create({ model: 'haiku', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] });
    const res = await get('/admin/orgs/tiny/budget');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ org: 'tiny', store: 'memory', mode: 'normal', dimensions: { rpm: { limit: 3, remaining: 2 } }, waiting: 0 });
    expect((await get('/admin/orgs/nobody/budget')).status).toBe(404);
  });
});
