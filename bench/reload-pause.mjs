// How long requests wait while a config reload changes one org of many (issue 23): the gateway with N orgs
// (10,000), 300 req/s of traffic, and R reloads, each changing one org's budget. Prints, per reload, the
// requests' latency max - p50 in its window, the gateway's event-loop stalls (a timer probe preloaded into it)
// and, with --trace-gc, the GC events of the main thread during the window. Keeps its logs in --dir.
//   node bench/reload-pause.mjs [--orgs 10000] [--reloads 8] [--rate 300] [--redis] [--trace-gc] [--dir DIR]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { makeBodies } from './lib/bodies.mjs';
import { closedLoop, makePool, openLoop, quantiles } from './lib/load.mjs';
import { orgsYaml } from './lib/orgs.mjs';
import { startRedisServer } from './lib/procs.mjs';
import { freePort, headersFor, ROOT, startGateway, startSim } from './lib/setup.mjs';

const { values } = parseArgs({
  options: {
    orgs: { type: 'string', default: '10000' },
    reloads: { type: 'string', default: '8' },
    rate: { type: 'string', default: '300' },
    redis: { type: 'boolean', default: false },
    'trace-gc': { type: 'boolean', default: false },
    control: { type: 'boolean', default: false },
    dir: { type: 'string', default: join(tmpdir(), `reload-pause-${Date.now()}`) },
  },
});
const n = Number(values.orgs);
const rate = Number(values.rate);
const dir = values.dir;
// A fresh directory: the children's logs are appended to, and the simulator's URL is read from its log.
if (existsSync(dir)) throw new Error(`${dir} exists; give a new --dir`);
mkdirSync(dir, { recursive: true });
const orgKey = (i) => `bench-org-key-${i}`;

// Lines of the gateway's stderr after `from` chars: stalls, GC events (main isolate only) and reloads, with times.
function events(text, isolate) {
  const out = [];
  for (const line of text.split('\n')) {
    const mark = /^MARK (\S+) (-?[\d.]+)/.exec(line);
    if (mark) out.push({ kind: 'mark', name: mark[1], at: Number(mark[2]) });
    const stall = /^STALL ([\d.]+) ms ending at (-?[\d.]+) ms/.exec(line);
    if (stall) out.push({ kind: 'stall', ms: Number(stall[1]), at: Number(stall[2]) });
    const gc = /^\[\d+:(0x[0-9a-f]+)\]\s+(\d+) ms: (\S+(?: \S+)?) ([\d.]+ \([\d.]+\) -> [\d.]+ \([\d.]+\) MB), (?:pooled: [\d.]+ MB, )?([\d.]+) \/ ([\d.]+) ms(.*)$/.exec(line);
    if (gc && (!isolate || gc[1] === isolate)) out.push({ kind: 'gc', isolate: gc[1], at: Number(gc[2]), type: gc[3], heap: gc[4], ms: Number(gc[5]), rest: gc[7].trim() });
  }
  return out;
}

const sim = await startSim(dir);
const redis = values.redis ? await startRedisServer(dir, await freePort()) : undefined;
const nodeArgs = ['--import', join(ROOT, 'bench/lib/stall-probe.mjs'), ...(values['trace-gc'] ? ['--trace-gc'] : [])];
const gw = await startGateway(dir, sim.url, { extraOrgsYaml: orgsYaml(n), redisUrl: redis?.url, budget: 'generous', name: 'gateway-reload', nodeArgs });
const mainIsolate = /^\[\d+:(0x[0-9a-f]+)\]/m.exec(gw.log())?.[1];
const bodies = makeBodies({ n: 16, model: 'haiku', tokens: 5, maxTokens: 64 });
const reqFor = (i) => ({ headers: headersFor(orgKey(i % n)), body: bodies[i % bodies.length] });
const pool = makePool(gw.url, 32);
const results = [];
const controls = [];
try {
  await closedLoop({ pool, concurrency: 32, count: 2000, reqFor });
  const reloads = () => (gw.log().match(/config reloaded/g) ?? []).length;
  for (let r = 0; r < Number(values.reloads); r++) {
    if (values.control) {
      const logFrom = gw.log().length;
      const quiet = await openLoop({ pool, rate, durationMs: 4_000, reqFor });
      const q = quantiles(quiet.latencies, [0.5]);
      const stalls = events(gw.log().slice(logFrom), mainIsolate).filter((e) => e.kind === 'stall');
      const longest = Math.max(0, ...stalls.map((s) => s.ms));
      controls.push({ maxMinusP50: q.max - q.p50, longestStallMs: longest });
      console.log(`control ${r + 1} (no reload): max - p50 ${(q.max - q.p50).toFixed(1)} ms, longest stall ${longest.toFixed(1)} ms`);
    }
    const before = reloads();
    const logFrom = gw.log().length;
    const traffic = openLoop({ pool, rate, durationMs: 4_000, reqFor });
    await sleep(1_000);
    writeFileSync(gw.configFile, gw.configYaml.replace(orgsYaml(n), orgsYaml(n, r % 2 === 0 ? 1 : -1)));
    const loaded = await traffic;
    for (let i = 0; i < 50 && reloads() === before; i++) await sleep(100);
    const { p50, max } = quantiles(loaded.latencies, [0.5]);
    const seen = events(gw.log().slice(logFrom), mainIsolate);
    const stalls = seen.filter((e) => e.kind === 'stall');
    const result = { reload: r + 1, applied: reloads() > before, failed: loaded.failed, p50, max, maxMinusP50: max - p50, longestStallMs: Math.max(0, ...stalls.map((s) => s.ms)) };
    results.push(result);
    console.log(`reload ${r + 1}: applied ${result.applied}, max - p50 ${result.maxMinusP50.toFixed(1)} ms (p50 ${p50.toFixed(2)}), longest stall ${result.longestStallMs.toFixed(1)} ms, failed ${loaded.failed}`);
    for (const e of seen) {
      if (e.kind === 'mark') console.log(`    mark ${e.name} at ${e.at.toFixed(0)}`);
      else if (e.kind === 'stall') console.log(`    stall ${e.ms.toFixed(1)} ms ending at ${e.at.toFixed(0)}`);
      else if (e.ms >= 5 || /Mark-Compact/.test(e.type)) console.log(`    gc ${e.type} ${e.ms} ms at ${e.at} ${e.heap} ${e.rest}`);
    }
  }
} finally {
  await pool.close();
  await gw.stop();
  await redis?.stop();
  await sim.stop();
}
const over = results.filter((r) => r.maxMinusP50 > 50).length;
console.log(`${results.length} reloads, ${over} over 50 ms; max - p50 sorted: ${results.map((r) => r.maxMinusP50.toFixed(1)).sort((a, b) => a - b).join(' ')}; logs in ${dir}`);
if (controls.length > 0) console.log(`${controls.length} windows without a reload, ${controls.filter((c) => c.maxMinusP50 > 50).length} over 50 ms; max - p50 sorted: ${controls.map((c) => c.maxMinusP50.toFixed(1)).sort((a, b) => a - b).join(' ')}`);
