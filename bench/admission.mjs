#!/usr/bin/env node
// In-process cost of a budgeted admission in memory, per request: OrgLimits.admitNow, its headers copied into a
// list as the pipeline does, then settle; the bench's budget (never binds). Median of 9 rounds of 200,000.
//   node bench/admission.mjs [DIST]     (default: this worktree's dist; give a base build's dist to compare)
import { resolve } from 'node:path';
import { ROOT } from './lib/setup.mjs';

const dist = resolve(process.argv[2] ?? `${ROOT}/dist`);
const { configSchema } = await import(`${dist}/config/schema.js`);
const { createLogger } = await import(`${dist}/logger.js`);
const { createMetrics } = await import(`${dist}/metrics/registry.js`);
const { OrgLimits } = await import(`${dist}/limits/org-limits.js`);
const price = { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 };
const config = configSchema.parse({
  models: { haiku: { id: 'claude-haiku-4-5', price }, sonnet: { id: 'claude-sonnet-4-6', price }, opus: { id: 'claude-opus-4-7', price } },
  limits: { onStoreFailure: 'open', replicas: 1 },
  orgs: [{ id: 'bench', keys: [`sha256:${'0'.repeat(64)}`], budget: { rpm: 1e9, itpm: 1e12, otpm: 1e12, concurrency: 1e6 } }],
});
const limits = new OrgLimits(config, { metrics: createMetrics({ defaultMetrics: false }), logger: createLogger({ level: 'silent' }) });
const org = config.orgs[0];
const usage = { inputTokens: 300, outputTokens: 50, cacheCreationInputTokens: 0, cacheReadInputTokens: 0 };
let sink = 0;
function round(n) {
  const list = [];
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const ticket = limits.admitNow({ org, inputTokens: 320 + (i & 63), maxTokens: 1024 });
    list.length = 0;
    for (const name in ticket.headers) list.push(name, ticket.headers[name]);
    sink += list.length;
    ticket.settle(usage);
  }
  return Number(process.hrtime.bigint() - t) / n;
}
for (let i = 0; i < 5; i++) round(100000);
const rs = [];
for (let i = 0; i < 9; i++) rs.push(round(200000));
rs.sort((a, b) => a - b);
console.log(`${dist}: median ${rs[4].toFixed(0)} ns/request [${rs[0].toFixed(0)}-${rs[8].toFixed(0)}] sink ${sink > 0}`);
