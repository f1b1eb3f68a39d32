#!/usr/bin/env node
// A/B of added latency: this build's gateway and a base build's (or this build with other node flags), both with
// budgets in a Redis of their own (`--memory`: in memory), behind the same simulator, at an open-loop rate, taking
// turns of 250 ms within each round beside the simulator hit directly (the latency phase's method, bench/README.md).
// Prints each round's added p99 per build (target p99 − direct p99 of the same round) and the medians over rounds.
//   node bench/ab-latency.mjs --base-dist DIR [--rounds 14] [--rate 300] [--memory] [--new-node-args='...'] [--base-node-args='...']
// Without --base-dist the base is this build too (an A/A, or an A/B of node flags).
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openLoopPhase } from './lib/phases.mjs';
import { startRedisServer } from './lib/procs.mjs';
import { BENCH_KEY, HAIKU_ID, freePort, startGateway, startSim } from './lib/setup.mjs';

const { values } = parseArgs({
  options: {
    'base-dist': { type: 'string' },
    rounds: { type: 'string', default: '14' },
    rate: { type: 'string', default: '300' },
    memory: { type: 'boolean', default: false },
    'new-node-args': { type: 'string', default: '' },
    'base-node-args': { type: 'string', default: '' },
  },
});
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const words = (s) => s.split(' ').filter(Boolean);

const dir = mkdtempSync(join(tmpdir(), 'gw-ab-lat-'));
const children = [];
process.once('exit', () => children.forEach((c) => c.killNow?.()));
const started = (c) => (children.push(c), c);
const sim = started(await startSim(dir));
const builds = [];
for (const name of ['new', 'base']) {
  const redis = values.memory ? undefined : started(await startRedisServer(dir, await freePort()));
  const side = name === 'base' ? { nodeArgs: words(values['base-node-args']), ...(values['base-dist'] ? { dist: resolve(values['base-dist']) } : {}) } : { nodeArgs: words(values['new-node-args']) };
  const gw = started(await startGateway(dir, sim.url, { name: `gateway-${name}`, redisUrl: redis?.url, ...side }));
  builds.push({ name, url: gw.url, child: gw, model: 'haiku', key: BENCH_KEY, ...(redis ? { aux: redis } : {}) });
}
const direct = { name: 'direct', url: sim.url, child: sim, model: HAIKU_ID, key: 'sim-key' };
const load0 = loadavg()[0];
const rounds = Number(values.rounds);
log(`${rounds} rounds at ${values.rate} req/s, ${values.memory ? 'memory' : 'Redis'} mode; logs in ${dir}`);
const res = await openLoopPhase({
  sim,
  targets: [direct, ...builds],
  stream: false,
  rate: Number(values.rate),
  durationMs: 1500,
  warmupMs: 6000,
  rounds,
  tokens: 50,
  sliceMs: 250,
  sliceWarmupMs: 50,
});
const added = (name) => res[name].roundQuantilesMs.map((q, i) => q.p99 - res.direct.roundQuantilesMs[i].p99);
const [a, b] = [added('new'), added('base')];
const fmt = (xs) => xs.map((x) => x.toFixed(2)).join(' ');
console.log(`added p99 per round, new:  ${fmt(a)}`);
console.log(`added p99 per round, base: ${fmt(b)}`);
console.log(`median added p99: new ${median(a).toFixed(2)} ms, base ${median(b).toFixed(2)} ms; new − base per round: median ${median(a.map((x, i) => x - b[i])).toFixed(2)} ms, new lower in ${a.filter((x, i) => x < b[i]).length} of ${rounds}`);
console.log(`CPU per request at this rate: new ${res.new.cpuUsPerReq.toFixed(0)} µs, base ${res.base.cpuUsPerReq.toFixed(0)} µs${values.memory ? '' : `; redis-server ${res.new.auxCpuUsPerReq.toFixed(0)} / ${res.base.auxCpuUsPerReq.toFixed(0)} µs`}`);
console.log(`load average ${load0.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
await Promise.all(children.map((c) => c.stop()));
