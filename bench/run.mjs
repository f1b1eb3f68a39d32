#!/usr/bin/env node
// `npm run bench`: the gateway against the floor (a bare Node http proxy), both in front of the simulator,
// everything a separate process on 127.0.0.1. See bench/README.md for the method.
//
//   node bench/run.mjs [--quick] [--only cpu,latency,ttfb,paced,memory,orgs,body1mb,classifier] [--streams N] [--latency-rates 300,500]
//                      [--budget generous|none|usd|usd-redis] [--out FILE] [--keep] [--memory-direct] [--no-redis]
// Env equivalents: BENCH_QUICK=1, BENCH_ONLY=..., BENCH_STREAMS=N, BENCH_LATENCY_RATES=300,500, BENCH_BUDGET=..., BENCH_OUT=FILE,
// BENCH_MEMORY_DIRECT=1, BENCH_REDIS=0; BENCH_DIST=DIR benchmarks another build of the gateway (default ./dist);
// --base-dist DIR (BENCH_BASE_DIST) runs a second build beside it in the cpu (JSON) and body1mb phases.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuPhase, memoryPhase, openLoopPhase, pacedPhase, replicaPair } from './lib/phases.mjs';
import { orgsPhase } from './lib/orgs.mjs';
import { CLK_TCK, startRedisServer } from './lib/procs.mjs';
import { renderTable } from './lib/report.mjs';
import { BENCH_KEY, DIST, freePort, GATEWAY_NODE_FLAGS, HAIKU_ID, ROOT, startBare, startGateway, startSim } from './lib/setup.mjs';

const PHASES = ['cpu', 'latency', 'ttfb', 'paced', 'memory', 'orgs', 'body1mb', 'classifier'];
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: process.env.BENCH_QUICK === '1' },
    only: { type: 'string', default: process.env.BENCH_ONLY ?? PHASES.join(',') },
    streams: { type: 'string', default: process.env.BENCH_STREAMS },
    'latency-rates': { type: 'string', default: process.env.BENCH_LATENCY_RATES },
    // Another build (its dist/) run beside this one, in the same rounds: an A/B that the machine's drift cannot skew.
    'base-dist': { type: 'string', default: process.env.BENCH_BASE_DIST },
    budget: { type: 'string', default: process.env.BENCH_BUDGET ?? 'generous' },
    out: { type: 'string', default: process.env.BENCH_OUT ?? join(ROOT, 'bench/results/latest.json') },
    keep: { type: 'boolean', default: false },
    'memory-direct': { type: 'boolean', default: process.env.BENCH_MEMORY_DIRECT === '1' },
    // The gateway with the same budget held in a redis-server of its own (the production configuration).
    redis: { type: 'boolean', default: process.env.BENCH_REDIS !== '0' },
  },
  allowNegative: true,
});
const quick = values.quick;
const only = new Set(values.only.split(',').map((s) => s.trim()).filter(Boolean));
for (const p of only) if (!PHASES.includes(p)) throw new Error(`--only: unknown phase "${p}" (phases: ${PHASES.join(', ')})`);

