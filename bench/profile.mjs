#!/usr/bin/env node
// CPU profiles of the gateway under load: one gateway process per load kind, run as
// `node --cpu-prof --cpu-prof-dir=DIR/<kind> dist/cli.js serve ...`, stopped with SIGTERM so V8 writes the
// profile, then summarised by bench/top-functions.mjs.
//   node bench/profile.mjs [--dir /tmp/gw-prof] [--kinds json,stream,auto] [--requests N] [--target gateway|bare]
//                          [--budget generous|none] [--redis] [--concurrency 32] [--top 25] [--body-bytes N]
// --body-bytes N: bodies of about N bytes (the body1mb phase's 1 MB document in the first message; try --concurrency 4).
// --redis: the org's budget in a redis-server of its own (the production configuration).
// Needs dist/ (npm run build). Writes DIR/<kind>/*.cpuprofile and DIR/<kind>/summary.txt.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { makeBodies } from './lib/bodies.mjs';
import { closedLoop, makePool } from './lib/load.mjs';
import { Child, startRedisServer } from './lib/procs.mjs';
import { BENCH_KEY, freePort, HAIKU_ID, ROOT, headersFor, simBehaviour, startGateway, startSim } from './lib/setup.mjs';
import { render, summarise } from './top-functions.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: '/tmp/gw-prof' },
    kinds: { type: 'string', default: 'json,stream' },
    requests: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '32' },
    target: { type: 'string', default: 'gateway' },
    budget: { type: 'string', default: 'generous' },
    top: { type: 'string', default: '25' },
    redis: { type: 'boolean', default: false },
    'body-bytes': { type: 'string', default: '0' },
  },
});
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const bodyBytes = Number(values['body-bytes']);
const children = [];
process.once('exit', () => children.forEach((c) => c.killNow()));

async function profileKind(sim, kind, logs, redisUrl) {
  const dir = join(values.dir, `${values.target}${values.budget === 'none' ? '-nobudget' : ''}${redisUrl ? '-redis' : ''}${bodyBytes ? `-${bodyBytes}b` : ''}-${kind}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const stream = kind === 'stream';
  const nodeArgs = [`--cpu-prof`, `--cpu-prof-dir=${dir}`];
  let proc;
  if (values.target === 'bare') {
    proc = new Child('bare-prof', [...nodeArgs, join(ROOT, 'bench/bare-proxy.mjs'), '--upstream', sim.url, '--port', '0'], { logFile: join(logs, `bare-${kind}.log`), cwd: ROOT });
    children.push(proc);
    proc.url = (await proc.waitForLog(/PROXY_URL=(\S+)/))[1];
  } else {
    proc = await startGateway(logs, sim.url, { nodeArgs, name: `gateway-${kind}`, budget: values.budget, redisUrl });
    children.push(proc);
  }
  const model = values.target === 'bare' ? HAIKU_ID : kind === 'auto' ? 'auto' : 'haiku';
  // Large bodies: 4 distinct ones, as in the body1mb phase (256 of 1 MB would be 256 MB in the load generator).
  const bodies = makeBodies({ n: bodyBytes ? 4 : 256, model, tokens: bodyBytes ? 20 : 50, stream, bodyBytes });
  const headers = headersFor(values.target === 'bare' ? 'sim-key' : BENCH_KEY);
  const pool = makePool(proc.url, concurrency);
  try {
    const res = await closedLoop({ pool, concurrency, count: requests, reqFor: (i) => ({ headers, body: bodies[i % bodies.length] }), stream, maxMs: 300_000 });
    log(`  ${kind}: ${res.ok} ok, ${res.failed} failed ${JSON.stringify(res.failures)} in ${(res.elapsedMs / 1000).toFixed(1)} s`);
    if (redisUrl) log(`  redis commands per request: ${redisCommandsPerRequest(redisUrl, res.ok)}`);
  } finally {
    await pool.close();
    await proc.stop(30_000);
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile in ${dir} (did the process exit cleanly?)\n${proc.tail()}`);
  const summary = render(summarise(JSON.parse(readFileSync(join(dir, file), 'utf8')), Number(values.top)), `${values.target} ${kind}, ${join(dir, file)}`);
  writeFileSync(join(dir, 'summary.txt'), `${summary}\n`);
  return summary;
}

/** Commands Redis ran per request, by name (`INFO commandstats`, counted since the last call: it resets them). */
function redisCommandsPerRequest(url, requests) {
  const out = execFileSync('redis-cli', ['-u', url, 'info', 'commandstats'], { encoding: 'utf8' });
  execFileSync('redis-cli', ['-u', url, 'config', 'resetstat']);
  const calls = [...out.matchAll(/^cmdstat_(\S+):calls=(\d+)/gm)].map(([, name, n]) => [name, Number(n) / requests]);
  return calls.filter(([, n]) => n >= 0.005).map(([name, n]) => `${name} ${n.toFixed(3)}`).join(', ');
}

const logs = mkdtempSync(join(tmpdir(), 'gw-prof-logs-'));
try {
  const sim = await startSim(logs);
  children.push(sim);
  await simBehaviour(sim.url, {});
  const redis = values.redis ? await startRedisServer(logs, await freePort()) : undefined;
  if (redis) children.push(redis);
  for (const kind of values.kinds.split(',')) {
    log(`profiling ${values.target} under ${kind} load (${requests} requests, concurrency ${concurrency})`);
    process.stdout.write(`${await profileKind(sim, kind, logs, redis?.url)}\n\n`);
  }
  rmSync(logs, { recursive: true, force: true }); // kept when something failed, for the processes' logs
} finally {
  await Promise.all(children.map((c) => c.stop()));
}
