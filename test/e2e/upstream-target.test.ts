import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { MESSAGE_JSON } from '../helpers/raw-upstream.js';

/** Sends one request with the request target written as given, and returns the status line. */
function rawRequest(port: number, target: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `POST ${target} HTTP/1.1\r\nhost: 127.0.0.1\r\nx-api-key: ${KEYS.search}\r\ncontent-type: application/json\r\n` +
          `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    });
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

describe('the upstream request target', () => {
  const seen: string[] = [];
  let upstream: Server;
  let gw: TestGateway;
  beforeAll(async () => {
    upstream = createServer((req, res) => {
      seen.push(req.url ?? '');
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(req.url?.includes('count_tokens') ? '{"input_tokens":3}' : MESSAGE_JSON));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const port = (upstream.address() as { port: number }).port;
    gw = await startTestGateway(testConfig({ upstream: { baseUrl: `http://127.0.0.1:${port}` } }));
  });
  afterAll(async () => {
    await gw.close();
    await new Promise((resolve) => upstream.close(resolve));
  });

  it('is built from the configured base, the path and the allowed query parameters, never the caller target', async () => {
    const body = JSON.stringify({ model: 'haiku', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });
    const port = Number(new URL(gw.url).port);
    expect(await rawRequest(port, `http://evil.example/v1/messages?beta=true&api_key=${KEYS.search}`, body)).toMatch(/ 200 /);
    expect(await rawRequest(port, `/v1/messages/count_tokens?key=${KEYS.search}`, body)).toMatch(/ 200 /);
    expect(seen).toEqual(['/v1/messages?beta=true', '/v1/messages/count_tokens']);
  });
});
