import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { KEYS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { freePort } from '../helpers/ports.js';
import { settledSpend, spendRows } from './support.js';

const ADMIN_KEY = 'test-admin-key';

/** GET /v1/gateway/spend: an org sees only itself on the client port; the admin key every org on the admin port. */
describe('GET /v1/gateway/spend', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    const adminPort = await freePort();
    gw = await startTestGateway(testConfig({ server: { port: 0, host: '127.0.0.1', adminPort }, admin: { keys: [`sha256:${hashKey(ADMIN_KEY)}`] } }));
    admin = `http://127.0.0.1:${adminPort}`;
    const ask = (key: string, model: string) =>
      gw.client(key).messages.create({ model, max_tokens: 50, messages: [{ role: 'user', content: `spend [sim:tokens=20]` }] });
    await ask(KEYS.search, 'sonnet');
    await ask(KEYS.search, 'haiku');
    await ask(KEYS.batch, 'haiku');
    await settledSpend(gw.url, KEYS.search, 2);
    await settledSpend(gw.url, KEYS.batch, 1);
  });
  afterAll(() => gw.close());

  it('shows an org only its own rows, by model', async () => {
    const search = await spendRows(gw.url, KEYS.search, '?by=model');
    expect(search.orgs).toEqual(['search']);
    expect(search.rows.map((r) => r.model).sort()).toEqual(['claude-haiku-4-5', 'claude-sonnet-4-6']);
    const batch = await spendRows(gw.url, KEYS.batch, '?by=org');
    expect(batch.rows.map((r) => r.org)).toEqual(['batch']);
  });

  it('refuses a bad query and a missing key in Anthropic shape; the admin key is not an org key', async () => {
    const bad = await fetch(`${gw.url}/v1/gateway/spend?by=colour`, { headers: { 'x-api-key': KEYS.search } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^by: /);
    expect((await fetch(`${gw.url}/v1/gateway/spend`)).status).toBe(401);
    expect((await fetch(`${gw.url}/v1/gateway/spend`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } })).status).toBe(401);
  });

  it('shows every org to the admin key on the admin port, or one with ?org=', async () => {
    const get = (query: string, key = ADMIN_KEY) => fetch(`${admin}/v1/gateway/spend${query}`, { headers: { authorization: `Bearer ${key}` } });
    const all = (await (await get('?by=org')).json()) as { rows: Array<{ org: string; requests: number }> };
    expect(Object.fromEntries(all.rows.map((r) => [r.org, r.requests]))).toEqual({ search: 2, batch: 1 });
    const one = (await (await get('?by=org&org=batch')).json()) as { rows: Array<{ org: string }> };
    expect(one.rows.map((r) => r.org)).toEqual(['batch']);
    expect((await get('?org=nobody')).status).toBe(404);
    expect((await get('', KEYS.search)).status).toBe(401);
  });
});
