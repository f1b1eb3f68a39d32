import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttemptError } from '../../src/upstream/attempt-error.js';
import { runAttempt } from '../../src/upstream/attempt.js';
import { UpstreamClient } from '../../src/upstream/client.js';
import { closeRawUpstreams, handDrivenUpstream, rawUpstream, written } from '../helpers/raw-upstream.js';

afterEach(closeRawUpstreams);

/** An undici client to a raw upstream (see `rawUpstream`). */
const rawClient = async (...args: Parameters<typeof rawUpstream>): Promise<UpstreamClient> => new UpstreamClient(await rawUpstream(...args), 2);

const callerStays = { aborted: false, on: () => undefined, off: () => undefined };

/** One attempt at POST /v1/messages whose caller stays. */
const attempt = (client: UpstreamClient, options: { stream?: boolean; failOn?: (status: number) => boolean } = {}) =>
  runAttempt({
    client,
    path: '/v1/messages',
    headers: ['content-type', 'application/json'],
    body: '{}',
    stream: options.stream ?? false,
    timeoutMs: 5_000,
    clientGone: callerStays,
    failOn: options.failOn ?? (() => false),
  });

describe('runAttempt over a real socket', () => {
  it('skips a 1xx informational answer and reads the real one that follows', async () => {
    const body = JSON.stringify({ type: 'message', content: [], usage: { input_tokens: 3, output_tokens: 4 } });
    const client = await rawClient([
      'HTTP/1.1 103 Early Hints\r\nlink: </style.css>; rel=preload\r\n\r\n',
      `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
    ]);
    try {
      const result = await attempt(client);
      expect(result.status).toBe(200);
      expect(result.usage).toMatchObject({ inputTokens: 3, outputTokens: 4 });
      expect(Buffer.concat(result.held).toString()).toBe(body);
    } finally {
      await client.close();
    }
  });
});

describe('upstream answer headers', () => {
  it('are read whatever the case of their names, first value first', async () => {
    const events =
      'event: message_start\ndata: {"type":"message_start","message":{"usage":{"input_tokens":5,"output_tokens":1}}}\n\n' +
      'event: message_stop\ndata: {"type":"message_stop"}\n\n';
    const client = await rawClient([
      `HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nRequest-Id: req_upper\r\nx-should-retry: false\r\nX-Should-Retry: true\r\ncontent-length: ${events.length}\r\n\r\n${events}`,
    ]);
    try {
      const result = await attempt(client, { stream: true });
      expect(result.scanner).toBeDefined(); // taken for a stream: the capitalised Content-Type was read
      expect(result.headers.get('request-id')).toBe('req_upper');
      expect(result.headers.get('x-should-retry')).toBe('false');
      expect(result.headers.get('retry-after')).toBeUndefined();
    } finally {
      await client.close();
    }
  });

  it('give a failed attempt its retry-after, also when sent as an HTTP date', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    const body = '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';
    const client = await rawClient([`HTTP/1.1 529 Overloaded\r\nretry-after: ${at}\r\ncontent-length: ${body.length}\r\n\r\n${body}`]);
    try {
      const failed = await attempt(client, { failOn: (status) => status === 529 }).then(
        () => undefined,
        (err: unknown) => err as AttemptError,
      );
      expect(failed).toBeInstanceOf(AttemptError);
      expect(failed?.status).toBe(529);
      expect(failed?.message).toBe('Overloaded');
      // Whole seconds in the date: between 28 and 30 s from now.
      expect(failed?.retryAfterMs).toBeGreaterThan(28_000);
      expect(failed?.retryAfterMs).toBeLessThanOrEqual(30_000);
    } finally {
      await client.close();
    }
  });
});

describe('the rest of a stream', () => {
  /** Event-loop turns, each with a poll for I/O: a socket that is read at all would deliver what is waiting. */
  const loopTurns = async (n: number): Promise<void> => {
    for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
  };
  const soon = { timeout: 10_000, interval: 5 };

  it('stops being read while the sink is full, and continues on resume()', async () => {
    const event = (name: string, data: object): string => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
    const delta = (text: string): string => event('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } });
    const parts = [
      event('message_start', { type: 'message_start', message: { usage: { input_tokens: 5, output_tokens: 1 } } }) + delta('one'),
      delta('two'),
      delta('three'),
      event('message_delta', { type: 'message_delta', usage: { output_tokens: 4 } }) + event('message_stop', { type: 'message_stop' }),
    ];
    const length = Buffer.byteLength(parts.join(''));
    const upstream = await handDrivenUpstream();
    const client = new UpstreamClient(upstream.url, 2);
    try {
      const pending = attempt(client, { stream: true });
      const socket = await upstream.request;
      await written(socket, `HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncontent-length: ${length}\r\n\r\n${parts[0]}`);
      const result = await pending; // held until the first content: parts[0] and nothing more
      expect(Buffer.concat(result.held).toString()).toBe(parts[0]);
      const rest = result.rest;
      if (!rest) throw new Error('expected the rest of the stream to follow');
      const received: string[] = [];
      let ended = false;
      rest.pipe({
        data: (chunk) => {
          received.push(chunk.toString());
          return false; // full: the upstream must wait for resume()
        },
        end: () => (ended = true),
        error: (err) => {
          throw err;
        },
      });
      await written(socket, parts[1] as string);
      await vi.waitFor(() => expect(received).toHaveLength(1), soon);
      await written(socket, (parts[2] as string) + parts[3]);
      await loopTurns(20);
      expect(received).toHaveLength(1); // paused: the rest waits in the socket
      expect(ended).toBe(false);
      for (let i = 0; i < 10 && !ended; i++) {
        rest.resume();
        await vi.waitFor(() => expect(ended || received.length > i + 1).toBe(true), soon);
      }
      expect(ended).toBe(true);
      expect(received.join('')).toBe(parts.slice(1).join(''));
      expect(result.scanner?.sawContent).toBe(true);
    } finally {
      await client.close();
    }
  });
});