const S = quick
  ? {
      cpu: {
        concurrency: 32,
        tokens: 50,
        json: { warmup: 500, warmupMs: 800, perRound: 300, roundMs: 1200, rounds: 1 },
        stream: { warmup: 500, warmupMs: 800, perRound: 300, roundMs: 1200, rounds: 1 },
        streamPaced: { warmup: 100, warmupMs: 500, perRound: 200, roundMs: 1000, rounds: 1, tokensPerSecond: 1000 },
      },
      latency: { rates: [300], durationMs: 1000, warmupMs: 1000, rounds: 2, sliceMs: 250, sliceWarmupMs: 50 },
      ttfb: { rate: 200, durationMs: 1000, warmupMs: 300, rounds: 1, tokens: 50, tokensPerSecond: 1000 },
      paced: { tokensPerSecond: 20, tokens: 24, streams: 40, rampPerSec: 80 },
      memory: { streams: Number(values.streams ?? 200), tokensPerSecond: 5, tokens: 8, rampPerSec: 400 },
      orgs: { orgs: 10_000, idleMs: 3000, firstOrgs: 1000, reloadMs: 8000, rate: 200 },
      body1mb: { concurrency: 4, bodyBytes: 1_000_000, warmup: 20, warmupMs: 1000, perRound: 30, roundMs: 1500, rounds: 2 },
    }
  : {
      cpu: {
        concurrency: 32,
        tokens: 50,
        json: { warmup: 1500, warmupMs: 1500, perRound: 800, roundMs: 2500, rounds: 5 },
        stream: { warmup: 1500, warmupMs: 1500, perRound: 800, roundMs: 2500, rounds: 5 },
        streamPaced: { warmup: 500, warmupMs: 1500, perRound: 500, roundMs: 2500, rounds: 3, tokensPerSecond: 1000 },
      },
      // 300 req/s is the rate of issue 23's latency target (Redis mode), 500 that of issue 8's (memory mode).
      latency: { rates: [300, 500], durationMs: 1500, warmupMs: 6000, rounds: 14, sliceMs: 250, sliceWarmupMs: 50 },
      ttfb: { rate: 200, durationMs: 1500, warmupMs: 3000, rounds: 4, tokens: 50, tokensPerSecond: 1000 },
      paced: { tokensPerSecond: 20, tokens: 40, streams: 100, rampPerSec: 100, rounds: 5 },
      memory: { streams: Number(values.streams ?? 5000), tokensPerSecond: 3, tokens: 45, rampPerSec: 500 },
      orgs: { orgs: 10_000, idleMs: 5000, firstOrgs: 10_000, reloadMs: 10_000, rate: 300 },
      body1mb: { concurrency: 4, bodyBytes: 1_000_000, warmup: 50, warmupMs: 2000, perRound: 60, roundMs: 2500, rounds: 5 },
    };
if (values['memory-direct']) S.memory.direct = true;
if (values['latency-rates']) S.latency.rates = values['latency-rates'].split(',').map(Number);
for (const r of S.latency.rates) if (!(r > 0)) throw new Error(`--latency-rates: "${values['latency-rates']}" is not a list of rates`);
/** `node` arguments for the gateway and the gateway without budget beyond `npm start`'s: V8 flags to compare, `--trace-gc`. */
const gatewayNodeArgs = (process.env.BENCH_GATEWAY_NODE_ARGS ?? '').split(' ').filter(Boolean);

const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const sh = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};

function environment() {
  const nofile = spawnSync('bash', ['-c', 'ulimit -n; ulimit -Hn'], { encoding: 'utf8' }).stdout.trim().split('\n');
  return {
    node: process.version,
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    clkTck: CLK_TCK,
    loadavgAtStart: loadavg(),
    nofile: { soft: nofile[0], hard: nofile[1] },
    gitCommit: sh('git', ['rev-parse', '--short', 'HEAD']),
    gitDirtyFiles: (sh('git', ['status', '--porcelain', '--', 'src']) ?? '').split('\n').filter(Boolean).length,
    dist: DIST,
    baseDist: values['base-dist'] && resolve(values['base-dist']),
    gatewayNodeFlags: [...GATEWAY_NODE_FLAGS, ...gatewayNodeArgs],
  };
}

const children = [];
const killAll = () => {
  for (const c of children) c.killNow();
};
process.once('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    log(`\n${sig}: stopping children`);
    killAll();
    process.exit(130);
  });
}

