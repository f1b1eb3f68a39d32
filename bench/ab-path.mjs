#!/usr/bin/env node
// In-process A/B of pieces of the request path, this build against a base build, on the bench's bodies: each
// piece runs from both builds' modules in the same process, alternating in rounds, and CPU time per call is
// compared (median of rounds). On a shared host both sides see the same load, so it resolves a fraction of a µs
// where a whole-process A/B (ab-cpu.mjs) does not.
//   node bench/ab-path.mjs --base-dist DIR [--rounds 9] [--calls 50000] [--only estimate,log]
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { makeBodies } from './lib/bodies.mjs';
import { DIST } from './lib/setup.mjs';

const { values } = parseArgs({
  options: {
    'base-dist': { type: 'string' },
    rounds: { type: 'string', default: '9' },
    calls: { type: 'string', default: '50000' },
    only: { type: 'string', default: '' },
  },
});
if (!values['base-dist']) throw new Error('--base-dist DIR is required');
const load = (dist, file) => import(pathToFileURL(join(resolve(dist), file)).href);
const bodies = makeBodies({ n: 256, model: 'haiku' });

/** The request line as `account` writes it for the bench's answer (fields and order as in src/pipeline/account.ts). */
const logFields = (i) => ({
  requestId: `req_sim_2dc4c01e${(i + 1e7).toString(16)}`,
  gatewayRequestId: `req_gw_8e1c2a9f03b4${i.toString(36).padStart(6, '0')}`,
  kind: 'messages',
  org: 'bench',
  route: 'explicit',
  tier: 'small',
  model: 'claude-haiku-4-5',
  fallbackFrom: undefined,
  feature: undefined,
  reason: 'model alias haiku',
  stream: false,
  status: 200,
  errorType: undefined,
  errorCode: undefined,
  outputEstimated: undefined,
  tokens: { input: 412, output: 50, cacheWrite: 0, cacheRead: 0 },
  costUsd: 0.000662 + i * 1e-9,
  durationMs: 2,
  ttftMs: undefined,
  overheadMs: 0.213,
  queuedMs: 0,
  prompt: undefined,
});

/** Each piece: (dist) => a function of the call number. */
const pieces = {
  async validate(dist) {
    const { validateMessages } = await load(dist, 'pipeline/validate.js');
    return (i) => validateMessages(bodies[i & 255]).body.max_tokens;
  },
  async estimate(dist) {
    const { validateMessages } = await load(dist, 'pipeline/validate.js');
    const { estimateInputTokens } = await load(dist, 'limits/estimate.js');
    // Parsed per call, as each request's body is: a remembered text is a new string every time.
    return (i) => estimateInputTokens(validateMessages(bodies[i & 255]).body);
  },
  async log(dist) {
    const { createLogger, LineBatch, infoLine } = await load(dist, 'logger.js');
    let bytes = 0;
    const batch = new LineBatch({ write: (text) => (bytes += text.length), flushSync: () => undefined });
    const logger = createLogger({ level: 'info', destination: batch });
    return infoLine ? (i) => infoLine(logger, logFields(i), 'request') : (i) => logger.info(logFields(i), 'request');
  },
};

const names = values.only ? values.only.split(',') : Object.keys(pieces);
const rounds = Number(values.rounds);
const calls = Number(values.calls);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuUs = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
for (const name of names) {
  const sides = { new: await pieces[name](DIST), base: await pieces[name](values['base-dist']) };
  if (name === 'validate' || name === 'estimate') {
    // Pieces that return a value must agree.
    for (let i = 0; i < 256; i++) if (sides.new(i) !== sides.base(i)) throw new Error(`${name}: builds disagree on body ${i}`);
  }
  const per = { new: [], base: [] };
  for (let r = 0; r < rounds + 1; r++) {
    for (const side of r % 2 ? ['base', 'new'] : ['new', 'base']) {
      const f = sides[side];
      const t0 = cpuUs();
      for (let i = 0; i < calls; i++) f(i);
      if (r > 0) per[side].push((cpuUs() - t0) / calls); // round 0 warms both up
    }
  }
  const ratios = per.new.map((x, i) => x / per.base[i]);
  console.log(`${name.padEnd(9)} new ${median(per.new).toFixed(3)} µs, base ${median(per.base).toFixed(3)} µs per call; new/base median ${median(ratios).toFixed(3)} [${ratios.map((x) => x.toFixed(2)).join(' ')}]`);
}
