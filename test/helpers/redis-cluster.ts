import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { assertRedisAvailable } from './redis.js';
import { freePort } from './ports.js';

const SERVER = process.env.REDIS_SERVER ?? 'redis-server';
const CLI = process.env.REDIS_CLI ?? 'redis-cli';
const HOST = '127.0.0.1';
const PASSWORD = 'cluster-test-password';

/** A real Redis Cluster on loopback: three masters with one replica each, in a temporary directory. */
export interface TestRedisCluster {
  readonly nodes: ReadonlyArray<{ host: string; port: number }>;
  /** Every node requires it (AUTH), as a production cluster would. */
  readonly password: string;
  /** The port of the master serving `key`'s hash slot now (as the surviving nodes see it). */
  masterOf(key: string): Promise<number>;
  /** SIGKILL one node, like a crashed pod. */
  kill(port: number): Promise<void>;
  /** Makes one node hang for `seconds` (DEBUG SLEEP), like a stalled host; resolves when it answers again. */
  hang(port: number, seconds: number): Promise<void>;
  /** Resolves once every live replica is connected to its master and synced (one able to take over). */
  replicasInSync(count: number): Promise<void>;
  /** Resolves once `key`'s slot is served by a master other than `oldPort` and the cluster is ok again. */
  waitForFailover(key: string, oldPort: number, timeoutMs?: number): Promise<number>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every 100 ms until it returns a value (not undefined) or `timeoutMs` passes. */
async function until<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      last = err;
    }
    await sleep(100);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (${String(last)})` : ''}`);
}

export async function startRedisCluster(): Promise<TestRedisCluster> {
  assertRedisAvailable();
  const dir = mkdtempSync(join(tmpdir(), 'gw-redis-cluster-'));
  const children = new Map<number, ChildProcess>();
  const cleanup = (): void => children.forEach((c) => c.kill('SIGKILL'));
  process.once('exit', cleanup);
  const clients = new Map<number, Redis>();
  const client = (port: number): Redis => {
    let c = clients.get(port);
    if (!c) {
      c = new Redis(port, HOST, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => 100, password: PASSWORD });
      c.on('error', () => undefined);
      clients.set(port, c);
    }
    return c;
  };
  const ports: number[] = [];
  const alive = (): number[] => ports.filter((p) => children.get(p)?.exitCode === null && children.get(p)?.signalCode === null);
  // A replica can take over only once it has synced with its master.
  const replicasInSync = (count: number): Promise<void> =>
    until(`${count} replicas in sync`, 20_000, async () => {
      const infos = await Promise.all(alive().map((p) => client(p).info('replication')));
      const replicas = infos.filter((i) => /role:slave/.test(i));
      return replicas.length === count && replicas.every((i) => /master_link_status:up/.test(i)) ? true : undefined;
    }).then(() => undefined);
  const taken = new Set<number>();
  const fresh = async (): Promise<number> => {
    let port = await freePort();
    while (taken.has(port)) port = await freePort();
    taken.add(port);
    return port;
  };
  for (let i = 0; i < 6; i++) {
    const port = await fresh();
    const bus = await fresh(); // the cluster bus, named (Redis 7+): port + 10000 may be taken or out of range
    ports.push(port);
    const args = ['--port', String(port), '--cluster-port', String(bus), '--bind', HOST, '--cluster-enabled', 'yes'];
    args.push('--cluster-config-file', `nodes-${port}.conf`, '--dir', dir, '--cluster-node-timeout', '1000');
    // A replica is always eligible for promotion, and syncs at once (no diskless delay).
    args.push('--cluster-replica-validity-factor', '0', '--repl-diskless-sync-delay', '0', '--save', '', '--appendonly', 'no');
    args.push('--enable-debug-command', 'local', '--requirepass', PASSWORD, '--masterauth', PASSWORD);
    children.set(port, spawn(SERVER, args, { stdio: 'ignore' }));
  }
  const stop = async (): Promise<void> => {
    for (const c of clients.values()) c.disconnect();
    await Promise.all(
      [...children.values()].map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, 'exit');
        child.kill('SIGKILL');
        await exited;
      }),
    );
    process.removeListener('exit', cleanup);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(ports.map((port) => until(`node ${port} answers`, 10_000, async () => ((await client(port).ping()) === 'PONG' ? true : undefined))));
    const created = spawnSync(CLI, ['-a', PASSWORD, '--no-auth-warning', '--cluster', 'create', ...ports.map((p) => `${HOST}:${p}`), '--cluster-replicas', '1', '--cluster-yes'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    if (created.status !== 0) throw new Error(`${CLI} --cluster create failed: ${created.error?.message ?? ''}${created.stdout}${created.stderr}`);
    const state = async (port: number) => /cluster_state:ok/.test(await client(port).cluster('INFO'));
    await until('cluster_state:ok on every node', 20_000, async () => ((await Promise.all(ports.map(state))).every(Boolean) ? true : undefined));
    await replicasInSync(3);
  } catch (err) {
    await stop();
    throw err;
  }

  const masterOf = async (key: string, ask = alive()[0] ?? ports[0]!): Promise<number> => {
    const slot = Number(await client(ask).call('CLUSTER', 'KEYSLOT', key));
    const ranges = (await client(ask).call('CLUSTER', 'SLOTS')) as Array<[number, number, [string, number, ...unknown[]], ...unknown[]]>;
    const range = ranges.find(([from, to]) => slot >= from && slot <= to);
    if (!range) throw new Error(`no master serves slot ${slot}`);
    return Number(range[2][1]);
  };

  return {
    nodes: ports.map((port) => ({ host: HOST, port })),
    password: PASSWORD,
    masterOf: (key) => masterOf(key),
    async kill(port) {
      const child = children.get(port);
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
      clients.get(port)?.disconnect();
    },
    async hang(port, seconds) {
      const sleeper = new Redis(port, HOST, { maxRetriesPerRequest: 0, retryStrategy: () => null, password: PASSWORD });
      sleeper.on('error', () => undefined);
      try {
        await sleeper.call('DEBUG', 'SLEEP', String(seconds));
      } finally {
        sleeper.disconnect();
      }
    },
    replicasInSync,
    waitForFailover: (key, oldPort, timeoutMs = 20_000) =>
      until(`a replica taking over ${key}'s slot`, timeoutMs, async () => {
        const survivors = alive();
        const oks = await Promise.all(survivors.map(async (p) => /cluster_state:ok/.test(await client(p).cluster('INFO'))));
        if (!oks.every(Boolean)) return undefined;
        const owner = await masterOf(key, survivors[0]);
        return owner !== oldPort ? owner : undefined;
      }),
    stop,
  };
}
