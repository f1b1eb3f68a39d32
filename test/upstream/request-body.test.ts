import { createServer, type Server, type ServerResponse } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { runAttempt } from '../../src/upstream/attempt.js';
import { UpstreamClient } from '../../src/upstream/client.js';
import { RELEASED_BODY_BYTES } from '../../src/upstream/request-body.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Received {
  readonly length: number;
  readonly contentLength: string | undefined;
  readonly chunked: boolean;
  readonly bodyText: string;
}

const START = 'event: message_start\ndata: {"type":"message_start","message":{"usage":{"input_tokens":5,"output_tokens":1}}}\n\n';
const DELTA = 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hi"}}\n\n';

let server: Server | undefined;
const open: ServerResponse[] = [];
afterEach(async () => {
  for (const res of open.splice(0)) res.end();
  await new Promise((resolve) => server?.close(resolve));
});

/** An upstream that reads the whole body, then starts a stream and keeps it open, as a long answer would. */
async function holdingUpstream(onBody: (received: Received) => void): Promise<string> {
  server = createServer((req, res) => {
    // Counted, and kept only when small: the upstream side must not hold the bytes this test watches.
    let length = 0;
    let small: Buffer[] | undefined = [];
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      small = length < 1_000_000 ? small?.concat(chunk) : undefined;
    });
    req.on('end', () => {
      const headers = req.headers;
      onBody({ length, contentLength: headers['content-length'], chunked: headers['transfer-encoding'] === 'chunked', bodyText: small ? Buffer.concat(small).toString('utf8') : '' });
      small = undefined;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(START + DELTA);
      open.push(res);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

const callerStays = { aborted: false, on: () => undefined, off: () => undefined };

const streamAttempt = (client: UpstreamClient, body: string) =>
  runAttempt({ client, path: '/v1/messages', headers: ['content-type', 'application/json'], body, stream: true, timeoutMs: 30_000, clientGone: callerStays, failOn: () => false });

describe('the request body of an upstream attempt', () => {
  it('a large body arrives byte for byte, with its content-length (not chunked)', async () => {
    let received: Received | undefined;
    const client = new UpstreamClient(await holdingUpstream((r) => (received = r)), 1);
    const body = JSON.stringify({ model: 'm', text: 'é'.repeat(RELEASED_BODY_BYTES) });
    try {
      const result = await streamAttempt(client, body);
      expect(result.status).toBe(200);
      expect(received).toMatchObject({ length: Buffer.byteLength(body), contentLength: String(Buffer.byteLength(body)), chunked: false });
      result.abort();
    } finally {
      await client.close();
    }
  });

  it('a small body goes as it is', async () => {
    let received: Received | undefined;
    const client = new UpstreamClient(await holdingUpstream((r) => (received = r)), 1);
    try {
      const result = await streamAttempt(client, '{"model":"m"}');
      expect(received).toMatchObject({ bodyText: '{"model":"m"}', contentLength: '13', chunked: false });
      result.abort();
    } finally {
      await client.close();
    }
  });

  it('is not kept alive while the answer streams on', async () => {
    const client = new UpstreamClient(await holdingUpstream(() => undefined), 1);
    const size = 24 * 1024 * 1024;
    try {
      gc();
      const before = process.memoryUsage().arrayBuffers;
      const result = await streamAttempt(client, 'x'.repeat(size));
      try {
        expect(result.rest).toBeDefined(); // the answer is still open upstream
        gc();
        expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(size / 4);
      } finally {
        result.abort();
      }
    } finally {
      await client.close();
    }
  });
});
