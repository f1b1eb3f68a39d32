// bench/tail-trace.mjs's analysis: which requests are above the gateway's p99 line, where their time went
// (segments from the gateway's own timings) and what coincided with them (GC pauses, event-loop stalls, a wait
// for Redis at admission, run-queue waits of the bench's processes), each against its rate among all requests.
import { quantiles } from './load.mjs';

const GC_KINDS = { 1: 'scavenge', 2: 'mark-compact', 4: 'incremental marking', 8: 'weak callbacks' };

/** Sum of a timeline field over [a, b], each sampled interval counted in proportion to its overlap. */
function apportioned(timeline, a, b, pick) {
  let lo = 0;
  let hi = timeline.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timeline[mid].t1 < a) lo = mid + 1;
    else hi = mid;
  }
  let sum = 0;
  for (let i = lo; i < timeline.length && timeline[i].t0 < b; i++) {
    const row = timeline[i];
    const overlap = Math.min(b, row.t1) - Math.max(a, row.t0);
    if (overlap > 0) sum += (pick(row) * overlap) / (row.t1 - row.t0);
  }
  return sum;
}

const overlaps = (events, a, b) => events.filter((e) => e.t < b && e.t + e.d > a);
const median = (xs) => (xs.length ? quantiles(xs, [0.5]).p50 : NaN);

/** What one request of the load generator (`r`, with its trace line `s`) overlapped, in ms, and which sources reached 0.3 ms. */
function requestRow(r, s, { gcs, stalls, redisWaits, timeline }) {
  const a = r.t0;
  const b = r.end;
  const within = (events) => overlaps(events, a, b).reduce((sum, e) => sum + Math.min(b, e.t + e.d) - Math.max(a, e.t), 0);
  const row = {
    t0: a,
    end: b,
    lat: b - a,
    seg: s && { in: s.a - a, admit: s.adm - s.a, toUpstream: s.up - s.adm, upstream: s.upEnd - s.up, write: s.end - s.upEnd, back: b - s.end },
    gcMs: within(gcs),
    gcKinds: new Set(overlaps(gcs, a, b).map((e) => GC_KINDS[e.kind] ?? `kind ${e.kind}`)),
    stallMs: within(stalls),
    redisWaitMs: within(redisWaits),
    gwRunWait: apportioned(timeline, a, b, (t) => t.gateway.wait),
    simRunWait: apportioned(timeline, a, b, (t) => t.sim.wait),
    clientRunWait: apportioned(timeline, a, b, (t) => t.client.wait),
    redisRunWait: timeline[0]?.redis ? apportioned(timeline, a, b, (t) => t.redis.wait) : 0,
  };
  row.causes = {
    'GC pause in the gateway (≥ 0.3 ms of it)': row.gcMs >= 0.3,
    'event-loop stall ≥ 1 ms (1 ms ticker)': row.stallMs >= 1,
    'an admission waiting for Redis (≥ 0.3 ms of it)': row.redisWaitMs >= 0.3,
    'gateway main thread runnable, not running (≥ 0.3 ms)': row.gwRunWait >= 0.3,
    'simulator runnable, not running (≥ 0.3 ms)': row.simRunWait >= 0.3,
    'load generator runnable, not running (≥ 0.3 ms)': row.clientRunWait >= 0.3,
    'redis-server runnable, not running (≥ 0.3 ms)': row.redisRunWait >= 0.3,
  };
  return row;
}

/** The largest source each late request overlapped (≥ 0.3 ms), counted. */
function dominantSources(late) {
  const dominant = {};
  for (const r of late) {
    const candidates = { 'GC pause in the gateway': r.gcMs, 'admission waiting for Redis': r.redisWaitMs, 'gateway runnable, not running': r.gwRunWait, 'simulator runnable, not running': r.simRunWait, 'load generator runnable, not running': r.clientRunWait, 'redis-server runnable, not running': r.redisRunWait };
    const [name, v] = Object.entries(candidates).sort((x, y) => y[1] - x[1])[0];
    const key = v >= 0.3 ? name : 'none of these ≥ 0.3 ms';
    dominant[key] = (dominant[key] ?? 0) + 1;
  }
  return dominant;
}

