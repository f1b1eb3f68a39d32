#!/usr/bin/env node
// Where the added p99 comes from: one gateway (budgets in Redis by default) at an open-loop rate, turns of
// `--turn-ms` alternating with the simulator hit directly, and the gateway's own trace (src/metrics/tail-trace.ts:
// per-request timings, GC pauses, event-loop stalls with --stalls) laid over the load generator's latencies,
// with the run-queue wait and CPU of every process of the bench sampled every 10 ms (/proc/<pid>/schedstat).
//   node bench/tail-trace.mjs [--mode redis|memory] [--rate 300] [--seconds 30] [--stalls] [--node-args '...'] [--keep]
// BENCH_DIST=DIR traces another build (it must have src/metrics/tail-trace.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { attribute, printAttribution } from './lib/tail-attribution.mjs';
import { makeBodies } from './lib/bodies.mjs';
import { clientGc, makePool } from './lib/load.mjs';
import { startRedisServer } from './lib/procs.mjs';
import { BENCH_KEY, HAIKU_ID, closeIdleConnections, freePort, headersFor, simBehaviour, startGateway, startSim } from './lib/setup.mjs';
import { schedSampler } from './lib/sched.mjs';

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'redis' },
    rate: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '30' },
    'turn-ms': { type: 'string', default: '1000' },
    stalls: { type: 'boolean', default: false },
    'node-args': { type: 'string', default: '' },
    keep: { type: 'boolean', default: false },
  },
});
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const mono = () => Number(process.hrtime.bigint()) / 1e6;
const offset = mono() - performance.now();

const dir = mkdtempSync(join(tmpdir(), 'gw-tail-'));
const children = [];
process.once('exit', () => children.forEach((c) => c.killNow?.()));
const started = (c) => (children.push(c), c);
const sim = started(await startSim(dir));
const redis = values.mode === 'redis' ? started(await startRedisServer(dir, await freePort())) : undefined;
const traceFile = join(dir, 'trace.jsonl');
const gw = started(
  await startGateway(dir, sim.url, {
    name: 'gateway-traced',
    redisUrl: redis?.url,
    nodeArgs: values['node-args'].split(' ').filter(Boolean),
    env: { GATEWAY_TAIL_TRACE: traceFile, GATEWAY_TAIL_TRACE_STALLS: values.stalls ? '1' : '' },
  }),
);
await simBehaviour(sim.url, { latencyMs: 0 });
await closeIdleConnections(sim.url);

/** One request; resolves with its send and end on the monotonic clock and the answer's `request-id`. */
function send(pool, req) {
  return new Promise((resolve) => {
    const r = { t0: performance.now() + offset, end: 0, status: 0, id: undefined };
    pool.dispatch(
      { path: '/v1/messages', method: 'POST', headers: req.headers, body: req.body },
      {
        onRequestStart() {},
        onResponseStart(_c, status, headers) {
          r.status = status;
          r.id = headers['request-id'];
        },
        onResponseData() {},
        onResponseEnd() {
          r.end = performance.now() + offset;
          resolve(r);
        },
        onResponseError() {
          r.end = performance.now() + offset;
          resolve(r);
        },
      },
    );
  });
}

/** Open loop: request i at start + i/rate, for `ms`. */
async function openLoop(pool, reqFor, rate, ms, into) {
  const interval = 1000 / rate;
  const total = Math.round((rate * ms) / 1000);
  const start = performance.now();
  const pending = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(pool, reqFor(i)).then((r) => into?.push(r)));
  }
  await Promise.all(pending);
}

const target = (url, model, key) => {
  const bodies = makeBodies({ n: 256, model, tokens: 50 });
  const headers = headersFor(key);
  return { pool: makePool(url, 64), reqFor: (i) => ({ headers, body: bodies[i % bodies.length] }) };
};
const gateway = target(gw.url, 'haiku', BENCH_KEY);
const direct = target(sim.url, HAIKU_ID, 'sim-key');
const rate = Number(values.rate);
const turnMs = Number(values['turn-ms']);
log(`warm-up 6 s, then ${values.seconds} s per target in turns of ${turnMs} ms at ${rate} req/s; logs in ${dir}`);
await openLoop(gateway.pool, gateway.reqFor, rate, 6000);
await openLoop(direct.pool, direct.reqFor, rate, 2000);
clientGc();
const sampler = schedSampler({ gateway: gw.pid, sim: sim.pid, ...(redis ? { redis: redis.pid } : {}), client: process.pid }, { gatewayThreads: gw.pid });
const load0 = loadavg()[0];
/** Times the gateway's main thread went to sleep and woke up again (voluntary context switches). */
const wakeups = () => Number(/voluntary_ctxt_switches:\s+(\d+)/.exec(readFileSync(`/proc/${gw.pid}/status`, 'utf8'))[1]);
/** Scripts Redis ran (EVALSHA and EVAL calls), from INFO commandstats. */
const scripts = () => {
  if (!redis) return 0;
  const info = execFileSync('redis-cli', ['-u', redis.url, 'info', 'commandstats'], { encoding: 'utf8' });
  return [...info.matchAll(/cmdstat_(?:evalsha|eval):calls=(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
};
const counts0 = { wakeups: wakeups(), scripts: scripts(), served: 0 };
const samples = { gateway: [], direct: [] };
for (let k = 0; k < Math.round((Number(values.seconds) * 1000) / turnMs); k++) {
  for (const [name, t] of k % 2 ? [['direct', direct], ['gateway', gateway]] : [['gateway', gateway], ['direct', direct]]) {
    // The first 50 ms of a turn are sent but not kept: a process idle for a turn wakes up cold (bench/README.md).
    await openLoop(t.pool, t.reqFor, rate, 50);
    await openLoop(t.pool, t.reqFor, rate, turnMs, samples[name]);
  }
}
const timeline = sampler.stop();
const counts = { wakeups: wakeups() - counts0.wakeups, scripts: scripts() - counts0.scripts };
await Promise.all([gateway.pool.close(), direct.pool.close()]);
await gw.stop(); // the trace's last lines are written at exit
const trace = readFileSync(traceFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
const result = attribute({ gateway: samples.gateway, direct: samples.direct, trace, timeline });
printAttribution(result, { mode: values.mode, rate, load: [load0, loadavg()[0]], stalls: values.stalls });
// Every gateway request of the window, warm-up turns included (the direct turns send it nothing).
const sent = Math.round((rate * (Number(values.seconds) * 1000 + 50 * Math.round((Number(values.seconds) * 1000) / turnMs))) / 1000);
console.log(`per gateway request: ${(counts.wakeups / sent).toFixed(2)} wake-ups of its main thread, ${(counts.scripts / sent).toFixed(3)} Redis scripts`);
await Promise.all(children.map((c) => c.stop()));
if (!values.keep) rmSync(dir, { recursive: true, force: true });
