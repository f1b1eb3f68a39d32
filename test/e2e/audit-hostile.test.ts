import { gzipSync } from 'node:zlib';
import Anthropic057 from 'anthropic-sdk-057';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const messages = JSON.stringify({ model: 'haiku', max_tokens: 8, messages: [{ role: 'user', content: 'Hi' }] });

/** Hostile or unusual requests found in the audit: each gets a clear answer in the route's own error shape. */
describe('audit: hostile requests', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const post = (path: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${gw.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEYS.search, 'anthropic-version': '2023-06-01', ...headers },
      body,
    });

  it('a compressed body is refused with a 400 naming the encoding, never parsed as garbage JSON', async () => {
    for (const path of ['/v1/messages', '/v1/messages/count_tokens', '/v1/messages/batches']) {
      const res = await post(path, gzipSync(messages), { 'content-encoding': 'gzip' });
      expect(res.status).toBe(400);
      expect(res.headers.get('x-gateway-error-code')).toBe('GW_INVALID_REQUEST');
      expect(await res.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: 'Content-Encoding "gzip" is not supported: send the body uncompressed' } });
    }
    const openai = await post('/v1/chat/completions', gzipSync(JSON.stringify({ model: 'haiku', messages: [{ role: 'user', content: 'Hi' }] })), { 'content-encoding': 'gzip' });
    expect(openai.status).toBe(400);
    expect(await openai.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'GW_INVALID_REQUEST', message: expect.stringContaining('Content-Encoding') } });
    // The connection stays usable, and an uncompressed body marked `identity` is served.
    expect((await post('/v1/messages', messages, { 'content-encoding': 'identity' })).status).toBe(200);
  });

  it('pages GET /v1/models as Anthropic does: limit, after_id, before_id, has_more; the SDKs page through all of it', async () => {
    const get = async (query: string) => {
      const res = await fetch(`${gw.url}/v1/models${query}`, { headers: { 'x-api-key': KEYS.search } });
      return { status: res.status, body: (await res.json()) as { data: { id: string }[]; has_more: boolean; first_id: string; last_id: string } };
    };
    const all = (await get('')).body.data.map((m) => m.id);
    expect(all.length).toBeGreaterThan(3);
    const first = await get('?limit=2');
    expect(first.body.data.map((m) => m.id)).toEqual(all.slice(0, 2));
    expect(first.body).toMatchObject({ has_more: true, first_id: all[0], last_id: all[1] });
    expect((await get(`?limit=2&after_id=${first.body.last_id}`)).body.data.map((m) => m.id)).toEqual(all.slice(2, 4));
    expect((await get(`?limit=1&before_id=${all[2]}`)).body).toMatchObject({ data: [{ id: all[1] }], has_more: true });
    expect((await get('?limit=0')).status).toBe(400);
    for (const client of [gw.client(), new Anthropic057({ baseURL: gw.url, apiKey: KEYS.search, maxRetries: 0 })]) {
      const paged: string[] = [];
      for await (const model of client.models.list({ limit: 2 })) paged.push(model.id);
      expect(paged).toEqual(all);
    }
  });

  it('content blocks nested thousands deep (tool results in tool results, documents in documents) get a 4xx, never a 500, batch items included', async () => {
    const nested = (depth: number, open: string, close: string): string => `${open.repeat(depth)}[]${close.repeat(depth)}`;
    const bodies = [6_000, 60_000].flatMap((depth) => [
      `{"model":"auto","max_tokens":8,"messages":[{"role":"user","content":${nested(depth, '[{"type":"tool_result","tool_use_id":"t","content":', '}]')}}]}`,
      `{"model":"haiku","max_tokens":8,"messages":[{"role":"user","content":${nested(depth, '[{"type":"document","source":{"type":"content","content":', '}}]')}}]}`,
    ]);
    for (const body of bodies) {
      for (const path of ['/v1/messages', '/v1/messages/count_tokens']) {
        const res = await post(path, body);
        expect(res.status, `${path}, ${body.length} bytes`).toBeGreaterThanOrEqual(400);
        expect(res.status, `${path}, ${body.length} bytes`).toBeLessThan(500);
        expect(await res.json()).toMatchObject({ type: 'error', error: { type: expect.stringMatching(/invalid_request_error|rate_limit_error/) } });
      }
      const batch = await post('/v1/messages/batches', `{"requests":[{"custom_id":"deep","params":${body}}]}`);
      expect(batch.status, `batch, ${body.length} bytes`).toBe(400);
      expect(await batch.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    }
  });

  it('a 100 KB model name of a family is served with a route reason the client can still read', async () => {
    const model = `claude-opus-${'x'.repeat(100_000)}`;
    const { data, response } = await gw.client().messages.create({ model, max_tokens: 8, messages: [{ role: 'user', content: 'Hi' }] }).withResponse();
    expect(data.type).toBe('message');
    const reason = response.headers.get('x-gateway-route-reason') ?? '';
    expect(reason).toMatch(/^family: "claude-opus-x+\.\.\.$/);
    expect(reason.length).toBeLessThanOrEqual(300);
  });

  it('a spend query for a day that does not exist is a 400 naming the field, not an empty report', async () => {
    for (const [query, field] of [['from=2026-13-45', 'from'], ['to=2026-02-30', 'to']]) {
      const res = await fetch(`${gw.url}/v1/gateway/spend?${query}`, { headers: { 'x-api-key': KEYS.search } });
      expect(res.status, query).toBe(400);
      expect(await res.json()).toMatchObject({ error: { type: 'invalid_request_error', message: `${field}: must be a date YYYY-MM-DD (UTC)` } });
    }
    expect((await fetch(`${gw.url}/v1/gateway/spend?from=2024-02-29&to=2024-03-01`, { headers: { 'x-api-key': KEYS.search } })).status).toBe(200);
  });
});
