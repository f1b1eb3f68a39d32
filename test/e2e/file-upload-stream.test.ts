import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startGateway, type Gateway } from '../../src/server.js';
import { KEYS, testConfig } from '../helpers/config.js';

/**
 * A file upload reaches the upstream while the caller is still sending it: the gateway never holds the
 * whole body. The caller sends the second half only once the upstream has received the first; a gateway
 * that buffered would wait for the end forever (and the test would time out).
 */
describe('file uploads through the gateway, and its local ownership store', () => {
  let upstream: Server;
  let gw: Gateway;
  let firstBytesAtUpstream: Promise<void>;
  let received = 0;

  beforeAll(async () => {
    let signal!: () => void;
    firstBytesAtUpstream = new Promise((resolve) => (signal = resolve));
    upstream = createServer((req, res) => {
      req.once('data', () => signal());
      req.on('data', (chunk: Buffer) => (received += chunk.length));
      req.once('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_up_1' });
        res.end(JSON.stringify({ id: 'file_up_1', type: 'file', filename: 'big.bin', created_at: new Date().toISOString() }));
      });
    });
    upstream.listen(0, '127.0.0.1');
    await once(upstream, 'listening');
    const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    gw = await startGateway({ config: testConfig({ server: { port: 0, host: '127.0.0.1', bodyLimitBytes: 1024 }, upstream: { baseUrl: url } }), apiKey: 'k', port: 0, host: '127.0.0.1', logger: createLogger({ level: 'silent' }) });
  });
  afterAll(async () => {
    await gw.drain(1_000);
    upstream.close();
  });

  it('forwards the first part before the caller has sent the rest, and records the file as the caller’s', async () => {
    const boundary = 'gatewayboundary';
    const head = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`;
    const half = Buffer.alloc(256 * 1024, 7);
    const tail = `\r\n--${boundary}--\r\n`;
    const req = request(`${gw.url}/v1/files`, {
      method: 'POST',
      headers: { 'x-api-key': KEYS.search, 'anthropic-beta': 'files-api-2025-04-14', 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    const answered = once(req, 'response');
    req.write(head);
    req.write(half);
    await firstBytesAtUpstream;
    req.write(half);
    req.end(tail);
    const [res] = (await answered) as [import('node:http').IncomingMessage];
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(Buffer.concat(chunks).toString()).id).toBe('file_up_1');
    expect(received).toBe(Buffer.byteLength(head) + 2 * half.length + Buffer.byteLength(tail));
    expect(await gw.services.ownership.owns('search', 'file', 'file_up_1')).toBe(true);
    expect(await gw.services.ownership.owns('batch', 'file', 'file_up_1')).toBe(false);
  });

  it('answers Expect: 100-continue for an upload larger than server.bodyLimitBytes (uploads are not held)', async () => {
    const boundary = 'b2';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="x.bin"\r\n\r\n`),
      Buffer.alloc(64 * 1024, 1),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const req = request(`${gw.url}/v1/files`, {
      method: 'POST',
      headers: { 'x-api-key': KEYS.search, expect: '100-continue', 'content-length': body.length, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    const answered = once(req, 'response');
    req.flushHeaders();
    await once(req, 'continue');
    req.end(body);
    const [res] = (await answered) as [import('node:http').IncomingMessage];
    res.resume();
    expect(res.statusCode).toBe(200);
  });

  it('is not ready once its local ownership store cannot be used, and says so on /readyz', async () => {
    expect((await fetch(`${gw.url}/readyz`)).status).toBe(200);
    await gw.services.ownership.close();
    const ready = await fetch(`${gw.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ownership: { store: 'sqlite', healthy: false } });
  });
});