export function attribute({ gateway, direct, trace, timeline }) {
  const byId = new Map(trace.filter((e) => e.k === 'req').map((e) => [e.id, e]));
  const gcs = trace.filter((e) => e.k === 'gc').sort((x, y) => x.t - y.t);
  const stalls = trace.filter((e) => e.k === 'stall');
  const redisWaits = trace.filter((e) => e.k === 'redis');
  // Work off the request path on the gateway's main thread: the ledger's batch, a record script sent, its reply handled.
  const work = trace.filter((e) => e.k === 'ledger' || e.k === 'record' || e.k === 'reply');
  const ok = gateway.filter((r) => r.status === 200);
  const lat = ok.map((r) => r.end - r.t0);
  const directLat = direct.filter((r) => r.status === 200).map((r) => r.end - r.t0);
  const g = quantiles(lat, [0.5, 0.99]);
  const d = quantiles(directLat, [0.5, 0.99]);
  const rows = ok.map((r) => requestRow(r, byId.get(r.id), { gcs, stalls, redisWaits, timeline }));
  const slow = rows.filter((r) => r.lat >= g.p99);
  // Late: 2 ms (the target) over the simulator's own median; its share must stay under 1% for an added p99 < 2 ms.
  const lateLine = d.p50 + 2;
  const late = rows.filter((r) => r.lat > lateLine);
  const directLate = directLat.filter((v) => v > lateLine).length / Math.max(1, directLat.length);
  const dominant = dominantSources(late);
  const touchesWork = (r) => overlaps(work, r.t0, r.end).length > 0;
  const workShare = { late: late.filter((r) => touchesWork(r)).length / Math.max(1, late.length), all: rows.filter((r) => touchesWork(r)).length / Math.max(1, rows.length) };
  const workKinds = Object.fromEntries(['ledger', 'record', 'reply'].map((k) => {
    const ds = work.filter((e) => e.k === k).map((e) => e.d);
    return [k, { n: ds.length, p50: median(ds), max: Math.max(0, ...ds) }];
  }));
  const causes = Object.keys(rows[0]?.causes ?? {}).map((name) => ({
    name,
    slow: slow.filter((r) => r.causes[name]).length / Math.max(1, slow.length),
    all: rows.filter((r) => r.causes[name]).length / Math.max(1, rows.length),
  }));
  const none = slow.filter((r) => !Object.values(r.causes).some(Boolean)).length / Math.max(1, slow.length);
  const segNames = ['in', 'admit', 'toUpstream', 'upstream', 'write', 'back'];
  const segments = segNames.map((n) => ({
    name: n,
    all: median(rows.filter((r) => r.seg).map((r) => r.seg[n])),
    slow: median(slow.filter((r) => r.seg).map((r) => r.seg[n])),
  }));
  const scavenges = gcs.filter((e) => e.kind === 1).map((e) => e.d);
  const majors = gcs.filter((e) => e.kind !== 1).map((e) => e.d);
  const spanS = timeline.length ? (timeline.at(-1).t1 - timeline[0].t0) / 1000 : NaN;
  const sumOf = (pick) => timeline.reduce((s, t) => s + pick(t), 0);
  return {
    n: rows.length,
    matched: rows.filter((r) => r.seg).length,
    gateway: g,
    direct: d,
    addedP99: g.p99 - d.p99,
    slowN: slow.length,
    work: { share: workShare, kinds: workKinds },
    late: { line: lateLine, share: late.length / Math.max(1, rows.length), n: late.length, directShare: directLate, dominant },
    causes,
    none,
    segments,
    redisWaits: { n: redisWaits.length, p50: median(redisWaits.map((e) => e.d)), max: Math.max(0, ...redisWaits.map((e) => e.d)) },
    gc: { scavenges: scavenges.length, scavengeP50: median(scavenges), scavengeMax: Math.max(0, ...scavenges), other: majors.length, otherMax: Math.max(0, ...majors), perSecond: scavenges.length / spanS },
    stalls: { over1: stalls.length, over2: stalls.filter((e) => e.d >= 2).length, over5: stalls.filter((e) => e.d >= 5).length },
    runWaitPerSecond: Object.fromEntries(['gateway', 'sim', 'client', 'redis'].filter((n) => timeline[0]?.[n]).map((n) => [n, sumOf((t) => t[n].wait) / spanS])),
    cpuPerSecond: Object.fromEntries(['gateway', 'sim', 'client', 'redis'].filter((n) => timeline[0]?.[n]).map((n) => [n, sumOf((t) => t[n].run) / spanS])),
    gatewayBackgroundPerSecond: sumOf((t) => t.gatewayBackground) / spanS,
    slowest: slow
      .sort((x, y) => y.lat - x.lat)
      .slice(0, 8)
      .map((r) => ({ lat: r.lat, seg: r.seg, gcMs: r.gcMs, gc: [...r.gcKinds], stallMs: r.stallMs, gwRunWait: r.gwRunWait, simRunWait: r.simRunWait, clientRunWait: r.clientRunWait, redisWaitMs: r.redisWaitMs })),
  };
}

