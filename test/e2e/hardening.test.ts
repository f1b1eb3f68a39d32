import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/** Slow clients cannot hold sockets, yet answers that stream for longer than the request timeout still finish. */
describe('server timeouts', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway(
      testConfig({
        server: { port: 0, host: '127.0.0.1', headersTimeoutMs: 300, requestTimeoutMs: 500, keepAliveTimeoutMs: 65_000 },
        sim: { models: { '*': { tokensPerSecond: 25 } } }, // 40 tokens: 1.6 s, past requestTimeout and a check of it (every 1 s)
      }),
    );
  });
  afterAll(() => gw.close());

  it('a client that never finishes its headers is disconnected', async () => {
    const port = Number(new URL(gw.url).port);
    // The server answers 408 and closes; the test's own timeout bounds the wait.
    const answer = await new Promise<string>((resolve) => {
      let received = '';
      const socket = connect(port, '127.0.0.1', () => socket.write('POST /v1/messages HTTP/1.1\r\nHost: x\r\n'));
      socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
      socket.once('close', () => resolve(received));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('a stream that lasts longer than requestTimeout is not cut', async () => {
    const client = gw.client(KEYS.search);
    const message = await client.messages
      .stream({ model: 'haiku', max_tokens: 100, messages: [{ role: 'user', content: 'slow [sim:tokens=40]' }] })
      .finalMessage();
    expect(message.usage.output_tokens).toBe(40);
    expect(message.stop_reason).toBe('end_turn');
  });

  it('keeps idle keep-alive connections longer than a typical load balancer (60 s)', () => {
    expect(gw.gateway.server.keepAliveTimeout).toBeGreaterThan(60_000);
    expect(gw.gateway.server.headersTimeout).toBeGreaterThan(0);
  });
});
