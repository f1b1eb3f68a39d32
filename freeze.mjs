// Measures how long /healthz waits while one authenticated 32 MiB body of 500,000 tiny messages is processed.
import { request } from 'node:http';
const [,, url, key] = process.argv;
const u = new URL(url);
const msg = (i) => `{"role":"${i % 2 ? 'assistant' : 'user'}","content":"tiny message number ${String(i).padStart(7, '0')} ......."}`;
const parts = [];
for (let i = 0; i < 500_000; i++) parts.push(msg(i));
const body = Buffer.from(`{"model":"auto","max_tokens":10,"messages":[${parts.join(',')}]}`);
console.log('body MiB', (body.length / 2 ** 20).toFixed(1));
const get = () => new Promise((resolve) => {
  const t0 = performance.now();
  const r = request({ host: u.hostname, port: u.port, path: '/healthz', agent: false }, (res) => { res.resume(); res.on('end', () => resolve(performance.now() - t0)); });
  r.end();
});
async function run() {
  let worst = 0; let stop = false; const lat = [];
  const poller = (async () => { while (!stop) { const ms = await get(); lat.push(ms); worst = Math.max(worst, ms); await new Promise((r) => setTimeout(r, 5)); } })();
  await new Promise((r) => setTimeout(r, 200));
  const t0 = performance.now();
  const status = await new Promise((resolve) => {
    const r = request({ host: u.hostname, port: u.port, path: '/v1/messages', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'x-api-key': key, 'content-length': body.length } }, (res) => { let t=''; res.on('data', (c) => (t += c)); res.on('end', () => resolve(`${res.statusCode} ${t.slice(0, 160)}`)); });
    r.end(body);
  });
  const total = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 200));
  stop = true; await poller;
  lat.sort((a, b) => a - b);
  console.log(JSON.stringify({ status, requestMs: Math.round(total), healthzWorstMs: Math.round(worst), healthzP99Ms: Math.round(lat[Math.floor(lat.length * 0.99)]), samples: lat.length }));
}
for (let i = 0; i < 3; i++) await run();
process.exit(0);
