#!/usr/bin/env node
// The upstream HTTP client's CPU alone: bench/client-proxy.mjs with each client, next to the floor, in the
// same rounds (alternating in direction), JSON and unpaced SSE. Prints each target's median µs per request
// and its median per-round ratio to the floor and to the `http` variant.
//   node bench/ab-client.mjs [--rounds 8] [--kinds json,stream] [--clients http,undici,undici-client,gateway-attempt,gateway-attempt@DIR]
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuPhase } from './lib/phases.mjs';
import { Child } from './lib/procs.mjs';
import { HAIKU_ID, ROOT, startBare, startSim } from './lib/setup.mjs';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '8' },
    kinds: { type: 'string', default: 'json,stream' },
    clients: { type: 'string', default: 'http,undici' },
  },
});
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dir = mkdtempSync(join(tmpdir(), 'gw-abc-'));
const children = [];
process.once('exit', () => children.forEach((c) => c.killNow()));
const started = (c) => (children.push(c), c);

/** `client`, or `gateway-attempt@DIR`: the gateway's upstream call from the build in DIR. */
async function startClientProxy(simUrl, name, n) {
  const [client, dist] = name.split('@');
  const args = [join(ROOT, 'bench/client-proxy.mjs'), '--upstream', simUrl, '--client', client, ...(dist ? ['--dist', dist] : [])];
  const child = new Child(`proxy-${n}`, args, { logFile: join(dir, `proxy-${n}.log`), cwd: ROOT });
  child.url = (await child.waitForLog(/PROXY_URL=(\S+)/))[1];
  return child;
}

const sim = started(await startSim(dir));
const bare = started(await startBare(dir, sim.url));
const t = (name, child) => ({ name, url: child.url, child, model: HAIKU_ID, key: 'sim-key' });
const clients = values.clients.split(',');
const targets = [t('bare', bare)];
for (const [n, c] of clients.entries()) targets.push(t(c, started(await startClientProxy(sim.url, c, n))));
const load0 = loadavg()[0];
const settings = { warmup: 1500, warmupMs: 1500, perRound: 800, roundMs: 2500, rounds: Number(values.rounds), concurrency: 32, tokens: 50 };
for (const kind of values.kinds.split(',')) {
  log(`${kind}: ${settings.rounds} rounds`);
  const res = await cpuPhase({ sim, targets, stream: kind === 'stream', ...settings });
  const per = (name) => res[name].rounds.map((r) => r.cpuUsPerReq);
  const fl = per('bare');
  const base = per(clients[0]);
  for (const c of clients) {
    const xs = per(c);
    console.log(
      `${kind} ${c}: median ${median(xs).toFixed(1)} µs (floor ${median(fl).toFixed(1)}); to the floor ${median(xs.map((x, i) => x / fl[i])).toFixed(3)}x; to ${clients[0]} ${median(xs.map((x, i) => x / base[i])).toFixed(3)}x, minus ${clients[0]} ${median(xs.map((x, i) => x - base[i])).toFixed(1)} µs [${xs.map((x, i) => (x - base[i]).toFixed(1)).join(' ')}]`,
    );
  }
}
console.log(`load average ${load0.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`);
await Promise.all(children.map((c) => c.stop()));
