import { request } from 'node:http';
import { resolve } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { metricValue } from '../helpers/metrics.js';
import { spawnGateway, type GatewayProcess } from '../helpers/process.js';

/** The default config's development key: these tests run `gateway serve` on config/gateway.yaml. */
const DEV_KEY = 'gw-dev-search-key';
const HEADERS = { 'x-api-key': DEV_KEY, 'content-type': 'application/json', 'anthropic-version': '2023-06-01' };
/** Just over Anthropic's (and the gateway's default) 32 MiB limit. */
const OVERSIZED = Buffer.alloc(33 * 1024 * 1024, 0x61);

/**
 * In its own process, as in production: a client and a server sharing one event loop take turns so neatly
 * that a server closing on an unread upload never shows up as a broken pipe.
 */
describe('413 that every client can read', () => {
  let gw: GatewayProcess;
  beforeAll(async () => {
    gw = await spawnGateway(resolve('config/gateway.yaml'));
  });
  afterAll(() => gw.kill());

  it('ten 33 MiB uploads from plain fetch all read request_too_large (no broken pipe)', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${gw.url}/v1/messages`, { method: 'POST', headers: HEADERS, body: OVERSIZED });
      expect(res.status).toBe(413);
      expect(res.headers.get('x-should-retry')).toBe('false');
      expect(((await res.json()) as { error: { type: string } }).error.type).toBe('request_too_large');
    }
  });

  it('the official SDK, with its default retries, gets RequestTooLarge once and does not upload again', async () => {
    const before = metricValue(await (await fetch(`${gw.url}/metrics`)).text(), 'gateway_requests_total', { code: '413' }) ?? 0;
    const client = new Anthropic({ baseURL: gw.url, apiKey: DEV_KEY, maxRetries: 2 });
    const content = 'a'.repeat(33 * 1024 * 1024);
    await expect(client.messages.create({ model: 'auto', max_tokens: 8, messages: [{ role: 'user', content }] })).rejects.toMatchObject({ status: 413 });
    const after = metricValue(await (await fetch(`${gw.url}/metrics`)).text(), 'gateway_requests_total', { code: '413' }) ?? 0;
    expect(after - before).toBe(1);
  });

  it('answers Expect: 100-continue with the 413 at once, before any byte of the body', async () => {
    const url = new URL(`${gw.url}/v1/messages`);
    const outcome = await new Promise<{ status: number | undefined; continued: boolean }>((resolve, reject) => {
      let continued = false;
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: Object.assign({}, HEADERS, { 'content-length': OVERSIZED.length, expect: '100-continue' }) });
      req.on('continue', () => {
        continued = true;
        req.end(OVERSIZED);
      });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, continued }));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(outcome).toEqual({ status: 413, continued: false });
  });

  it('says 413 to a chunked upload that grows past the limit, and still reads the answer', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 34; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await fetch(`${gw.url}/v1/messages`, { method: 'POST', headers: HEADERS, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });
});

describe('x-should-retry on the errors the gateway makes', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  const send = (key: string, body: unknown) =>
    fetch(`${gw.url}/v1/messages`, { method: 'POST', headers: Object.assign({}, HEADERS, { 'x-api-key': key }), body: JSON.stringify(body) });
  const ok = { model: 'auto', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] };

  it('false on a wrong request or key, true on a budget refusal', async () => {
    expect((await send(KEYS.search, { model: 'auto' })).headers.get('x-should-retry')).toBe('false');
    expect((await send('nope', ok)).headers.get('x-should-retry')).toBe('false');
    const statuses: Array<[number, string | null]> = [];
    for (let i = 0; i < 5; i++) {
      const res = await send(KEYS.tiny, ok);
      await res.arrayBuffer();
      statuses.push([res.status, res.headers.get('x-should-retry')]);
    }
    expect(statuses).toContainEqual([429, 'true']);
    const notFound = await fetch(`${gw.url}/v1/nothing`, { headers: HEADERS });
    expect(notFound.headers.get('x-should-retry')).toBe('false');
  });
});
