// The many-orgs phase: a gateway with 10,000 orgs configured, in memory and on a Redis of its own. What an
// org that sends nothing costs (start-up memory, idle CPU, idle Redis commands), the first request of many
// orgs (no spurious 429), /metrics, and how long requests wait while a config reload changes one org.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeBodies } from './bodies.mjs';
import { closedLoop, makePool, openLoop, quantiles } from './load.mjs';
import { startRedisServer } from './procs.mjs';
import { freePort, headersFor, keyHash, startGateway } from './setup.mjs';

const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const orgKey = (i) => `bench-org-key-${i}`;

/** The orgs of the config, after the bench org: budgets that the few requests of this phase never exhaust. */
export function orgsYaml(n, changed = -1) {
  const lines = [];
  for (let i = 0; i < n; i++) {
    const rpm = i === changed ? 1001 : 1000;
    lines.push(`  - id: org-${i}\n    keys: ["${keyHash(orgKey(i))}"]\n    budget: { rpm: ${rpm}, itpm: 10000000, otpm: 10000000, concurrency: 100, maxQueueMs: 0 }\n`);
  }
  return lines.join('');
}

const redisCommands = (port) => {
  const out = spawnSync('redis-cli', ['-p', String(port), 'info', 'stats'], { encoding: 'utf8' }).stdout ?? '';
  return Number(/total_commands_processed:(\d+)/.exec(out)?.[1] ?? NaN);
};

/** CPU share of one core and Redis commands a second, over `ms` of no traffic. */
async function idle(gw, redis, ms) {
  const c0 = gw.cpu();
  const r0 = redis ? redisCommands(redis.port) : 0;
  await sleep(ms);
  // The INFO command that reads the count is one of them: not the gateway's.
  const commands = redis ? redisCommands(redis.port) - r0 - 1 : undefined;
  return { cpuPct: ((gw.cpu() - c0) / 1000 / ms) * 100, redisCommandsPerSec: commands === undefined ? undefined : (commands * 1000) / ms };
}

async function scrape(url) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const res = await fetch(`${url}/metrics`);
    bytes = (await res.arrayBuffer()).byteLength;
    times.push(performance.now() - t0);
  }
  return { bytes, ms: times.sort((a, b) => a - b)[1] };
}

async function oneMode({ dir, simUrl, n, redis, idleMs, firstOrgs, reloadMs, rate }) {
  const name = redis ? 'gateway-orgs-redis' : 'gateway-orgs';
  const config = { extraOrgsYaml: orgsYaml(n), redisUrl: redis?.url, budget: 'generous', name };
  const t0 = performance.now();
  const gw = await startGateway(dir, simUrl, config);
  const startMs = performance.now() - t0;
  try {
    await sleep(1_000);
    const startRssMb = gw.rss() / 2 ** 20;
    const idleBefore = await idle(gw, redis, idleMs);
    const metricsAtStart = await scrape(gw.url);

    const bodies = makeBodies({ n: 16, model: 'haiku', tokens: 5, maxTokens: 64 });
    const reqFor = (i) => ({ headers: headersFor(orgKey(i % n)), body: bodies[i % bodies.length] });
    const pool = makePool(gw.url, 32);
    try {
      const first = await closedLoop({ pool, concurrency: 32, count: firstOrgs, reqFor });
      // What the last answers left to write goes first (refunds within 2 ms, the spend ledger's 50 ms batch: one
      // script per org in it), so that the idle window measures idling, not the tail of the traffic.
      await sleep(500);
      const idleAfter = await idle(gw, redis, idleMs);
      const metrics = await scrape(gw.url);

      // The same traffic without a reload first: what the machine's own noise does to the max.
      const control = await openLoop({ pool, rate, durationMs: reloadMs, reqFor });
      // Reload: the config rewritten with one org's budget changed, in the middle of steady traffic.
      const reloads = () => (gw.log().match(/config reloaded/g) ?? []).length;
      const before = reloads();
      const traffic = openLoop({ pool, rate, durationMs: reloadMs, reqFor });
      await sleep(1_000); // the gateway applies it about 1 s (its quiet time) plus the parse later
      writeFileSync(gw.configFile, gw.configYaml.replace(orgsYaml(n), orgsYaml(n, 1)));
      const loaded = await traffic;
      for (let i = 0; i < 50 && reloads() === before; i++) await sleep(100);
      return {
        orgs: n,
        startMs,
        startRssMb,
        idleBefore,
        firstRequests: { orgs: firstOrgs, ok: first.ok, failed: first.failed, failures: first.failures, latencyMs: quantiles(first.latencies, [0.5, 0.99, 1]) },
        idleAfter,
        metricsAtStart,
        metrics,
        control: { ok: control.ok, failed: control.failed, latencyMs: quantiles(control.latencies, [0.5, 0.99, 1]) },
        reload: { applied: reloads() > before, ok: loaded.ok, failed: loaded.failed, failures: loaded.failures, latencyMs: quantiles(loaded.latencies, [0.5, 0.99, 1]) },
      };
    } finally {
      await pool.close();
    }
  } finally {
    await gw.stop();
  }
}

/** Memory mode, then Redis mode (a redis-server of its own, empty), each in a fresh gateway. */
export async function orgsPhase({ dir, simUrl, orgs, idleMs, firstOrgs, reloadMs, rate, withRedis }) {
  const out = {};
  log(`  ${orgs} orgs, budgets in memory`);
  out.memory = await oneMode({ dir, simUrl, n: orgs, idleMs, firstOrgs, reloadMs, rate });
  if (withRedis) {
    log(`  ${orgs} orgs, budgets in Redis`);
    const port = await freePort();
    const redis = await startRedisServer(dir, port);
    redis.port = port;
    try {
      out.redis = await oneMode({ dir, simUrl, n: orgs, redis, idleMs, firstOrgs, reloadMs, rate });
    } finally {
      await redis.stop();
    }
  }
  return out;
}
