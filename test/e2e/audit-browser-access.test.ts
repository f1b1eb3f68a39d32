import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * A browser app using the SDK with `dangerouslyAllowBrowser` (which sends `anthropic-dangerous-direct-browser-access:
 * true`) works through the gateway as it does against Anthropic: the browser's CORS preflight is answered, and every
 * answer, errors and streams included, carries the headers that let the page read it.
 */
describe('browser access (CORS)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const browserClient = (key: string): Anthropic => new Anthropic({ baseURL: gw.url, apiKey: key, maxRetries: 0, dangerouslyAllowBrowser: true });

  it('answers the preflight a browser sends before an SDK call: 204, any origin, the asked-for headers allowed', async () => {
    for (const path of ['/v1/messages', '/v1/messages/count_tokens', '/v1/models', '/v1/files']) {
      const asked = 'anthropic-dangerous-direct-browser-access,anthropic-version,content-type,x-api-key,x-stainless-os';
      const res = await fetch(`${gw.url}${path}`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': asked },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-methods')).toContain('POST');
      expect(res.headers.get('access-control-allow-headers')).toBe(asked);
    }
  });

  it('lets the page read answers, streams and errors of a call that opted in', async () => {
    const client = browserClient(KEYS.search);
    const { response } = await client.messages.create({ model: 'haiku', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] }).withResponse();
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toBe('*');

    const stream = client.messages.stream({ model: 'haiku', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] });
    const streamed = await stream.withResponse();
    expect(streamed.response.headers.get('access-control-allow-origin')).toBe('*');
    expect((await stream.finalMessage()).type).toBe('message');

    const counted = await client.messages.countTokens({ model: 'haiku', messages: [{ role: 'user', content: 'Hi' }] }).withResponse();
    expect(counted.response.headers.get('access-control-allow-origin')).toBe('*');

    const refused = await browserClient('not-a-key').models.list().catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((refused as InstanceType<typeof Anthropic.AuthenticationError>).headers?.get('access-control-allow-origin')).toBe('*');
  });

  it('adds nothing to a call that did not opt in', async () => {
    const client = new Anthropic({ baseURL: gw.url, apiKey: KEYS.search, maxRetries: 0 });
    const { response } = await client.messages.create({ model: 'haiku', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] }).withResponse();
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
