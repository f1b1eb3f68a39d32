// The table: every gateway figure next to the floor's (the bare proxy) and as a ratio to it.
import { scaleRows } from './report-scale.mjs';

const num = (v, digits) => (v === undefined || v === null || Number.isNaN(v) ? '—' : Number(v).toFixed(digits));
const ms = (v) => (v === undefined || Number.isNaN(v) ? '—' : Math.abs(v) < 0.1 ? v.toFixed(3) : v.toFixed(2));
// No ratio to a floor figure that is zero or negative (added latencies are differences of noisy quantiles).
const ratio = (gw, floor) => (gw === undefined || floor === undefined || !(floor > 0) || Number.isNaN(gw) ? '—' : `${(gw / floor).toFixed(2)}x`);
const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};
/**
 * gateway/floor CPU of each pair of rounds, and their median; undefined with fewer than 2 pairs. Rounds of
 * different targets are interleaved, so round i of the gateway and of the floor ran under similar
 * conditions: the ratios of the pairs, and their median, show how much of a difference is noise.
 */
const roundRatios = (g, b) => {
  const ratios = (g?.rounds ?? []).map((r, i) => r.cpuUsPerReq / b.rounds[i]?.cpuUsPerReq).filter((x) => x > 0);
  return ratios.length >= 2 ? { ratios, median: median(ratios) } : undefined;
};
/** Per round, a target's figure minus direct's in the same round (undefined if fewer than 2 rounds). */
const perRoundAdded = (rounds = [], directRounds = []) => {
  const added = rounds.map((v, i) => v - directRounds[i]).filter((x) => !Number.isNaN(x));
  return added.length >= 2 ? added : undefined;
};
/** The detail line under a median-of-rounds row: the gateway's rounds, then the floor's. */
const roundsLine = (indent, gateway, floor) => `${indent}round by round: ${gateway.map((v) => v.toFixed(2)).join(' ')} (floor: ${floor.map((v) => v.toFixed(2)).join(' ')})`;
/** The rate at which issue 23 judges Redis mode's added p99 (< 2 ms). */
const REDIS_LATENCY_RATE = 300;
const verdict = (ok) => (ok === undefined ? '' : ok ? 'PASS' : 'FAIL');

