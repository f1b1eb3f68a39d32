// How long requests wait while a config reload changes one org of many (issue 23): a gateway with N orgs
// (10,000) under 300 req/s, reloaded R times, each reload changing one org's budget. Per reload: the requests'
// latency max - p50 in a 4 s window around it, the gateway's longest event-loop stall (a timer probe preloaded
// into it, bench/lib/stall-probe.mjs) and, with --trace-gc, its main thread's GC events in that window.
// --control adds a window without a reload before each (the machine's own noise); --base-dist DIR runs a second
// gateway from another build, its windows interleaved with this build's, for an A/B in the same minutes.
//   node bench/reload-pause.mjs [--orgs 10000] [--reloads 8] [--rate 300] [--control] [--redis] [--trace-gc]
//                               [--base-dist DIR] [--dir DIR]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { makeBodies } from './lib/bodies.mjs';
import { closedLoop, makePool, openLoop, quantiles } from './lib/load.mjs';
import { orgsYaml } from './lib/orgs.mjs';
import { startRedisServer } from './lib/procs.mjs';
import { DIST, freePort, headersFor, ROOT, startGateway, startSim } from './lib/setup.mjs';

const { values } = parseArgs({
  options: {
    orgs: { type: 'string', default: '10000' },
    reloads: { type: 'string', default: '8' },
    rate: { type: 'string', default: '300' },
    control: { type: 'boolean', default: false },
    redis: { type: 'boolean', default: false },
    'trace-gc': { type: 'boolean', default: false },
    'base-dist': { type: 'string' },
    dir: { type: 'string', default: join(tmpdir(), `reload-pause-${Date.now()}`) },
  },
});
const n = Number(values.orgs);
const rate = Number(values.rate);
const WINDOW_MS = 4_000;
const dir = values.dir;
// A fresh directory: the children's logs are appended to, and the simulator's URL is read from its log.
if (existsSync(dir)) throw new Error(`${dir} exists; give a new --dir`);
mkdirSync(dir, { recursive: true });
const orgKey = (i) => `bench-org-key-${i}`;
const bodies = makeBodies({ n: 16, model: 'haiku', tokens: 5, maxTokens: 64 });
const reqFor = (i) => ({ headers: headersFor(orgKey(i % n)), body: bodies[i % bodies.length] });

/** Stalls and (main-thread) GC events in a piece of the gateway's log. */
function events(text, isolate) {
  const out = [];
  for (const line of text.split('\n')) {
    const stall = /^STALL ([\d.]+) ms ending at ([\d.]+) ms, waiting for a CPU (\S+) ms/.exec(line);
    if (stall) out.push({ kind: 'stall', ms: Number(stall[1]), at: Number(stall[2]), waitedMs: Number(stall[3]) });
    const gc = /^\[\d+:(0x[0-9a-f]+)\]\s+(\d+) ms: (\S+(?: \S+)?) ([\d.]+ \([\d.]+\) -> [\d.]+ \([\d.]+\) MB), (?:pooled: [\d.]+ MB, )?([\d.]+) \/ [\d.]+ ms(.*)$/.exec(line);
    if (gc && gc[1] === isolate) out.push({ kind: 'gc', at: Number(gc[2]), type: gc[3], heap: gc[4], ms: Number(gc[5]), rest: gc[6].trim() });
  }
  return out;
}

/** One window of traffic on `target`; `during` (the reload) runs 1 s into it. */
async function window(target, during) {
  const logFrom = target.gw.log().length;
  const traffic = openLoop({ pool: target.pool, rate, durationMs: WINDOW_MS, reqFor });
  if (during) {
    await sleep(1_000);
    await during();
  }
  const loaded = await traffic;
  const { p50, max } = quantiles(loaded.latencies, [0.5]);
  const seen = events(target.gw.log().slice(logFrom), target.isolate);
  const stalls = seen.filter((e) => e.kind === 'stall');
  const longest = stalls.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, waitedMs: 0 });
  return { p50, maxMinusP50: max - p50, longestStallMs: longest.ms, longestStallWaitedMs: longest.waitedMs, failed: loaded.failed, seen };
}

async function reloadOnce(target, r) {
  const reloads = () => (target.gw.log().match(/config reloaded/g) ?? []).length;
  const before = reloads();
  const w = await window(target, () => writeFileSync(target.gw.configFile, target.gw.configYaml.replace(orgsYaml(n), orgsYaml(n, r % 2 === 0 ? 1 : -1))));
  for (let i = 0; i < 50 && reloads() === before; i++) await sleep(100);
  return { ...w, applied: reloads() > before };
}

const line = (w) => `max - p50 ${w.maxMinusP50.toFixed(1)} ms (p50 ${w.p50.toFixed(2)}), longest stall ${w.longestStallMs.toFixed(1)} ms (${w.longestStallWaitedMs.toFixed(1)} of them waiting for a CPU), failed ${w.failed}`;
const summary = (ws) => `${ws.filter((w) => w.maxMinusP50 > 50).length} of ${ws.length} over 50 ms; max - p50 sorted: ${ws.map((w) => w.maxMinusP50).sort((a, b) => a - b).map((v) => v.toFixed(1)).join(' ')}`;

const sim = await startSim(dir);
const redis = values.redis ? await startRedisServer(dir, await freePort()) : undefined;
const nodeArgs = ['--import', join(ROOT, 'bench/lib/stall-probe.mjs'), ...(values['trace-gc'] ? ['--trace-gc'] : [])];
const builds = [{ label: 'this', dist: DIST }, ...(values['base-dist'] ? [{ label: 'base', dist: values['base-dist'] }] : [])];
const targets = [];
try {
  for (const { label, dist } of builds) {
    const gw = await startGateway(dir, sim.url, { extraOrgsYaml: orgsYaml(n), redisUrl: redis?.url, budget: 'generous', name: `gateway-${label}`, nodeArgs, dist });
    const pool = makePool(gw.url, 32);
    targets.push({ label, gw, pool, isolate: /^\[\d+:(0x[0-9a-f]+)\]/m.exec(gw.log())?.[1], reloads: [], controls: [] });
    await closedLoop({ pool, concurrency: 32, count: 2000, reqFor });
  }
  for (let r = 0; r < Number(values.reloads); r++) {
    for (const t of r % 2 === 0 ? targets : [...targets].reverse()) {
      if (values.control) {
        const c = await window(t);
        t.controls.push(c);
        console.log(`${t.label} control ${r + 1} (no reload): ${line(c)}`);
      }
      const w = await reloadOnce(t, r);
      t.reloads.push(w);
      console.log(`${t.label} reload ${r + 1}: applied ${w.applied}, ${line(w)}`);
      for (const e of w.seen) {
        if (e.kind === 'stall' && e.ms >= 30) console.log(`    stall ${e.ms.toFixed(1)} ms ending at ${e.at.toFixed(0)} ms, ${e.waitedMs.toFixed(1)} ms of it waiting for a CPU`);
        if (e.kind === 'gc' && (e.ms >= 5 || /Mark-Compact/.test(e.type))) console.log(`    gc ${e.type} ${e.ms} ms at ${e.at} ms ${e.heap} ${e.rest}`);
      }
    }
  }
} finally {
  for (const t of targets) {
    await t.pool.close();
    await t.gw.stop();
  }
  await redis?.stop();
  await sim.stop();
}
for (const t of targets) {
  console.log(`${t.label}: reloads ${summary(t.reloads)}`);
  if (t.controls.length > 0) console.log(`${t.label}: windows without a reload ${summary(t.controls)}`);
}
console.log(`logs in ${dir}`);
