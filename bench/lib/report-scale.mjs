// Rows of the table for the phases about scale: 1 MB bodies and 10,000 orgs (called by report.mjs's buildRows).

/** `h`: report.mjs's helpers { section, row, cpuRows, baseRows, num, ms }. */
export function scaleRows(R, h) {
  const { section, row, cpuRows, baseRows, num, ms } = h;
  const big = R.phases.body1mb;
  if (big) {
    section(`CPU per request, ~${(R.settings.body1mb.bodyBytes / 1e6).toFixed(1)} MB JSON bodies, closed loop, concurrency ${R.settings.body1mb.concurrency}`);
    cpuRows('JSON, "haiku", 1 MB body (µs)', big.bare, big.gateway, false);
    row('  target <= 3x', '', '', '', '', '<= 3x', (big.gateway.cpuUsPerReq / big.bare.cpuUsPerReq) <= 3);
    if (big['gateway-redis']) cpuRows('  same, budgets in Redis (µs)', big.bare, big['gateway-redis'], false);
    baseRows(big);
    if (big.gateway.failed) row(`  gateway: ${big.gateway.failed} failed ${JSON.stringify(big.gateway.failures)}`.slice(0, 110), '', '', '', '');
  }
  const orgs = R.phases.orgs;
  if (!orgs) return;
  for (const [mode, o] of Object.entries(orgs)) {
    if (!o) continue;
    section(`${o.orgs} orgs configured, budgets in ${mode} (a gateway of its own)`);
    row('start-up: time to /healthz (ms) / RSS after 1 s (MB)', '', '', `${num(o.startMs, 0)} / ${num(o.startRssMb, 0)}`, '', '< 200 MB', o.startRssMb < 200);
    row('idle, before any request: gateway CPU (% of a core)', '', '', num(o.idleBefore.cpuPct, 2), '', '< 2%', o.idleBefore.cpuPct < 2);
    if (o.idleBefore.redisCommandsPerSec !== undefined) row('  redis commands/s', '', '', num(o.idleBefore.redisCommandsPerSec, 1), '', '< 100', o.idleBefore.redisCommandsPerSec < 100);
    row('  /metrics: size (KB) / scrape (ms)', '', '', `${num(o.metricsAtStart.bytes / 1024, 0)} / ${ms(o.metricsAtStart.ms)}`, '');
    const f = o.firstRequests;
    row(`first request of ${f.orgs} orgs: failed (429 or other)`, '', '', `${f.failed} ${f.failed ? JSON.stringify(f.failures) : ''}`.trim(), '', '0', f.failed === 0);
    row('  latency p50 / p99 / max (ms)', '', '', `${ms(f.latencyMs.p50)} / ${ms(f.latencyMs.p99)} / ${ms(f.latencyMs.max)}`, '');
    row('idle, after those requests: gateway CPU (% of a core)', '', '', num(o.idleAfter.cpuPct, 2), '', '< 2%', o.idleAfter.cpuPct < 2);
    if (o.idleAfter.redisCommandsPerSec !== undefined) row('  redis commands/s', '', '', num(o.idleAfter.redisCommandsPerSec, 1), '', '< 100', o.idleAfter.redisCommandsPerSec < 100);
    row('/metrics after them: size (KB) / scrape (ms)', '', '', `${num(o.metrics.bytes / 1024, 0)} / ${ms(o.metrics.ms)}`, '');
    const rl = o.reload;
    row(`reload changing one org, under traffic: latency max - p50 (ms)${rl.applied ? '' : ' (NOT APPLIED)'}`, '', '', ms(rl.latencyMs.max - rl.latencyMs.p50), '', '< 50 ms', rl.applied && rl.latencyMs.max - rl.latencyMs.p50 < 50);
    row('  latency p50 / p99 / max (ms), failed', '', '', `${ms(rl.latencyMs.p50)} / ${ms(rl.latencyMs.p99)} / ${ms(rl.latencyMs.max)}, ${rl.failed}`, '');
    const c = o.control?.latencyMs;
    if (c) row('  same traffic just before, no reload: max - p50 (ms)', '', '', ms(c.max - c.p50), '');
  }
}
