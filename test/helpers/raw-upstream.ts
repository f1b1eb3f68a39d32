import { createServer, type Server, type Socket } from 'node:net';

const servers: Server[] = [];

/** A whole Anthropic message as JSON text, for upstreams of the tests' own. */
export const MESSAGE_JSON = JSON.stringify({
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  model: 'claude-haiku-4-5',
  content: [{ type: 'text', text: 'hi' }],
  stop_reason: 'end_turn',
  usage: { input_tokens: 3, output_tokens: 1 },
});

/**
 * An upstream over a bare TCP socket, for answers no HTTP server would write: it answers every request
 * with these raw bytes, in writes `gapMs` apart, then closes the connection, or keeps it open as a
 * keep-alive upstream would (`keepOpen`). Returns its base URL. Call `closeRawUpstreams` after each test.
 */
export async function rawUpstream(writes: string[], gapMs = 10, { keepOpen = false } = {}): Promise<string> {
  const server = createServer((socket) => {
    socket.on('error', () => undefined); // the gateway may reset a connection whose answer it refused
    socket.once('data', () => {
      writes.forEach((bytes, i) => setTimeout(() => (i === writes.length - 1 && !keepOpen ? socket.end(bytes) : socket.write(bytes)), i * gapMs));
    });
  });
  return listening(server);
}

/**
 * An upstream over a bare TCP socket that writes nothing by itself: `request` resolves with the socket of the
 * first request once it arrived, for the test to write each part of the answer when it chooses.
 */
export async function handDrivenUpstream(): Promise<{ url: string; request: Promise<Socket> }> {
  let arrived!: (socket: Socket) => void;
  const request = new Promise<Socket>((resolve) => (arrived = resolve));
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => arrived(socket));
  });
  return { url: await listening(server), request };
}

/** Resolves once `bytes` were handed to the kernel (on loopback: readable by the other end). */
export const written = (socket: Socket, bytes: string): Promise<void> =>
  new Promise((resolve, reject) => socket.write(bytes, (err) => (err ? reject(err) : resolve())));

async function listening(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/** An upstream that resets every connection as soon as a request arrives (ECONNRESET for the caller). */
export async function resettingUpstream(): Promise<string> {
  const server = createServer((socket) => socket.once('data', () => socket.resetAndDestroy()));
  return listening(server);
}

export async function closeRawUpstreams(): Promise<void> {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
}
