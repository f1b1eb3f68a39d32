// Starting the processes under test: the simulator, the bare proxy (the floor) and the gateway, each its own
// Node process on loopback, so the OS accounts CPU and memory to each separately.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Child, waitForHttp } from './procs.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
/** The build under test: ROOT/dist, or BENCH_DIST (e.g. to compare a baseline build with a new one). */
export const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, 'dist');
export const BENCH_KEY = 'gw-bench-key';
export const HAIKU_ID = 'claude-haiku-4-5';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Same as `gateway hash-key KEY`: "sha256:" + hex SHA-256 of the key. */
export const keyHash = (key) => `sha256:${createHash('sha256').update(key, 'utf8').digest('hex')}`;

/** A gateway config for the bench: upstream = our simulator process, loopback only, budgets that never bind. */
export function gatewayConfigYaml({ simUrl, budget = 'generous', connections = 8192, redisUrl, extraOrgsYaml = '' }) {
  // `usd`: a USD daily limit that never binds and no per-minute budget, so beside the gateway without budget it
  // shows what the USD reserve + settle cost, in memory; `usd-redis` the same in the Redis at BENCH_REDIS_URL.
  const usd = budget === 'usd' || budget === 'usd-redis';
  const budgetLine =
    budget === 'none' || usd
      ? usd ? '    usd: { daily: 1000000000 }\n' : ''
      : '    budget: { rpm: 1000000000, itpm: 1000000000000, otpm: 1000000000000, concurrency: 1000000, maxQueueMs: 0 }\n';
  if (budget === 'usd-redis' && !process.env.BENCH_REDIS_URL) throw new Error('--budget usd-redis needs BENCH_REDIS_URL');
  // `redisUrl`: the same generous budget, held in that Redis (the production configuration).
  const limits = budget === 'usd-redis' ? `{ redis: { url: "${process.env.BENCH_REDIS_URL}", prefix: bench } }` : redisUrl ? `{ redis: { url: "${redisUrl}", prefix: bench } }` : '{}';
  return `# Written by bench/run.mjs for one run; see bench/README.md.
server:
  port: 0
  host: 127.0.0.1
upstream:
  baseUrl: ${simUrl}
  timeoutMs: 600000
  # Enough upstream connections for the 5,000-stream phase (the default, 256, would queue streams).
  connections: ${connections}
models:
  haiku:  { id: claude-haiku-4-5,  price: { input: 1, output: 5,  cacheWrite: 1.25, cacheRead: 0.10 } }
  sonnet: { id: claude-sonnet-4-6, price: { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.30 } }
  opus:   { id: claude-opus-4-7,   price: { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.50 } }
routing:
  thresholds: { sonnet: 0.35, opus: 0.70 }
fallback:
  order: [opus, sonnet, haiku]
  maxAttempts: 3
limits: ${limits}
orgs:
  - id: bench
    keys: ["${keyHash(BENCH_KEY)}"]
${budgetLine}    policy: { minTier: haiku, maxTier: opus, fallback: true }
${extraOrgsYaml}`;
}

export async function startSim(dir) {
  const sim = new Child('simulator', [join(ROOT, 'bench/sim-server.mjs'), '--port', '0'], { logFile: join(dir, 'sim.log'), cwd: ROOT });
  const m = await sim.waitForLog(/SIM_URL=(\S+)/);
  sim.url = m[1];
  return sim;
}

export async function startBare(dir, simUrl, name = 'bare-proxy') {
  const bare = new Child(name, [join(ROOT, 'bench/bare-proxy.mjs'), '--upstream', simUrl, '--port', '0'], {
    logFile: join(dir, `${name}.log`),
    cwd: ROOT,
  });
  const m = await bare.waitForLog(/PROXY_URL=(\S+)/);
  bare.url = m[1];
  return bare;
}

/** The node flags that `npm start` (and the image's CMD) give the gateway: the bench measures the same process. */
export const GATEWAY_NODE_FLAGS = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  .scripts.start.split(' ')
  .filter((word) => word.startsWith('--'));

/** The gateway as `node [GATEWAY_NODE_FLAGS] [nodeArgs] dist/cli.js serve --config FILE --port N` (DIST/cli.js, or `dist`). */
export async function startGateway(dir, simUrl, { nodeArgs = [], budget, name = 'gateway', env = {}, redisUrl, extraOrgsYaml, dist = DIST } = {}) {
  // The config gets a directory of its own: the gateway watches the config's directory for changes, and
  // the logs written next to it would wake that watcher on every write (a deployment mounts it alone).
  const configDir = join(dir, `${name}-config`);
  mkdirSync(configDir, { recursive: true });
  const configFile = join(configDir, 'gateway.yaml');
  const configYaml = gatewayConfigYaml({ simUrl, budget, redisUrl, extraOrgsYaml });
  writeFileSync(configFile, configYaml);
  const port = await freePort();
  const childEnv = {
    ANTHROPIC_API_KEY: 'bench',
    ANTHROPIC_BASE_URL: simUrl,
    ANTHROPIC_API_KEY_FILE: '',
    REDIS_URL: '',
    PORT: '',
    GATEWAY_CONFIG: configFile,
    ...env,
  };
  const gw = new Child(name, [...GATEWAY_NODE_FLAGS, ...nodeArgs, join(dist, 'cli.js'), 'serve', '--config', configFile, '--port', String(port)], {
    logFile: join(dir, `${name}.log`),
    env: childEnv,
    cwd: ROOT,
  });
  gw.url = `http://127.0.0.1:${port}`;
  Object.assign(gw, { configFile, configYaml });
  await waitForHttp(`${gw.url}/healthz`, 30_000, gw);
  return gw;
}

/** Changes the simulator's behaviour for every model ("*") through its control API. */
export async function simBehaviour(simUrl, behaviour) {
  const res = await fetch(`${simUrl}/_sim/models/*`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(behaviour),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`sim behaviour: ${res.status} ${text}`);
}

/** Closes the simulator's idle keep-alive connections: `POST /_bench/close-idle` (why: bench/sim-server.mjs). */
export async function closeIdleConnections(simUrl) {
  const res = await fetch(`${simUrl}/_bench/close-idle`, { method: 'POST' });
  await res.arrayBuffer();
  if (res.status !== 204) throw new Error(`sim close-idle: ${res.status}`);
}

export const headersFor = (key = BENCH_KEY) => ({
  'content-type': 'application/json',
  'x-api-key': key,
  'anthropic-version': '2023-06-01',
});
