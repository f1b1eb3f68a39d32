import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { closeRawUpstreams, MESSAGE_JSON, rawUpstream, resettingUpstream } from '../helpers/raw-upstream.js';

let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
  await closeRawUpstreams();
});

const answer = (status: string, contentType: string, body: string): string =>
  `HTTP/1.1 ${status}\r\ncontent-type: ${contentType}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
/** Upstreams that fail at the network or HTTP level, or answer with something that is not an Anthropic answer. */
const FAULTS: [string, () => Promise<string>, boolean][] = [
  ['a reset connection', () => resettingUpstream(), false],
  ['headers larger than any answer has', () => rawUpstream([`HTTP/1.1 200 OK\r\nx-big: ${'a'.repeat(100_000)}\r\n\r\n`]), false],
  ['a status of 600', () => rawUpstream([answer('600 Strange', 'application/json', '{}')]), false],
  ['an HTML 503', () => rawUpstream([answer('503 Service Unavailable', 'text/html', '<html><body>down</body></html>')]), false],
  ['garbage in a 200', () => rawUpstream([answer('200 OK', 'application/json', 'garbage, not JSON')]), false],
  ['JSON to a stream request', () => rawUpstream([answer('200 OK', 'application/json', MESSAGE_JSON)]), true],
];

describe('upstream network and protocol failures', () => {
  it.each(FAULTS)('%s: falls back as on an overload, then answers 502 api_error in plain words', async (_name, upstream, stream) => {
    const baseUrl = await upstream();
    const gw = (gateway = await startTestGateway(testConfig({ upstream: { baseUrl } })));
    const res = await fetch(`${gw.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEYS.search },
      body: JSON.stringify({ model: 'opus', max_tokens: 20, stream, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.status).toBe(502);
    const body = (await res.json()) as { type: string; error: { type: string; message: string } };
    expect(body.type).toBe('error');
    expect(body.error.type).toBe('api_error');
    expect(body.error.message).toMatch(/^The upstream API /);
    expect(body.error.message).not.toMatch(/ECONN|Overflow|HPE_|UND_ERR|Overloaded/);
    // It fell back down the chain before giving up.
    expect(res.headers.get('x-gateway-model')).toBe('claude-haiku-4-5');
  });
});
