import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { metricValue } from '../helpers/metrics.js';
import { freePort } from '../helpers/ports.js';

interface Expected {
  readonly status: number;
  readonly type: string;
  readonly retry: 'true' | 'false';
}

/** What each code must keep answering with: the catalogue's promise to callers (docs/api.md). */
const KEPT: Readonly<Record<string, Expected>> = {
  GW_MALFORMED_HTTP: { status: 400, type: 'invalid_request_error', retry: 'false' },
  GW_INVALID_REQUEST: { status: 400, type: 'invalid_request_error', retry: 'false' },
  GW_UNKNOWN_MODEL: { status: 400, type: 'invalid_request_error', retry: 'false' },
  GW_MODEL_NOT_ALLOWED: { status: 400, type: 'invalid_request_error', retry: 'false' },
  GW_UNAUTHENTICATED: { status: 401, type: 'authentication_error', retry: 'false' },
  GW_NOT_FOUND: { status: 404, type: 'not_found_error', retry: 'false' },
  GW_BODY_TOO_LARGE: { status: 413, type: 'request_too_large', retry: 'false' },
  GW_ORG_RATE_LIMITED: { status: 429, type: 'rate_limit_error', retry: 'true' },
  GW_UPSTREAM_RATE_LIMITED: { status: 429, type: 'rate_limit_error', retry: 'true' },
  GW_UPSTREAM_OVERLOADED: { status: 529, type: 'overloaded_error', retry: 'true' },
  GW_UPSTREAM_UNREACHABLE: { status: 502, type: 'api_error', retry: 'true' },
  GW_CALLER_DEADLINE: { status: 504, type: 'timeout_error', retry: 'true' },
};

const message = (model: string, text = 'hi'): string => JSON.stringify({ model, max_tokens: 20, messages: [{ role: 'user', content: text }] });

function post(url: string, key: string | undefined, body: string, headers: Record<string, string> = {}): Promise<Response> {
  const auth: Record<string, string> = key ? { 'x-api-key': key } : {};
  return fetch(`${url}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth, ...headers }, body });
}

/** The answer carries the code in its header, and the status, type and retry advice the code stands for. */
async function expectCode(res: Response, code: string): Promise<void> {
  const kept = KEPT[code] as Expected;
  const body = (await res.json()) as { type: string; error: { type: string } };
  expect({ code: res.headers.get('x-gateway-error-code'), status: res.status, type: body.error.type, retry: res.headers.get('x-should-retry') }).toEqual({
    code,
    status: kept.status,
    type: kept.type,
    retry: kept.retry,
  });
  expect(body.type).toBe('error');
}

/** A raw HTTP exchange, for what Node's parser refuses before Express sees it. */
function rawExchange(url: string, request: string): Promise<string> {
  const port = Number(new URL(url).port);
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.once('close', () => resolve(text));
    socket.once('error', reject);
  });
}

describe('stable error codes through the public interface', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway(
      testConfig({
        server: { port: 0, host: '127.0.0.1', bodyLimitBytes: 4096 },
        fallback: { onRateLimit: true },
        sim: { models: { [MODELS.opus]: { latencyMs: 2_000 } } },
      }),
    );
  });
  afterAll(() => gw.close());

  it('the request and the caller: each refusal answers with its own code', async () => {
    await expectCode(await post(gw.url, undefined, message('haiku')), 'GW_UNAUTHENTICATED');
    await expectCode(await post(gw.url, KEYS.search, '{"model": '), 'GW_INVALID_REQUEST');
    await expectCode(await post(gw.url, KEYS.search, message('gpt-4o')), 'GW_UNKNOWN_MODEL');
    await expectCode(await post(gw.url, KEYS.batch, message('opus')), 'GW_MODEL_NOT_ALLOWED');
    await expectCode(await post(gw.url, KEYS.search, message('haiku', 'x'.repeat(5_000))), 'GW_BODY_TOO_LARGE');
    await expectCode(await fetch(`${gw.url}/v1/nothing-here`), 'GW_NOT_FOUND');
    await expectCode(await post(gw.url, KEYS.search, message('opus'), { 'x-stainless-timeout': '0.1' }), 'GW_CALLER_DEADLINE');
  });

  it("an org past its budget gets GW_ORG_RATE_LIMITED, counted in gateway_errors_total", async () => {
    const answers: Response[] = [];
    for (let i = 0; i < 4; i++) answers.push(await post(gw.url, KEYS.tiny, message('haiku')));
    expect(answers.slice(0, 3).map((r) => r.status)).toEqual([200, 200, 200]);
    await expectCode(answers[3] as Response, 'GW_ORG_RATE_LIMITED');
    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    expect(metricValue(metrics, 'gateway_errors_total', { code: 'GW_ORG_RATE_LIMITED' })).toBe(1);
  });

  it("what Node's HTTP parser refuses carries a code too", async () => {
    const text = await rawExchange(gw.url, 'NOT HTTP AT ALL\r\n\r\n');
    expect(text.startsWith('HTTP/1.1 400 ')).toBe(true);
    expect(text).toContain('\r\nx-gateway-error-code: GW_MALFORMED_HTTP\r\n');
    expect(text).toContain('"type":"invalid_request_error"');
  });

  it('a stream cut after content ends with an error event; its code reaches the metrics', async () => {
    gw.gateway.simulator?.setBehaviour(MODELS.haiku, { dropConnectionRate: 1 });
    const res = await post(gw.url, KEYS.search, JSON.stringify({ model: 'haiku', max_tokens: 50, stream: true, messages: [{ role: 'user', content: 'a story' }] }));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('event: error\ndata: {"type":"error","error":{"type":"api_error","message":"Upstream connection lost"}');
    gw.gateway.simulator?.clearBehaviours();
    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    expect(metricValue(metrics, 'gateway_errors_total', { code: 'GW_STREAM_LOST' })).toBe(1);
  });

  it('every model overloaded: GW_UPSTREAM_OVERLOADED', async () => {
    gw.gateway.simulator?.setBehaviour('*', { overloadedRate: 1 });
    await expectCode(await post(gw.url, KEYS.search, message('sonnet')), 'GW_UPSTREAM_OVERLOADED');
    gw.gateway.simulator?.clearBehaviours();
  });

  // Last: the 429s' retry-after makes the gateway hold every model back for a while.
  it('every model rate-limited upstream (fallback.onRateLimit): GW_UPSTREAM_RATE_LIMITED', async () => {
    gw.gateway.simulator?.setBehaviour('*', { rateLimitedRate: 1, retryAfterSeconds: 3 });
    await expectCode(await post(gw.url, KEYS.search, message('sonnet')), 'GW_UPSTREAM_RATE_LIMITED');
    gw.gateway.simulator?.clearBehaviours();
  });
});

describe('an upstream that cannot be reached', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway(testConfig({ upstream: { baseUrl: `http://127.0.0.1:${await freePort()}` } }));
  });
  afterAll(() => gw.close());

  it('answers GW_UPSTREAM_UNREACHABLE, and the OpenAI route carries the code in its own shape', async () => {
    await expectCode(await post(gw.url, KEYS.search, message('haiku')), 'GW_UPSTREAM_UNREACHABLE');
    const chat = await fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEYS.search },
      body: JSON.stringify({ model: 'haiku', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(chat.status).toBe(502);
    expect(chat.headers.get('x-gateway-error-code')).toBe('GW_UPSTREAM_UNREACHABLE');
    expect(((await chat.json()) as { error: { code: string; type: string } }).error).toMatchObject({ code: 'GW_UPSTREAM_UNREACHABLE', type: 'api_error' });
  });
});
