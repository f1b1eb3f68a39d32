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
        server: { port: 0, host: '127.0.0.1', headersTimeoutMs: 1_000, requestTimeoutMs: 1_500, keepAliveTimeoutMs: 65_000 },
        sim: { models: { '*': { tokensPerSecond: 20 } } },
      }),
    );
  });
  afterAll(() => gw.close());

  it('a client that never finishes its headers is disconnected', async () => {
    const port = Number(new URL(gw.url).port);
    const closedAfterMs = await new Promise<number>((resolve) => {
      const started = Date.now();
      const socket = connect(port, '127.0.0.1', () => socket.write('POST /v1/messages HTTP/1.1\r\nHost: x\r\n'));
      socket.on('data', () => undefined);
      socket.once('close', () => resolve(Date.now() - started));
      setTimeout(() => {
        socket.destroy();
        resolve(Number.POSITIVE_INFINITY);
      }, 8_000);
    });
    expect(closedAfterMs).toBeLessThan(8_000);
  });

  it('a stream that lasts longer than requestTimeout is not cut', async () => {
    const client = gw.client(KEYS.search);
    const message = await client.messages
      .stream({ model: 'haiku', max_tokens: 100, messages: [{ role: 'user', content: 'slow [sim:tokens=50]' }] })
      .finalMessage();
    expect(message.usage.output_tokens).toBe(50);
    expect(message.stop_reason).toBe('end_turn');
  });

  it('keeps idle keep-alive connections longer than a typical load balancer (60 s)', () => {
    expect(gw.gateway.server.keepAliveTimeout).toBeGreaterThan(60_000);
    expect(gw.gateway.server.headersTimeout).toBeGreaterThan(0);
  });
});
