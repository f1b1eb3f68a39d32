import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { KEYS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

interface ErrorReply {
  type: string;
  error: { type: string; message: string };
}

/** Requests written to break the gateway: each gets a well-formed Anthropic answer, never a 500. */
describe('hostile requests', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway(
      testConfig({
        orgs: [{ id: 'search', keys: [`sha256:${hashKey(KEYS.search)}`], budget: { otpm: 100_000, itpm: 1_000_000, maxQueueMs: 5_000 } }],
      }),
    );
  });
  afterAll(() => gw.close());

  const post = (body: string, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${gw.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEYS.search, ...headers },
      body,
    });

  it('a max_tokens that could never fit the org budget is a 400, not a 429 with a retry-after', async () => {
    const res = await post(JSON.stringify({ model: 'haiku', max_tokens: 1e15, messages: [{ role: 'user', content: 'hi' }] }));
    expect(res.status).toBe(400);
    expect(res.headers.get('retry-after')).toBeNull();
    const body = (await res.json()) as ErrorReply;
    expect(body.error.type).toBe('invalid_request_error');
    expect(body.error.message).toMatch(/can never be admitted/);
  });
});

describe('deeply nested JSON', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('6,000 levels inside a tool_use input (a 12 KB body) are estimated, routed and forwarded, never a 500', async () => {
    const deep = `${'['.repeat(6_000)}${']'.repeat(6_000)}`;
    const toolUse = `{"type":"tool_use","id":"toolu_1","name":"f","input":{"x":${deep}},"cache_control":{"type":"ephemeral"}}`;
    const body =
      `{"model":"auto","max_tokens":20,"messages":[{"role":"user","content":"call f"},` +
      `{"role":"assistant","content":[${toolUse}]},` +
      `{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":"ok","cache_control":{"type":"ephemeral"}}]}]}`;
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${gw.url}/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': KEYS.search },
        body,
      });
      expect(res.status).toBeLessThan(500);
      expect(((await res.json()) as { type: string }).type).not.toBe('error');
    }
  });
});

describe('content types', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const body = JSON.stringify({ model: 'haiku', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });
  const send = (path: string, contentType: string): Promise<Response> =>
    fetch(`${gw.url}${path}`, { method: 'POST', headers: { 'content-type': contentType, 'x-api-key': KEYS.search }, body });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('%s is refused with 400', async (type) => {
    for (const path of ['/v1/messages', '/v1/messages/count_tokens']) {
      const res = await send(path, type);
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorReply).error.message).toMatch(/Content-Type must be application\/json/);
    }
  });

  it('application/json with a charset is accepted', async () => {
    expect((await send('/v1/messages', 'application/json; charset=utf-8')).status).toBe(200);
  });
});
