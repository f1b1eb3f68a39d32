// Two gateway replicas on one Redis; one org with rpm 120 (2 a second), drained first.
// For each fault, requests arrive at 10/s spread over both replicas for the window; admitted (200) vs due (2/s x window).
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const ROOT = process.argv[2] ?? '/work/wt-20';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const RPORT = 18731, SIMPORT = 18732, GPORTS = [18733, 18734];
let redis;
const startRedis = async () => {
  redis = spawn('redis-server', ['--port', String(RPORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await sleep(300);
};
const hash = (await import(`${ROOT}/dist/pipeline/authenticate.js`)).hashKey('fault-key');
const dir = mkdtempSync(join(tmpdir(), 'gw-faults-'));
const cfg = join(dir, 'gw.yaml');
writeFileSync(cfg, `
server: { host: 127.0.0.1 }
upstream: { baseUrl: http://127.0.0.1:${SIMPORT} }
models:
  haiku:  { id: claude-haiku-4-5,  price: { input: 1, output: 5,  cacheWrite: 1.25, cacheRead: 0.10 } }
  sonnet: { id: claude-sonnet-4-6, price: { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.30 } }
  opus:   { id: claude-opus-4-7,   price: { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.50 } }
limits: { redis: { url: redis://127.0.0.1:${RPORT} }, replicas: 1, onStoreFailure: open }
orgs:
  - id: faults
    keys: ["sha256:${hash}"]
    budget: { rpm: 120, maxQueueMs: 0 }
`);
await startRedis();
const sim = spawn('node', [`${ROOT}/dist/cli.js`, 'sim', '--port', String(SIMPORT)], { stdio: 'ignore' });
const gws = GPORTS.map((p) => spawn('node', [`${ROOT}/dist/cli.js`, 'serve', '--config', cfg, '--port', String(p)], { stdio: 'ignore', env: { ...process.env, ANTHROPIC_API_KEY: 'x', LOG_LEVEL: 'warn' } }));
const ready = async () => { for (let i = 0; i < 200; i++) { try { const ok = await Promise.all(GPORTS.map(async (p) => (await (await fetch(`http://127.0.0.1:${p}/readyz`)).json()).limits.healthy)); if (ok.every(Boolean)) return; } catch {} await sleep(100); } throw new Error('not ready'); };
await sleep(1000); await ready();
const ask = async (port) => {
  const t0 = performance.now();
  try {
    const res = await fetch(`http://127.0.0.1:${port}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'fault-key' }, body: JSON.stringify({ model: 'haiku', max_tokens: 5, messages: [{ role: 'user', content: 'hi [sim:tokens=1]' }] }), signal: AbortSignal.timeout(15000) });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - t0 };
  } catch { return { status: 0, ms: performance.now() - t0 }; }
};
const drain = async () => { for (let i = 0; i < 400; i++) { const r = await ask(GPORTS[i % 2]); if (r.status === 429) { let n = 0; for (let j = 0; j < 6; j++) if ((await ask(GPORTS[j % 2])).status === 429) n++; if (n === 6) return; } } };
const load = async (seconds) => {
  const all = [];
  for (let i = 0; i < seconds * 10; i++) { all.push(ask(GPORTS[i % 2])); await sleep(100); }
  const res = await Promise.all(all);
  const ms = res.map((r) => r.ms).sort((a, b) => a - b);
  return { admitted: res.filter((r) => r.status === 200).length, due: seconds * 2, other: res.filter((r) => r.status !== 200 && r.status !== 429).map((r) => r.status).slice(0, 5).join(' '), p50ms: Math.round(ms[Math.floor(ms.length / 2)]) };
};
if (process.env.PROBE) { await new Promise((r) => setTimeout(r, 600000)); }
const out = {};
await drain(); out.baseline = await load(10);
await drain(); redis.kill('SIGKILL'); out.killed = await load(20); await startRedis(); await ready(); await sleep(1000);
await drain(); redis.kill('SIGKILL'); await startRedis(); out.restartedEmpty = await load(20);
await ready(); await sleep(1000); await drain(); redis.kill('SIGSTOP'); const stall = load(5); setTimeout(() => redis.kill('SIGCONT'), 5000); out.stall5s = await stall;
console.log(JSON.stringify(out));
for (const g of gws) g.kill('SIGKILL'); sim.kill('SIGKILL'); redis.kill('SIGKILL');
process.exit(0);