/** Rows of [metric, direct, floor, gateway, gw/floor, target, verdict]. */
export function buildRows(R) {
  const rows = [];
  const section = (title) => rows.push({ section: title });
  const row = (metric, direct, floor, gateway, rat, target = '', ok) => rows.push({ cells: [metric, direct, floor, gateway, rat, target, verdict(ok)] });

  // CPU per request: the ratio of the totals, and the median of the per-round ratios, which decides the
  // verdict (as for latency: one disturbed pair of rounds moves the totals, not the median).
  const cpuRows = (label, b, g, target) => {
    const rounds = g.broken ? undefined : roundRatios(g, b);
    const decisive = rounds?.median ?? g.cpuUsPerReq / b.cpuUsPerReq;
    const shown = rounds ? `${ratio(g.cpuUsPerReq, b.cpuUsPerReq)} (median ${rounds.median.toFixed(2)}x)` : ratio(g.cpuUsPerReq, b.cpuUsPerReq);
    row(label, '', num(b.cpuUsPerReq, 1), g.broken ? 'BROKEN' : num(g.cpuUsPerReq, 1), g.broken ? '' : shown, target ? '<= 2x (aim 1.5x)' : '', target ? !g.broken && decisive <= 2 : undefined);
    if (rounds) row(`  round by round: ${rounds.ratios.map((x) => x.toFixed(2)).join(' ')}`, '', '', '', '');
  };

  // With --base-dist: this build against the base build, round by round (in the floor column, the base's figure).
  const baseRows = (phase) => {
    if (phase['gateway-base']) cpuRows('  this build against the base build (--base-dist) (µs)', phase['gateway-base'], phase.gateway, false);
  };

  const cj = R.phases.cpuJson;
  if (cj) {
    section(`CPU per request (process utime+stime / requests), closed loop, concurrency ${R.settings.cpu.concurrency}`);
    const b = cj.bare;
    // "auto" does what the floor cannot (classify the prompt), so its row has no target; the classifier's own
    // cost is the last section of the table.
    for (const [name, label, target] of [
      ['gateway', 'JSON, model "haiku" (µs)', true],
      ['gateway-auto', 'JSON, model "auto": the same plus classify() (µs)', false],
      ['gateway-nobudget', 'JSON, "haiku", org without budget (µs)', true],
    ]) {
      const g = cj[name];
      if (!g) continue;
      cpuRows(label, b, g, target);
      if (g.failed) row(`  ${name}: ${g.failed} failed ${JSON.stringify(g.failures)}`.slice(0, 110), '', '', '', '');
    }
    baseRows(cj);
    row('  JSON throughput at that concurrency (req/s)', '', num(b.reqPerSec, 0), num(cj.gateway?.reqPerSec, 0), ratio(cj.gateway?.reqPerSec, b.reqPerSec));
    if (cj['gateway-nobudget']) row('  same, org without budget (req/s)', '', num(b.reqPerSec, 0), num(cj['gateway-nobudget'].reqPerSec, 0), ratio(cj['gateway-nobudget'].reqPerSec, b.reqPerSec));
    row('  simulator CPU per request, for scale (µs)', num(b.simCpuUsPerReq, 1), '', '', '');
    for (const [name, label] of [
      ['gateway-redis', 'JSON, "haiku", budgets in Redis: the gateway (µs)'],
      ['gateway-redis-x2', 'same, two replicas on one Redis: both gateways (µs)'],
    ]) {
      const r = cj[name];
      if (!r) continue;
      cpuRows(label, b, r, true);
      // The same rounds with redis-server's CPU counted: what the production configuration costs.
      const both = { ...r, cpuUsPerReq: r.cpuUsPerReq + r.auxCpuUsPerReq, rounds: r.rounds.map((x) => ({ cpuUsPerReq: x.cpuUsPerReq + x.auxCpuUsPerReq })) };
      const rr = roundRatios(both, b);
      const decisive = rr?.median ?? both.cpuUsPerReq / b.cpuUsPerReq;
      row('  same, gateway + redis-server (µs)', '', num(b.cpuUsPerReq, 1), num(both.cpuUsPerReq, 1), `${ratio(both.cpuUsPerReq, b.cpuUsPerReq)}${rr ? ` (median ${rr.median.toFixed(2)}x)` : ''}`, '<= 2.5x', !r.broken && decisive <= 2.5);
      row('  same, throughput (req/s)', '', num(b.reqPerSec, 0), num(r.reqPerSec, 0), ratio(r.reqPerSec, b.reqPerSec), name === 'gateway-redis' ? '>= 4000' : '', name === 'gateway-redis' ? r.reqPerSec >= 4000 : undefined);
      if (r.failed) row(`  ${name}: ${r.failed} failed ${JSON.stringify(r.failures)}`.slice(0, 110), '', '', '', '');
    }
  }
  for (const [key, label] of [
    ['cpuStream', `SSE stream, ${R.settings.cpu.tokens} tokens, unpaced: one write (µs)`],
    ['cpuStreamPaced', `SSE stream, ${R.settings.cpu.tokens} tokens at ${R.settings.cpu.streamPaced?.tokensPerSecond} tokens/s (µs)`],
  ]) {
    const cs = R.phases[key];
    if (!cs) continue;
    const b = cs.bare;
    const g = cs.gateway;
    cpuRows(label, b, g, true);
    if (g.broken) row(`  gateway not measured: ${g.broken}`.slice(0, 110), '', '', '', '');
    else row('  stream throughput at that concurrency (req/s)', '', num(b.reqPerSec, 0), num(g.reqPerSec, 0), ratio(g.reqPerSec, b.reqPerSec));
    const nb = cs['gateway-nobudget'];
    if (nb) row('  same stream, org without budget (µs)', '', num(b.cpuUsPerReq, 1), nb.broken ? 'BROKEN' : num(nb.cpuUsPerReq, 1), ratio(nb.cpuUsPerReq, b.cpuUsPerReq));
  }

  // One section per rate (`latency300`, `latency500`); results from before the rates were split have one `latency`.
  const latencies = Object.entries(R.phases)
    .filter(([key]) => /^latency\d*$/.test(key))
    .map(([, lat]) => ({ lat, rate: lat.rate ?? R.settings.latency.rate }))
    .sort((x, y) => x.rate - y.rate);
  for (const { lat, rate } of latencies) {
    section(`Latency at ${rate} req/s, open loop, JSON, sim latency 0 (added = target - direct, per quantile)`);
    const d = lat.direct.latencyMs;
    const add = (t, q) => lat[t].latencyMs[q] - d[q];
    row('latency p50 (ms)', ms(d.p50), ms(lat.bare.latencyMs.p50), ms(lat.gateway.latencyMs.p50), ratio(lat.gateway.latencyMs.p50, lat.bare.latencyMs.p50));
    row('latency p99 (ms)', ms(d.p99), ms(lat.bare.latencyMs.p99), ms(lat.gateway.latencyMs.p99), ratio(lat.gateway.latencyMs.p99, lat.bare.latencyMs.p99));
    row('added latency p50 (ms)', '', ms(add('bare', 'p50')), ms(add('gateway', 'p50')), ratio(add('gateway', 'p50'), add('bare', 'p50')));
    row('added latency p99, all rounds pooled (ms)', '', ms(add('bare', 'p99')), ms(add('gateway', 'p99')), ratio(add('gateway', 'p99'), add('bare', 'p99')));
    // Each round of a target runs next to the same round of "direct"; a stall of the shared machine spoils
    // one round, not the median over rounds (pooled, one stalled "direct" round can even make it negative).
    const p99s = (t) => lat[t]?.roundQuantilesMs?.map((q) => q.p99);
    const roundAdded = (t) => perRoundAdded(p99s(t), p99s('direct'));
    const [bareR, gwR] = [roundAdded('bare'), roundAdded('gateway')];
    if (gwR) {
      row('added latency p99, median of rounds (ms)', '', ms(median(bareR)), ms(median(gwR)), ratio(median(gwR), median(bareR)), '< 2 ms', median(gwR) < 2);
      row(roundsLine('  ', gwR, bareR), '', '', '', '');
    }
    // Recompiling after a deoptimisation (or a GC's marking) runs on these threads and competes for the CPUs.
    const bg = (t) => lat[t]?.backgroundCpuMsPerRound;
    if (bg('gateway')?.length) {
      const shown = (v) => `${num(median(v), 1)} / ${num(Math.max(...v), 1)}`;
      row('  background threads (JIT, GC) CPU per round, median / max (ms)', shown(bg('direct')), shown(bg('bare')), shown(bg('gateway')), '');
      row(`  gateway's, round by round: ${bg('gateway').map((v) => v.toFixed(0)).join(' ')}`, '', '', '', '');
    }
    row('added latency p99.9, pooled (ms)', '', ms(add('bare', 'p99.9')), ms(add('gateway', 'p99.9')), ratio(add('gateway', 'p99.9'), add('bare', 'p99.9')));
    if (lat['gateway-nobudget']) {
      const nbR = roundAdded('gateway-nobudget');
      row('  added p50, org without budget (ms)', '', ms(add('bare', 'p50')), ms(add('gateway-nobudget', 'p50')), ratio(add('gateway-nobudget', 'p50'), add('bare', 'p50')));
      if (nbR) row('  added p99, org without budget, median of rounds (ms)', '', ms(median(bareR)), ms(median(nbR)), ratio(median(nbR), median(bareR)), '< 2 ms', median(nbR) < 2);
    }
    row('  CPU per request at this rate (µs)', '', num(lat.bare.cpuUsPerReq, 1), num(lat.gateway.cpuUsPerReq, 1), ratio(lat.gateway.cpuUsPerReq, lat.bare.cpuUsPerReq));
    if (lat['gateway-nobudget']) row('  same, org without budget (µs)', '', num(lat.bare.cpuUsPerReq, 1), num(lat['gateway-nobudget'].cpuUsPerReq, 1), ratio(lat['gateway-nobudget'].cpuUsPerReq, lat.bare.cpuUsPerReq));
    for (const [name, label] of [
      ['gateway-redis', 'budgets in Redis'],
      ['gateway-redis-x2', 'two replicas on one Redis'],
    ]) {
      const rl = lat[name];
      if (!rl) continue;
      const rR = roundAdded(name);
      row(`${label}: added p50 (ms)`, '', ms(add('bare', 'p50')), ms(add(name, 'p50')), ratio(add(name, 'p50'), add('bare', 'p50')));
      // Issue 23's target for Redis mode is at 300 req/s; at other rates the figure is shown, not judged.
      const judged = rate === REDIS_LATENCY_RATE;
      if (rR) row('  added p99, median of rounds (ms)', '', ms(median(bareR)), ms(median(rR)), ratio(median(rR), median(bareR)), judged ? `< 2 ms at ${rate}/s` : '', judged ? median(rR) < 2 : undefined);
      row('  CPU per request at this rate, gateway + redis-server (µs)', '', num(lat.bare.cpuUsPerReq, 1), `${num(rl.cpuUsPerReq, 1)} + ${num(rl.auxCpuUsPerReq, 1)}`, ratio(rl.cpuUsPerReq + rl.auxCpuUsPerReq, lat.bare.cpuUsPerReq));
      if (rl.failed) row(`  ${name}: ${rl.failed} failed ${JSON.stringify(rl.failures)}`.slice(0, 110), '', '', '', '');
    }
    row('  failed requests', num(lat.direct.failed, 0), num(lat.bare.failed, 0), num(lat.gateway.failed, 0), '');
    row('  load generator lag p99 / max (ms)', `${ms(lat.direct.senderLagMs.p99)} / ${ms(lat.direct.senderLagMs.max)}`, `${ms(lat.bare.senderLagMs.p99)} / ${ms(lat.bare.senderLagMs.max)}`, `${ms(lat.gateway.senderLagMs.p99)} / ${ms(lat.gateway.senderLagMs.max)}`, '');
    const nbl = lat['gateway-nobudget'];
    if (nbl) row('  same, org without budget', '', '', `${ms(nbl.senderLagMs.p99)} / ${ms(nbl.senderLagMs.max)}`, '');
  }

  const tt = R.phases.ttfb;
  if (tt) {
    const pace = R.settings.ttfb.tokensPerSecond ? `paced at ${R.settings.ttfb.tokensPerSecond} tokens/s` : 'unpaced';
    section(`Streams: time to first byte / first content at ${R.settings.ttfb.rate} req/s, open loop, ${R.settings.ttfb.tokens} tokens ${pace}`);
    for (const [f, name] of [
      ['ttfbMs', 'TTFB (first byte)'],
      ['ttftMs', 'TTFT (first content_block_delta)'],
    ]) {
      const d = tt.direct[f];
      const b = tt.bare[f];
      const g = tt.gateway[f];
      row(`${name} p50 (ms)`, ms(d.p50), ms(b.p50), ms(g.p50), ratio(g.p50, b.p50));
      row(`${name} overhead p50 (ms)`, '', ms(b.p50 - d.p50), ms(g.p50 - d.p50), ratio(g.p50 - d.p50, b.p50 - d.p50));
      row(`${name} overhead p99 (ms)`, '', ms(b.p99 - d.p99), ms(g.p99 - d.p99), ratio(g.p99 - d.p99, b.p99 - d.p99));
    }
    row('  failed streams', num(tt.direct.failed, 0), num(tt.bare.failed, 0), num(tt.gateway.failed, 0), '');
  }

  const pc = R.phases.paced;
  if (pc) {
    section(`No buffering: streams paced at ${pc.tokensPerSecond} tokens/s (${(1000 / pc.tokensPerSecond).toFixed(0)} ms a token), ${R.settings.paced.streams} streams per target${pc.rounds > 1 ? `, ${pc.rounds} rounds` : ''}`);
    const g = (t, f, q) => pc[t]?.[f]?.[q];
    row('chunk gap - scheduled gap, p50 (ms)', ms(g('direct', 'gapDeviationMs', 'p50')), ms(g('bare', 'gapDeviationMs', 'p50')), ms(g('gateway', 'gapDeviationMs', 'p50')), '');
    // With several rounds the verdict is the median over rounds of (gateway p99 - direct p99), all targets
    // having run at once in each round: one disturbed round moves the pooled p99, not that median.
    const p99Rows = (label, pooled, perRound) => {
      const added = (t) => perRoundAdded(pc[t]?.[perRound], pc.direct?.[perRound]);
      const [bareR, gwR] = [added('bare'), added('gateway')];
      const byRounds = gwR !== undefined;
      const pooledOk = g('gateway', pooled, 'p99') - g('direct', pooled, 'p99') <= 2;
      row(`${label}, p99${byRounds ? ', pooled' : ''} (ms)`, ms(g('direct', pooled, 'p99')), ms(g('bare', pooled, 'p99')), ms(g('gateway', pooled, 'p99')), '', byRounds ? '' : '<= direct + 2 ms', byRounds ? undefined : pooledOk);
      if (!byRounds) return;
      row(`  p99 minus direct's, median of ${gwR.length} rounds (ms)`, '', ms(median(bareR)), ms(median(gwR)), '', '<= 2 ms', median(gwR) <= 2);
      row(roundsLine('    ', gwR, bareR), '', '', '', '');
    };
    p99Rows('chunk gap - scheduled gap', 'gapDeviationMs', 'roundGapDeviationP99Ms');
    row('chunk lag behind schedule, p50 (ms)', ms(g('direct', 'lagMs', 'p50')), ms(g('bare', 'lagMs', 'p50')), ms(g('gateway', 'lagMs', 'p50')), '');
    p99Rows('chunk lag behind schedule', 'lagMs', 'roundLagP99Ms');
    row('time to first content p50 (ms)', ms(g('direct', 'ttftMs', 'p50')), ms(g('bare', 'ttftMs', 'p50')), ms(g('gateway', 'ttftMs', 'p50')), '');
    row('  chunks carrying events written apart', num(pc.direct?.coalescedChunks, 0), num(pc.bare?.coalescedChunks, 0), num(pc.gateway?.coalescedChunks, 0), '', '0', pc.gateway?.coalescedChunks === 0);
    row('  stalled / failed streams', `${pc.direct?.stalled}/${pc.direct?.failed}`, `${pc.bare?.stalled}/${pc.bare?.failed}`, `${pc.gateway?.stalled}/${pc.gateway?.failed}`, '');
    row('  CPU per paced stream (µs)', '', num(pc.bare?.cpuUsPerStream, 0), num(pc.gateway?.cpuUsPerStream, 0), ratio(pc.gateway?.cpuUsPerStream, pc.bare?.cpuUsPerStream));
  }

  const mem = R.phases.memory;
  if (mem) {
    section(`Memory: ${mem.streams} concurrent slow streams (${mem.tokensPerSecond} tokens/s, ${mem.tokens} tokens, ~${(mem.referenceDurationMs / 1000).toFixed(0)} s each, opened at ${R.settings.memory.rampPerSec}/s)`);
    const d = mem.direct;
    const b = mem.bare;
    const gw = mem.gateway;
    row('RSS before (MB)', d ? num(d.rssBeforeMB, 0) : '', num(b?.rssBeforeMB, 0), num(gw?.rssBeforeMB, 0), ratio(gw?.rssBeforeMB, b?.rssBeforeMB));
    row('RSS peak (MB)', d ? num(d.rssPeakMB, 0) : '', num(b?.rssPeakMB, 0), num(gw?.rssPeakMB, 0), ratio(gw?.rssPeakMB, b?.rssPeakMB), '< 512 MB', gw ? gw.rssPeakMB < 512 : undefined);
    // Growth over the idle RSS per open stream (only meaningful when streams outgrow the heap already there).
    const perStream = (t) => (t && t.rssPeakMB > t.rssBeforeMB ? ((t.rssPeakMB - t.rssBeforeMB) * 1024) / Math.max(1, t.peakOpen) : undefined);
    row('RSS growth per open stream (KB)', d ? num(perStream(d), 1) : '', num(perStream(b), 1), num(perStream(gw), 1), ratio(perStream(gw), perStream(b)));
    row('streams open at once (peak)', d ? num(d.peakOpen, 0) : '', num(b?.peakOpen, 0), num(gw?.peakOpen, 0), '');
    row('streams completed', d ? num(d.ok, 0) : '', num(b?.ok, 0), num(gw?.ok, 0), '', `${mem.streams}`, gw ? gw.ok === mem.streams : undefined);
    const kind = (t, k) => (t ? t.stallKinds?.[k] ?? 0 : undefined);
    row('streams stalled mid-stream (silence > 3x schedule)', d ? num(kind(d, 'gap'), 0) : '', num(kind(b, 'gap'), 0), num(kind(gw, 'gap'), 0), '', '0', gw ? kind(gw, 'gap') === 0 : undefined);
    row('streams whose first content came > 3x late', d ? num(kind(d, 'first'), 0) : '', num(kind(b, 'first'), 0), num(kind(gw, 'first'), 0), '', '0', gw ? kind(gw, 'first') === 0 : undefined);
    row('streams failed', d ? num(d.failed, 0) : '', num(b?.failed, 0), num(gw?.failed, 0), '');
    row('  time to first content p99 (ms)', d ? ms(d.ttftMs.p99) : '', ms(b?.ttftMs.p99), ms(gw?.ttftMs.p99), '');
    row('  chunk lag behind schedule p99 (ms)', d ? ms(d.lagMs.p99) : '', ms(b?.lagMs.p99), ms(gw?.lagMs.p99), '');
    row('  CPU per slow stream (µs)', '', num(b?.cpuUsPerStream, 0), num(gw?.cpuUsPerStream, 0), ratio(gw?.cpuUsPerStream, b?.cpuUsPerStream));
    const nb = mem['gateway-nobudget'];
    if (nb) {
      row('  org without budget: RSS peak (MB)', '', num(b?.rssPeakMB, 0), num(nb.rssPeakMB, 0), ratio(nb.rssPeakMB, b?.rssPeakMB), '< 512 MB', nb.rssPeakMB < 512);
      row('  org without budget: RSS growth per stream (KB)', '', num(perStream(b), 1), num(perStream(nb), 1), ratio(perStream(nb), perStream(b)));
      row('  org without budget: stalled / first content late', '', `${kind(b, 'gap')} / ${kind(b, 'first')}`, `${kind(nb, 'gap')} / ${kind(nb, 'first')}`, '');
      row('  org without budget: time to first content p99 (ms)', '', ms(b?.ttftMs.p99), ms(nb.ttftMs.p99), '');
    }
  }

  scaleRows(R, { section, row, cpuRows, baseRows, num, ms });

  const cl = R.phases.classifier;
  if (cl) {
    section('Classifier, in process');
    if (!cl.available) row('classify() (µs/request)', '', '', 'n/a', '', cl.error ?? '');
    else {
      const floorCpu = R.phases.cpuJson?.bare?.cpuUsPerReq;
      row(
        `classify() median over ${cl.bodies} bodies (µs/request)`,
        '',
        '',
        num(cl.medianUs, 2),
        floorCpu ? `${((cl.medianUs / floorCpu) * 100).toFixed(0)}% of floor CPU/req` : '',
      );
      for (const [k, v] of Object.entries(cl.byKind ?? {})) row(`  ${k} bodies (${v.bodies})`, '', '', num(v.medianUs, 2), '');
    }
  }
  return rows;
}

export function renderTable(R) {
  const rows = buildRows(R);
  const header = ['metric', 'direct', 'floor (bare)', 'gateway', 'gw/floor', 'target', ''];
  // A detail line (text in the first column only, such as "round by round") may run past the column.
  const data = rows.filter((r) => r.cells && r.cells.slice(1).some((c) => c !== '')).map((r) => r.cells.map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...data.map((c) => c[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) {
    if (r.section) out.push('', r.section);
    else out.push(line(r.cells.map(String)));
  }
  return out.join('\n');
}
