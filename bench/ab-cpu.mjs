#!/usr/bin/env node
// A/B of CPU per request: this build's gateway and a base build's, loaded in the same rounds (alternating in
// direction) next to the floor, for JSON and unpaced SSE, optionally also both with budgets in a Redis of
// their own. Prints each round's new/base ratio and their median, and each build's median ratio to the floor.
//   node bench/ab-cpu.mjs --base-dist DIR [--rounds 10] [--kinds json,stream] [--redis] [--new-node-args='--flag ...']
// DIR must resolve this project's node_modules (a copy of dist/ with a node_modules link beside it).
// BENCH_DIST=DIR picks "this" build as for run.mjs.
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuPhase } from './lib/phases.mjs';
import { startRedisServer } from './lib/procs.mjs';
import { BENCH_KEY, HAIKU_ID, freePort, startBare, startGateway, startSim } from './lib/setup.mjs';

const { values } = parseArgs({
  options: {
    'base-dist': { type: 'string' },
    rounds: { type: 'string', default: '10' },
    // Requests of warm-up per target (each also at least 1.5 s).
    warmup: { type: 'string', default: '1500' },
    // Start the base build's gateway first (the new one is started first otherwise): see bench/HISTORY.md,
    // session 9, for what the start order did to two copies of one build.
    'base-first': { type: 'boolean', default: false },
    kinds: { type: 'string', default: 'json,stream' },
    redis: { type: 'boolean', default: false },
    // `node` arguments for this build's gateways only (V8 flags to compare; the base gets none).
    'new-node-args': { type: 'string', default: '' },
  },
});
if (!values['base-dist']) throw new Error('--base-dist DIR is required');
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const newNodeArgs = values['new-node-args'].split(' ').filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'gw-ab-'));
const children = [];
process.once('exit', () => children.forEach((c) => c.killNow()));
const started = (c) => (children.push(c), c);
const target = (name, child, extra = {}) => ({ name, url: child.url, child, model: 'haiku', key: BENCH_KEY, ...extra });

const sim = started(await startSim(dir));
const bare = started(await startBare(dir, sim.url));
const floor = { name: 'bare', url: bare.url, child: bare, model: HAIKU_ID, key: 'sim-key' };
const startNew = async () => target('new', started(await startGateway(dir, sim.url, { name: 'gateway-new', nodeArgs: newNodeArgs })));
const startBase = async () => target('base', started(await startGateway(dir, sim.url, { name: 'gateway-base', dist: resolve(values['base-dist']) })));
const first = values['base-first'] ? await startBase() : await startNew();
const builds = values['base-first'] ? [await startNew(), first] : [first, await startBase()];
const redisBuilds = [];
if (values.redis) {
  for (const name of ['new', 'base']) {
    const redis = started(await startRedisServer(dir, await freePort()));
    const side = name === 'base' ? { dist: resolve(values['base-dist']) } : { nodeArgs: newNodeArgs };
    const gw = started(await startGateway(dir, sim.url, { name: `gateway-${name}-redis`, redisUrl: redis.url, ...side }));
    redisBuilds.push(target(`${name}-redis`, gw, { aux: redis }));
  }
}
const load0 = loadavg()[0];
const rounds = Number(values.rounds);
const settings = { warmup: Number(values.warmup), warmupMs: 1500, perRound: 800, roundMs: 2500, rounds, concurrency: 32, tokens: 50 };
for (const kind of values.kinds.split(',')) {
  const stream = kind === 'stream';
  log(`${kind}: ${rounds} rounds`);
  // Rounds run the targets in this order, then reversed: each build takes the other's place every other
  // round. With the floor first (floor, new, base), `new` always ran in the middle, and two copies of one
  // build measured 1.046 in it (bench/HISTORY.md, session 7).
  const [newBuild, baseBuild] = builds;
  const [newRedis, baseRedis] = redisBuilds;
  const phaseTargets = stream || !values.redis ? [newBuild, floor, baseBuild] : [newBuild, newRedis, floor, baseRedis, baseBuild];
  const res = await cpuPhase({ sim, targets: phaseTargets, stream, ...settings });
  const perRound = (name, aux = false) => res[name].rounds.map((r) => r.cpuUsPerReq + (aux ? (r.auxCpuUsPerReq ?? 0) : 0));
  const pairs = [['new', 'base'], ...(values.redis && !stream ? [['new-redis', 'base-redis']] : [])];
  for (const [a, b] of pairs) {
    const ra = perRound(a);
    const rb = perRound(b);
    const ratios = ra.map((x, i) => x / rb[i]);
    const fl = perRound('bare');
    console.log(`${kind} ${a}/${b}: median ${median(ratios).toFixed(3)} [${ratios.map((r) => r.toFixed(2)).join(' ')}]; µs median ${median(ra).toFixed(1)} / ${median(rb).toFixed(1)}; to the floor (${median(fl).toFixed(1)} µs) ${median(ra.map((x, i) => x / fl[i])).toFixed(2)}x / ${median(rb.map((x, i) => x / fl[i])).toFixed(2)}x`);
    if (a.endsWith('redis')) {
      const wa = perRound(a, true);
      const wb = perRound(b, true);
      console.log(`${kind} ${a}/${b} with redis-server: median ${median(wa.map((x, i) => x / wb[i])).toFixed(3)}; to the floor ${median(wa.map((x, i) => x / fl[i])).toFixed(2)}x / ${median(wb.map((x, i) => x / fl[i])).toFixed(2)}x`);
    }
  }
}
console.log(`load average ${load0.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
await Promise.all(children.map((c) => c.stop()));