async function main() {
  if (!existsSync(join(DIST, 'cli.js')) || !existsSync(join(DIST, 'sim/index.js'))) {
    throw new Error(`${DIST} is missing: run \`npm run build\` first (or use \`npm run bench\`, which builds)`);
  }
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'gw-bench-'));
  const R = { startedAt: new Date().toISOString(), mode: quick ? 'quick' : 'full', settings: S, environment: environment(), phases: {}, logs: dir };
  log(`bench (${R.mode}) — logs in ${dir}`);
  if (Number(R.environment.nofile.soft) < S.memory.streams * 2 + 100) {
    log(`warning: ulimit -n is ${R.environment.nofile.soft}; the load generator needs about ${S.memory.streams + 200} descriptors`);
  }

  try {
    const sim = await startSim(dir);
    children.push(sim);
    const bare = await startBare(dir, sim.url);
    children.push(bare);
    const gw = await startGateway(dir, sim.url, { budget: values.budget, nodeArgs: gatewayNodeArgs });
    children.push(gw);
    // A second gateway whose org has no budget at all: the same pipeline minus the budget limiters,
    // to show what admission costs. Idle (no CPU) while the other targets are measured.
    const gwFree = values.budget === 'none' ? undefined : await startGateway(dir, sim.url, { budget: 'none', name: 'gateway-nobudget', nodeArgs: gatewayNodeArgs });
    if (gwFree) children.push(gwFree);
    // `auto` traffic gets its own process too: in a shared one, the garbage of an auto round (the
    // classifier allocates) would be collected, and charged, during the next haiku round.
    const gwAuto = only.has('cpu') ? await startGateway(dir, sim.url, { budget: values.budget, name: 'gateway-auto' }) : undefined;
    if (gwAuto) children.push(gwAuto);
    // Budgets in Redis: a redis-server of its own, whose CPU is charged to this gateway's requests.
    const redis = values.redis && (only.has('cpu') || only.has('latency') || only.has('body1mb')) ? await startRedisServer(dir, await freePort()) : undefined;
    if (redis) children.push(redis);
    const gwRedis = redis && (await startGateway(dir, sim.url, { budget: 'generous', name: 'gateway-redis', nodeArgs: gatewayNodeArgs, redisUrl: redis.url }));
    if (gwRedis) children.push(gwRedis);
    // Two more replicas on that Redis, loaded together (requests alternate): what a replicated deployment costs.
    const gwPair = [];
    for (const i of gwRedis ? [0, 1] : []) gwPair.push(await startGateway(dir, sim.url, { budget: 'generous', name: `gateway-redis-r${i + 1}`, nodeArgs: gatewayNodeArgs, redisUrl: redis.url }));
    children.push(...gwPair);
    const baseDist = values['base-dist'] && (only.has('cpu') || only.has('body1mb')) ? resolve(values['base-dist']) : undefined;
    const gwBase = baseDist && (await startGateway(dir, sim.url, { budget: values.budget, name: 'gateway-base', nodeArgs: gatewayNodeArgs, dist: baseDist }));
    if (gwBase) children.push(gwBase);
    log(`sim ${sim.url} (pid ${sim.pid}), bare proxy ${bare.url} (pid ${bare.pid}), gateway ${gw.url} (pid ${gw.pid})${gwFree ? `, gateway without budget ${gwFree.url} (pid ${gwFree.pid})` : ''}`);

    const direct = { name: 'direct', url: sim.url, child: sim, model: HAIKU_ID, key: 'sim-key' };
    const floor = { name: 'bare', url: bare.url, child: bare, model: HAIKU_ID, key: 'sim-key' };
    const gateway = { name: 'gateway', url: gw.url, child: gw, model: 'haiku', key: BENCH_KEY };
    const gatewayAuto = gwAuto && { name: 'gateway-auto', url: gwAuto.url, child: gwAuto, model: 'auto', key: BENCH_KEY };
    const base = gwBase ? [{ name: 'gateway-base', url: gwBase.url, child: gwBase, model: 'haiku', key: BENCH_KEY }] : [];
    const extra = gwFree ? [{ name: 'gateway-nobudget', url: gwFree.url, child: gwFree, model: 'haiku', key: BENCH_KEY }] : [];
    const withRedis = gwRedis ? [{ name: 'gateway-redis', url: gwRedis.url, child: gwRedis, aux: redis, model: 'haiku', key: BENCH_KEY }] : [];
    if (gwPair.length === 2) withRedis.push(replicaPair('gateway-redis-x2', gwPair, { aux: redis, model: 'haiku', key: BENCH_KEY }));

    const timed = async (name, fn) => {
      const t0 = Date.now();
      R.phases[name] = await fn();
      (R.phaseSeconds ??= {})[name] = (Date.now() - t0) / 1000;
    };
    if (only.has('cpu')) {
      log('CPU per request, JSON');
      await timed('cpuJson', () => cpuPhase({ sim, targets: [floor, gateway, ...base, gatewayAuto, ...extra, ...withRedis], stream: false, concurrency: S.cpu.concurrency, tokens: S.cpu.tokens, ...S.cpu.json }));
      log('CPU per request, streaming');
      await timed('cpuStream', () => cpuPhase({ sim, targets: [floor, gateway, ...extra], stream: true, concurrency: S.cpu.concurrency, tokens: S.cpu.tokens, ...S.cpu.stream }));
      log(`CPU per request, streaming paced at ${S.cpu.streamPaced.tokensPerSecond} tokens/s`);
      await timed('cpuStreamPaced', () => cpuPhase({ sim, targets: [floor, gateway], stream: true, concurrency: S.cpu.concurrency, tokens: S.cpu.tokens, ...S.cpu.streamPaced }));
    }
    if (only.has('latency')) {
      const { rates, ...latency } = S.latency;
      for (const rate of rates) {
        log(`Added latency at ${rate} req/s`);
        await timed(`latency${rate}`, async () => ({ rate, ...(await openLoopPhase({ sim, targets: [direct, floor, gateway, ...extra, ...withRedis], stream: false, tokens: 50, rate, ...latency })) }));
      }
    }
    if (only.has('ttfb')) {
      log(`Stream TTFB at ${S.ttfb.rate} req/s, paced at ${S.ttfb.tokensPerSecond} tokens/s`);
      await timed('ttfb', () => openLoopPhase({ sim, targets: [direct, floor, gateway], stream: true, ...S.ttfb }));
    }
    if (only.has('paced')) {
      log(`Paced streams at ${S.paced.tokensPerSecond} tokens/s`);
      await timed('paced', () => pacedPhase({ sim, targets: [direct, floor, gateway], ...S.paced }));
    }
    if (only.has('memory')) {
      log(`Memory with ${S.memory.streams} slow streams`);
      const targets = [...(S.memory.direct ? [direct] : []), floor, gateway, ...extra];
      await timed('memory', () => memoryPhase({ sim, targets, ...S.memory }));
    }
    if (only.has('body1mb')) {
      log('CPU per request, 1 MB JSON bodies');
      const big = { bodyBytes: S.body1mb.bodyBytes, stream: false, tokens: 20, ...S.body1mb };
      await timed('body1mb', () => cpuPhase({ sim, targets: [floor, gateway, ...base, ...withRedis.slice(0, 1)], ...big }));
    }
    if (only.has('orgs')) {
      log(`${S.orgs.orgs} orgs configured`);
      await timed('orgs', () => orgsPhase({ dir, simUrl: sim.url, withRedis: values.redis, ...S.orgs }));
    }
    for (const c of [gw, gwFree, gwBase, gwRedis, ...gwPair]) if (c?.exited) throw new Error(`${c.name} exited during the run (${c.exitCode}):\n${c.tail()}`);
  } finally {
    await Promise.all(children.map((c) => c.stop()));
  }

  if (only.has('classifier')) {
    log('Classifier');
    // Its own process: nothing else running, nothing else in its heap.
    const res = spawnSync(process.execPath, [join(ROOT, 'bench/classifier.mjs'), '--json', ...(quick ? ['--quick'] : [])], { cwd: ROOT, encoding: 'utf8' });
    try {
      R.phases.classifier = JSON.parse(res.stdout.trim().split('\n').pop());
    } catch {
      R.phases.classifier = { available: false, error: (res.stderr || res.stdout || 'no output').trim().split('\n').slice(-3).join(' ') };
    }
  }

  R.environment.loadavgAtEnd = loadavg();
  R.durationS = (Date.now() - started) / 1000;
  const table = renderTable(R);
  R.table = table;
  mkdirSync(join(values.out, '..'), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(R, null, 2)}\n`);
  process.stdout.write(`\n${table}\n\n`);
  process.stdout.write(
    `${R.mode} run, ${R.durationS.toFixed(0)} s; node ${R.environment.node}, ${R.environment.cores} x ${R.environment.cpu}; ` +
      `load average ${R.environment.loadavgAtStart.map((x) => x.toFixed(2)).join(' ')} at start` +
      `; gateways started with node ${R.environment.gatewayNodeFlags.join(' ')}. Results: ${values.out}\n`,
  );
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

main().then(() => process.exit(0), (err) => {
  killAll();
  process.stderr.write(`bench failed: ${err.stack ?? err}\n`);
  process.exit(1);
});
