import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, Socket } from 'node:net';

/**
 * A private redis-server for one test file, on a free loopback port, with no persistence.
 * `kill()` and `start()` simulate Redis dying and coming back (empty) on the same port.
 */
export interface TestRedis {
  readonly port: number;
  readonly url: string;
  /** SIGKILL, like a crashed or evicted pod. */
  kill(): Promise<void>;
  /** (Re)starts on the same port and resolves when it answers PING. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

const BINARY = process.env.REDIS_SERVER ?? 'redis-server';

/** Redis tests run unless SKIP_REDIS_TESTS=1; a missing redis-server is then an error, not a skip. */
export const redisTestsEnabled = process.env.SKIP_REDIS_TESTS !== '1';

export function assertRedisAvailable(): void {
  const probe = spawnSync(BINARY, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `redis-server is required for the Redis tests but "${BINARY}" could not be run (${probe.error?.message ?? `exit ${probe.status}`}). ` +
        'Install it (apt-get install redis-server), point REDIS_SERVER at the binary, or set SKIP_REDIS_TESTS=1 to skip these tests.',
    );
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export async function startRedis(): Promise<TestRedis> {
  assertRedisAvailable();
  const port = await freePort();
  let child: ChildProcess | undefined;
  const all = new Set<ChildProcess>();
  const cleanup = (): void => all.forEach((c) => c.kill('SIGKILL'));
  process.once('exit', cleanup);

  const stopChild = async (signal: NodeJS.Signals): Promise<void> => {
    const current = child;
    child = undefined;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    const exited = once(current, 'exit');
    current.kill(signal);
    await exited;
    all.delete(current);
  };

  const redis: TestRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      if (child) return;
      const started = spawn(BINARY, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: 'ignore',
      });
      child = started;
      all.add(started);
      const until = Date.now() + 10_000;
      while (Date.now() < until) {
        if (started.exitCode !== null) throw new Error(`redis-server exited with code ${started.exitCode} (port ${port} taken?)`);
        if (await answersPing(port)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`redis-server did not answer on port ${port} within 10 s`);
    },
    kill: () => stopChild('SIGKILL'),
    async stop() {
      await stopChild('SIGTERM');
      process.removeListener('exit', cleanup);
    },
  };
  await redis.start();
  return redis;
}