const ms = (v) => (Number.isFinite(v) ? v.toFixed(2) : '-');
const pct = (v) => `${(v * 100).toFixed(0)}%`;

export function printAttribution(r, { mode, rate, load, stalls }) {
  const out = [];
  out.push(`mode ${mode}, ${rate} req/s; load average ${load[0].toFixed(1)} -> ${load[1].toFixed(1)}; ${r.n} gateway requests (${r.matched} matched to the trace)`);
  out.push(`latency p50 / p99: gateway ${ms(r.gateway.p50)} / ${ms(r.gateway.p99)} ms, direct ${ms(r.direct.p50)} / ${ms(r.direct.p99)} ms; added p99 ${ms(r.addedP99)} ms`);
  out.push(`late (over direct p50 + 2 ms = ${ms(r.late.line)} ms): gateway ${r.late.n} = ${(r.late.share * 100).toFixed(2)}% of its requests, direct ${(r.late.directShare * 100).toFixed(2)}%; largest coincident source of each late one:`);
  for (const [name, n] of Object.entries(r.late.dominant).sort((x, y) => y[1] - x[1])) out.push(`  ${name.padEnd(56)} ${String(n).padStart(4)} (${pct(n / Math.max(1, r.late.n))})`);
  out.push(`requests at or above the gateway's p99 line: ${r.slowN}; share of them (and of all requests) that coincide with:`);
  for (const c of r.causes) if (stalls || !c.name.startsWith('event-loop')) out.push(`  ${c.name.padEnd(56)} ${pct(c.slow).padStart(4)}  (all: ${pct(c.all)})`);
  out.push(`  ${'none of these'.padEnd(56)} ${pct(r.none).padStart(4)}`);
  out.push('segments, median over all / over the slow ones (ms): ' + r.segments.map((s) => `${s.name} ${ms(s.all)} / ${ms(s.slow)}`).join(', '));
  out.push(`GC: ${r.gc.scavenges} scavenges (${r.gc.perSecond.toFixed(1)}/s, median ${ms(r.gc.scavengeP50)} ms, max ${ms(r.gc.scavengeMax)} ms), ${r.gc.other} other (max ${ms(r.gc.otherMax)} ms)`);
  const k = r.work.kinds;
  out.push(`work off the request path on the gateway's main thread (ms): ` + Object.entries(k).map(([n, v]) => `${n} ${v.n}× median ${ms(v.p50)} max ${ms(v.max)}`).join(', ') + `; overlapping ${pct(r.work.share.late)} of the late requests (all: ${pct(r.work.share.all)})`);
  out.push(`admissions that waited for Redis: ${r.redisWaits.n} (median ${ms(r.redisWaits.p50)} ms, max ${ms(r.redisWaits.max)} ms)`);
  if (stalls) out.push(`event-loop stalls: ${r.stalls.over1} over 1 ms, ${r.stalls.over2} over 2 ms, ${r.stalls.over5} over 5 ms`);
  out.push('run-queue wait, ms per s: ' + Object.entries(r.runWaitPerSecond).map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ') + '; CPU ms per s: ' + Object.entries(r.cpuPerSecond).map(([n, v]) => `${n} ${v.toFixed(0)}`).join(', ') + `, gateway's other threads ${r.gatewayBackgroundPerSecond.toFixed(0)}`);
  out.push('slowest: ' + JSON.stringify(r.slowest.map((s) => ({ ...s, lat: +s.lat.toFixed(2), seg: s.seg && Object.fromEntries(Object.entries(s.seg).map(([k, v]) => [k, +v.toFixed(2)])), gcMs: +s.gcMs.toFixed(2), stallMs: +s.stallMs.toFixed(2), gwRunWait: +s.gwRunWait.toFixed(2), simRunWait: +s.simRunWait.toFixed(2), clientRunWait: +s.clientRunWait.toFixed(2), redisWaitMs: +s.redisWaitMs.toFixed(2) }))));
  console.log(out.join('\n'));
  return out;
}
