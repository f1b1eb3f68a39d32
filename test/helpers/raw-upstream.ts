import { createServer, type Server } from 'node:net';

const servers: Server[] = [];

/**
 * An upstream over a bare TCP socket, for answers no HTTP server would write: it answers every request
 * with these raw bytes, in writes `gapMs` apart, then closes the connection, or keeps it open as a
 * keep-alive upstream would (`keepOpen`). Returns its base URL. Call `closeRawUpstreams` after each test.
 */
export async function rawUpstream(writes: string[], gapMs = 10, { keepOpen = false } = {}): Promise<string> {
  const server = createServer((socket) => {
    socket.once('data', () => {
      writes.forEach((bytes, i) => setTimeout(() => (i === writes.length - 1 && !keepOpen ? socket.end(bytes) : socket.write(bytes)), i * gapMs));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

export async function closeRawUpstreams(): Promise<void> {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
}
