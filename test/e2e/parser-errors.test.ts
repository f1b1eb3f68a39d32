import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../helpers/config.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/** Writes raw bytes and returns everything the gateway answers before it closes the connection. */
function exchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

function parsed(answer: string): { status: number; headers: string; body: { type: string; error: { type: string; message: string } } } {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body: JSON.parse(body) as never };
}

describe("Node's own HTTP parser errors", () => {
  let gw: TestGateway;
  let port: number;
  beforeAll(async () => {
    gw = await startTestGateway(testConfig({ server: { port: 0, host: '127.0.0.1', headersTimeoutMs: 300, requestTimeoutMs: 400 } }));
    port = Number(new URL(gw.url).port);
  });
  afterAll(() => gw.close());

  it('a malformed request gets 400 in Anthropic JSON shape', async () => {
    const answer = parsed(await exchange(port, 'NOT HTTP AT ALL\r\n\r\n'));
    expect(answer.status).toBe(400);
    expect(answer.headers).toContain('content-type: application/json');
    expect(answer.body).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });

  it('headers too large get 431 in Anthropic JSON shape', async () => {
    const answer = parsed(await exchange(port, `GET /healthz HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`));
    expect(answer.status).toBe(431);
    expect(answer.body).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });

  it('a request not received in time gets 408 in Anthropic JSON shape', async () => {
    const answer = parsed(await exchange(port, 'POST /v1/messages HTTP/1.1\r\nhost: x\r\n'));
    expect(answer.status).toBe(408);
    expect(answer.body.type).toBe('error');
  });
});
