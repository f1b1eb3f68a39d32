import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { RedisConfig } from './config/schema.js';

/**
 * One Redis or a Redis Cluster (`limits.redis.url` or `.cluster`). The gateway sends both the same commands:
 * each command and script touches the keys of one org only, all under its hash tag `{org}`, so one slot.
 */
export type RedisClient = Redis | Cluster;

/** How often a cluster client re-reads which master serves which slot: a promoted replica is found within this. */
const SLOTS_REFRESH_MS = 1_000;

/** Where Redis is: `limits.redis`, or a redis:// URL. */
export type RedisTarget = Pick<RedisConfig, 'url' | 'cluster'> | string;

type ClusterNode = NonNullable<RedisConfig['cluster']>[number];

/**
 * The nodes as ioredis's Cluster takes them, and what every node's connection needs: the user, password and TLS
 * of the URLs (the nodes the client finds by itself need them too, so they cannot stay per node).
 */
function clusterNodes(nodes: readonly ClusterNode[]): { nodes: Array<{ host: string; port: number }>; auth: RedisOptions } {
  const urls = nodes.flatMap((node) => (typeof node === 'string' ? [new URL(node)] : []));
  const withUser = urls.find((url) => url.username !== '' || url.password !== '');
  const auth: RedisOptions = {};
  if (withUser?.username) auth.username = decodeURIComponent(withUser.username);
  if (withUser?.password) auth.password = decodeURIComponent(withUser.password);
  if (urls.some((url) => url.protocol === 'rediss:')) auth.tls = {};
  const hostPort = (node: ClusterNode): { host: string; port: number } => {
    if (typeof node !== 'string') return node;
    const url = new URL(node);
    return { host: url.hostname, port: Number(url.port || 6379) };
  };
  return { nodes: nodes.map(hostPort), auth };
}

/** A client for the configured Redis. `options` are those of one connection; on a cluster, of each node's. */
export function connectRedis(target: RedisTarget, options: RedisOptions): RedisClient {
  const config = typeof target === 'string' ? { url: target } : target;
  if (!config.cluster) return new Redis(config.url ?? '', options);
  const { enableOfflineQueue, enableAutoPipelining, retryStrategy, ...nodeOptions } = options;
  const { nodes, auth } = clusterNodes(config.cluster);
  return new Cluster(nodes, {
    redisOptions: Object.assign(nodeOptions, auth),
    enableOfflineQueue,
    enableAutoPipelining,
    slotsRefreshInterval: SLOTS_REFRESH_MS,
    // A command to a master that is down fails now, as on one Redis, instead of being retried in the background
    // after its caller has given up and fallen back (a late admission would charge the budget twice).
    retryDelayOnFailover: 0,
    retryDelayOnClusterDown: 0,
    clusterRetryStrategy: retryStrategy && ((attempt: number) => retryStrategy(attempt)),
  });
}

/**
 * Resolves once Redis answers PING; on a cluster, once every master serving slots does (a master that is down,
 * until its replica takes over, makes the orgs of its slots unreachable). Rejects otherwise.
 */
export async function pingMasters(client: RedisClient): Promise<void> {
  if (!(client instanceof Cluster)) {
    await client.ping();
    return;
  }
  const owners = new Set<string>();
  for (const nodes of client.slots) if (nodes?.[0]) owners.add(nodes[0]);
  if (owners.size === 0) throw new Error('no cluster slots known yet');
  const masters = new Map(client.nodes('master').map((node) => [`${node.options.host}:${node.options.port}`, node]));
  await Promise.all(
    [...owners].map(async (key) => {
      const node = masters.get(key);
      if (!node) throw new Error(`no connection to master ${key}`);
      await node.ping();
    }),
  );
}
