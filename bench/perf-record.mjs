#!/usr/bin/env node
// `perf record` of one gateway under the cpu phase's JSON load: CPU samples only (V8's profiler samples wall time,
// so a process descheduled inside a system call shows that call). Prints `perf report` by symbol, self time.
//   node bench/perf-record.mjs [--budget generous|none] [--requests 30000] [--dist DIR] [--out FILE]
// Needs `perf` and perf_event_paranoid ≤ 2 (user space of one's own processes).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeBodies } from './lib/bodies.mjs';
import { closedLoop, makePool } from './lib/load.mjs';
import { BENCH_KEY, DIST, HAIKU_ID, headersFor, simBehaviour, startBare, startGateway, startSim } from './lib/setup.mjs';

const { values } = parseArgs({
  options: {
    budget: { type: 'string', default: 'generous' },
    // `bare`: the floor (bench/bare-proxy.mjs) instead of the gateway.
    target: { type: 'string', default: 'gateway' },
    requests: { type: 'string', default: '30000' },
    dist: { type: 'string', default: DIST },
    out: { type: 'string', default: '' },
    top: { type: 'string', default: '60' },
    // Count system calls per request with `strace -c -f` instead (slows the gateway: counts only, not time).
    syscalls: { type: 'boolean', default: false },
  },
});
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

/** `perf script` stacks, each sample charged to the innermost frame of dist/ (or the first JS frame, or native). */
function byProjectFile(stacks, requests) {
  const sums = new Map();
  for (const block of stacks.split('\n\n')) {
    const frames = block.split('\n').map((l) => l.trim().replace(/^\S+\s+/, '')).filter(Boolean);
    if (frames.length === 0) continue;
    const own = frames.find((f) => f.includes('/dist/'));
    const js = frames.find((f) => f.startsWith('JS:'));
    const gc = frames.some((f) => /Scaveng|MarkCompact|Heap::|Sweeper|ConcurrentMarking/.test(f));
    const where = own ? own.replace(/.*\/dist\//, 'dist/').replace(/:\d+:\d+$/, '') : js ? `(other) ${js.replace(/.*(node_modules\/[^/]+|node:[^ :]+).*/, '$1')}` : gc ? '(gc)' : '(native, no JS frame)';
    sums.set(where, (sums.get(where) ?? 0) + 1);
  }
  return [...sums].map(([w, n]) => [w, (n / 999 / requests) * 1e6]).sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
}
const dir = mkdtempSync(join(tmpdir(), 'gw-perf-'));
const sim = await startSim(dir);
await simBehaviour(sim.url, {});
const bare = values.target === 'bare';
const gw = bare ? await startBare(dir, sim.url) : await startGateway(dir, sim.url, { nodeArgs: ['--perf-basic-prof'], budget: values.budget, dist: resolve(values.dist) });
const bodies = makeBodies({ n: 256, model: bare ? HAIKU_ID : 'haiku', tokens: 50, stream: false, bodyBytes: 0 });
const pool = makePool(gw.url, 32);
const reqFor = (i) => ({ headers: headersFor(bare ? 'sim-key' : BENCH_KEY), body: bodies[i % bodies.length] });
try {
  await closedLoop({ pool, concurrency: 32, count: 3000, reqFor });
  const data = join(dir, 'perf.data');
  const straceOut = join(dir, 'strace.txt');
  const rec = values.syscalls
    ? spawn('strace', ['-c', '-f', '-o', straceOut, '-p', String(gw.pid)], { stdio: 'ignore' })
    : spawn('perf', ['record', '-F', '999', '-g', '-o', data, '-p', String(gw.pid)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 300));
  const res = await closedLoop({ pool, concurrency: 32, count: Number(values.requests), reqFor, maxMs: 300_000 });
  rec.kill('SIGINT');
  await new Promise((r) => rec.once('exit', r));
  log(`${res.ok} ok, ${res.failed} failed in ${(res.elapsedMs / 1000).toFixed(1)} s; perf data ${data} (999 samples a second of CPU)`);
  if (values.syscalls) {
    const rows = readFileSync(straceOut, 'utf8').split('\n').map((l) => l.trim().split(/\s+/)).filter((f) => f.length >= 5 && /^\d/.test(f[3]));
    for (const f of rows) process.stdout.write(`${(Number(f[3]) / res.ok).toFixed(3).padStart(8)} per request  ${f[f.length - 1]}\n`);
  } else {
    const report = execFileSync('perf', ['report', '-i', data, '--no-children', '--sort', 'sym', '--stdio', '-g', 'none', '--percent-limit', '0.3'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (values.out) writeFileSync(values.out, report);
    process.stdout.write(report.split('\n').filter((l) => l && !l.startsWith('#')).slice(0, Number(values.top)).join('\n') + '\n');
    const stacks = execFileSync('perf', ['script', '-i', data, '-F', 'ip,sym'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    process.stdout.write(`\nCPU per request (µs, 999 samples a second) by the innermost project function's file, else the first JS frame's:\n`);
    for (const [where, us] of byProjectFile(stacks, res.ok)) process.stdout.write(`${us.toFixed(2).padStart(8)}  ${where}\n`);
  }
} finally {
  await pool.close();
  await gw.stop();
  await sim.stop();
}
