import { afterEach, describe, expect, it } from 'vitest';
import { SIM_ORGANIZATION_ID } from '../../src/sim/messages.js';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { closeRawUpstreams, rawUpstream } from '../helpers/raw-upstream.js';

/**
 * Anthropic's error messages name the organization of the account ("... rate limit ... (org: 9d50ef40-...,
 * model: ...)"). Behind the gateway that account is the gateway's, shared by every org: its id is cut out of
 * every upstream error passed on, on every route.
 */
describe("the upstream account's organization id", () => {
  let gw: TestGateway | undefined;
  afterEach(async () => {
    gw?.gateway.simulator?.clearBehaviours();
    await gw?.close();
    gw = undefined;
    await closeRawUpstreams();
  });

  const send = (method: string, path: string, body?: unknown): Promise<Response> =>
    fetch(`${gw?.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-api-key': KEYS.search, 'anthropic-version': '2023-06-01' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const hi = [{ role: 'user', content: 'hi' }];

  it('is not in the rate-limit error a count_tokens call passes on from the simulator', async () => {
    gw = await startTestGateway();
    gw.gateway.simulator?.setBehaviour(MODELS.haiku, { rateLimitedRate: 1 });
    const res = await send('POST', '/v1/messages/count_tokens', { model: 'haiku', messages: hi });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ type: 'error', error: { type: 'rate_limit_error', message: expect.stringContaining('(org: redacted, model: simulated)') } });
    expect(text).not.toContain(SIM_ORGANIZATION_ID);
  });

  it('is not in an upstream error passed on by messages, chat completions, count_tokens or batches', async () => {
    const body = JSON.stringify({ type: 'error', error: { type: 'permission_error', message: `Your organization (org: ${SIM_ORGANIZATION_ID}) may not use this.` } });
    const baseUrl = await rawUpstream([`HTTP/1.1 403 Forbidden\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`]);
    gw = await startTestGateway(testConfig({ upstream: { baseUrl } }));
    const calls: [string, string, unknown][] = [
      ['POST', '/v1/messages', { model: 'haiku', max_tokens: 5, messages: hi }],
      ['POST', '/v1/chat/completions', { model: 'haiku', messages: hi }],
      ['POST', '/v1/messages/count_tokens', { model: 'haiku', messages: hi }],
      ['POST', '/v1/messages/batches', { requests: [{ custom_id: 'a', params: { model: 'haiku', max_tokens: 5, messages: hi } }] }],
    ];
    for (const [method, path, payload] of calls) {
      const res = await send(method, path, payload);
      expect(res.status, path).toBe(403);
      const text = await res.text();
      expect(text, path).toContain('(org: redacted)');
      expect(text, path).not.toContain(SIM_ORGANIZATION_ID);
    }
  });
});
