// How long one org's 32 MiB bodies of 500,000 tiny messages stall a replica (docs/operations.md, large bodies).
// After `npm run build`: `node scripts/large-body-stall.mjs [ROOT] [--bodies N]` (ROOT: a checkout with dist/, default .).
// One gateway process; an upstream in this process that reads each body as bytes and answers one message.
// While org "big" sends N such bodies one after another, /healthz and org "small" (a tiny request) are asked
// back to back (5 ms apart); the worst and p99 latency of each, from the first large body on, are printed. Uses loopback ports 18741-18742.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const bodiesAt = args.indexOf('--bodies');
const BODIES = bodiesAt >= 0 ? Number(args[bodiesAt + 1]) : 3;
const ROOT = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--bodies') ?? '.');
const UPSTREAM_PORT = 18741;
const GATEWAY_PORT = 18742;
const GATEWAY = `http://127.0.0.1:${GATEWAY_PORT}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const hash = (key) => `sha256:${createHash('sha256').update(key).digest('hex')}`;

const upstream = createServer((req, res) => {
  req.on('data', () => undefined);
  req.on('end', () => {
    const message = { id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-haiku-4-5', content: [{ type: 'text', text: 'hi' }], stop_reason: 'end_turn', usage: { input_tokens: 3, output_tokens: 1 } };
    res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_up' }).end(JSON.stringify(message));
  });
});
await new Promise((done) => upstream.listen(UPSTREAM_PORT, '127.0.0.1', done));

const config = join(mkdtempSync(join(tmpdir(), 'gw-large-body-')), 'gw.yaml');
writeFileSync(config, `
server: { host: 127.0.0.1 }
upstream: { baseUrl: http://127.0.0.1:${UPSTREAM_PORT} }
models:
  haiku:  { id: claude-haiku-4-5,  price: { input: 1, output: 5,  cacheWrite: 1.25, cacheRead: 0.10 } }
  sonnet: { id: claude-sonnet-4-6, price: { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.30 } }
  opus:   { id: claude-opus-4-7,   price: { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.50 } }
orgs:
  - { id: big, keys: ["${hash('big-key')}"] }
  - { id: small, keys: ["${hash('small-key')}"] }
`);
const gateway = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'serve', '--config', config, '--port', String(GATEWAY_PORT)], {
  stdio: 'ignore',
  env: { ...process.env, ANTHROPIC_API_KEY: 'x', LOG_LEVEL: 'warn' },
});
process.once('exit', () => gateway.kill('SIGKILL'));
for (let i = 0; ; i++) {
  if (i === 200) throw new Error('gateway not ready');
  if (await fetch(`${GATEWAY}/healthz`).then((r) => r.ok, () => false)) break;
  await sleep(100);
}

const parts = [];
for (let i = 0; i < 499_999; i++) parts.push(`{"role":"${i % 2 === 0 ? 'user' : 'assistant'}","content":"${`m${i} `.padEnd(34, 'x')}"}`);
parts.push('{"role":"user","content":"ok?"}');
const big = Buffer.from(`{"model":"auto","max_tokens":16,"messages":[${parts.join(',')}]}`);
const small = JSON.stringify({ model: 'haiku', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] });
const post = (key, body) =>
  fetch(`${GATEWAY}/v1/messages`, { method: 'POST', headers: { 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01' }, body });

let sending = true;
let measuring = false;
const probe = async (ask) => {
  const latencies = [];
  while (sending) {
    const counted = measuring;
    const started = performance.now();
    const res = await ask();
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`probe answered ${res.status}`);
    if (counted) latencies.push(performance.now() - started);
    await sleep(5);
  }
  return latencies;
};
const probes = [probe(() => fetch(`${GATEWAY}/healthz`)), probe(() => post('small-key', small))];
// Warm-up, not counted: the probes' first answers load modules and open connections.
await sleep(1_000);
measuring = true;
const bigResults = [];
for (let i = 0; i < BODIES; i++) {
  const started = performance.now();
  const res = await post('big-key', big);
  await res.arrayBuffer();
  bigResults.push(`${res.status} in ${Math.round(performance.now() - started)} ms`);
}
sending = false;
const [health, other] = await Promise.all(probes);
const summary = (name, latencies) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))];
  return `${name}: ${sorted.length} answers, worst ${sorted.at(-1).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, median ${sorted[sorted.length >> 1].toFixed(1)} ms`;
};
console.log(`${ROOT}: ${BODIES} bodies of ${(big.length / 1024 / 1024).toFixed(1)} MiB (500,000 messages) from org big: ${bigResults.join(', ')}`);
console.log(summary('/healthz', health));
console.log(summary('org small', other));
gateway.kill('SIGKILL');
upstream.close();
process.exit(0);
