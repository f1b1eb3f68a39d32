// The measurements. Each phase takes "targets": { name, url, child (the process under test, or the
// simulator for "direct"), model, key } and returns plain data for the report.
import { setTimeout as sleep } from 'node:timers/promises';
import { makeBodies } from './bodies.mjs';
import { clientGc, closedLoop, holdStreams, makePool, nominalSchedule, openLoop, quantiles } from './load.mjs';
import { waitIdle } from './procs.mjs';
import { closeIdleConnections, HAIKU_ID, headersFor, simBehaviour } from './setup.mjs';

const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

/** The load generator's connections to a target: its own (two replicas: alternating, see `replicaPair`) or one pool. */
const poolFor = (t, connections) => (t.makePool ? t.makePool(connections) : makePool(t.url, connections));

/**
 * Two gateway replicas on one Redis as one target: requests alternate between them, and the CPU counted is
 * both processes' (per request of the pair, so it compares with one process's figure).
 */
export function replicaPair(name, [a, b], fields) {
  const child = {
    name,
    get exited() {
      return a.exited || b.exited;
    },
    cpu: () => a.cpu() + b.cpu(),
    backgroundCpu: () => a.backgroundCpu() + b.backgroundCpu(),
    rss: () => a.rss() + b.rss(),
  };
  const makePair = (connections) => {
    const pools = [makePool(a.url, Math.ceil(connections / 2)), makePool(b.url, Math.ceil(connections / 2))];
    let next = 0;
    return { dispatch: (opts, handler) => pools[next++ % 2].dispatch(opts, handler), close: () => Promise.all(pools.map((p) => p.close())) };
  };
  return { name, url: a.url, child, makePool: makePair, ...fields };
}

/** Adds counts by kind (failures by reason, stalls by kind) into a running total. */
function addCounts(into, from) {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
}

function requester(target, { stream, tokens, bodyBytes }) {
  // Big bodies: a few distinct ones (each is kept in the load generator's memory).
  const bodies = makeBodies({ n: bodyBytes ? 4 : 256, model: target.model, tokens, stream, bodyBytes });
  const headers = headersFor(target.key);
  return (i) => ({ headers, body: bodies[i % bodies.length] });
}

const clientCpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/**
 * CPU time per request at a fixed concurrency, from /proc/<pid>/stat of the process under test (and of the
 * simulator, for reference). Each round runs at least `perRound` requests and at least `roundMs`, so a fast
 * target still accumulates enough clock ticks (10 ms each) to be measured precisely. Rounds are interleaved
 * across targets so drift on a noisy machine hits all alike.
 */
export async function cpuPhase({ sim, targets, stream, concurrency, warmup, warmupMs = 0, perRound, roundMs = 0, rounds, tokens, tokensPerSecond, bodyBytes, timeoutMs = 5_000 }) {
  await simBehaviour(sim.url, tokensPerSecond ? { tokensPerSecond } : {});
  const state = targets.map((t) => ({
    t,
    pool: poolFor(t, concurrency),
    reqFor: requester(t, { stream, tokens, bodyBytes }),
    cpuUs: 0,
    simCpuUs: 0,
    auxCpuUs: 0,
    ok: 0,
    failed: 0,
    failures: {},
    elapsedMs: 0,
    rounds: [],
    latencies: [],
  }));
  try {
    for (const s of state) {
      // A target that fails its warm-up (e.g. answers that never end) is reported as broken, not measured.
      const w = await closedLoop({ pool: s.pool, concurrency, count: warmup, minMs: warmupMs, reqFor: s.reqFor, stream, timeoutMs, maxFailures: concurrency });
      if (w.failed > Math.max(concurrency, w.sent * 0.05)) {
        s.broken = `warm-up: ${w.failed} of ${w.sent} requests failed ${JSON.stringify(w.failures)}`;
        log(`    ${s.t.name}: ${s.broken}; not measured`);
      }
    }
    for (let r = 0; r < rounds; r++) {
      for (const s of r % 2 === 0 ? state : [...state].reverse()) {
        if (s.broken) continue;
        clientGc();
        await waitIdle([sim, ...targets.map((t) => t.child)]);
        const c0 = s.t.child.cpu();
        const a0 = s.t.aux?.cpu() ?? 0;
        const sc0 = sim.cpu();
        const cl0 = clientCpu();
        const res = await closedLoop({ pool: s.pool, concurrency, count: perRound, minMs: roundMs, reqFor: s.reqFor, stream, timeoutMs, maxFailures: concurrency * 2 });
        const c1 = s.t.child.cpu();
        const a1 = s.t.aux?.cpu() ?? 0;
        const sc1 = sim.cpu();
        const cl1 = clientCpu();
        s.cpuUs += c1 - c0;
        s.simCpuUs += sc1 - sc0;
        s.auxCpuUs += a1 - a0;
        s.ok += res.ok;
        s.failed += res.failed;
        addCounts(s.failures, res.failures);
        s.elapsedMs += res.elapsedMs;
        for (const l of res.latencies) s.latencies.push(l);
        s.rounds.push({
          cpuUsPerReq: (c1 - c0) / Math.max(1, res.ok),
          ...(s.t.aux ? { auxCpuUsPerReq: (a1 - a0) / Math.max(1, res.ok) } : {}),
          reqPerSec: (res.ok * 1000) / res.elapsedMs,
          clientCpuPct: ((cl1 - cl0) / 1000 / res.elapsedMs) * 100,
        });
        const auxNote = s.t.aux ? ` (+${((a1 - a0) / Math.max(1, res.ok)).toFixed(1)} in ${s.t.aux.name})` : '';
        log(`    ${s.t.name} round ${r + 1}: ${((c1 - c0) / Math.max(1, res.ok)).toFixed(1)} µs CPU/req${auxNote}, ${((res.ok * 1000) / res.elapsedMs).toFixed(0)} req/s, ${res.failed} failed`);
      }
    }
  } finally {
    await Promise.all(state.map((s) => s.pool.close()));
  }
  return Object.fromEntries(
    state.map((s) => [
      s.t.name,
      {
        ...(s.broken ? { broken: s.broken } : {}),
        cpuUsPerReq: s.broken ? NaN : s.cpuUs / Math.max(1, s.ok),
        simCpuUsPerReq: s.simCpuUs / Math.max(1, s.ok),
        ...(s.t.aux ? { auxCpuUsPerReq: s.auxCpuUs / Math.max(1, s.ok) } : {}),
        reqPerSec: (s.ok * 1000) / s.elapsedMs,
        ok: s.ok,
        failed: s.failed,
        failures: s.failures,
        rounds: s.rounds,
        latencyMs: quantiles(s.latencies, [0.5, 0.99]),
      },
    ]),
  );
}

/**
 * Open loop at a fixed rate against every target (direct to the simulator included), in rounds; the
 * samples of all rounds are pooled, and each round's quantiles are kept for the per-round verdicts.
 * With `sliceMs`, a round takes turns among the targets every `sliceMs` (each turn starting with
 * `sliceWarmupMs` of requests that are sent but not recorded, since a target idle for a few turns wakes
 * up cold), so that a stall of the shared machine falls on every target's samples of the round rather
 * than on one target's. Without it, each target runs its `durationMs` in one turn, after the machine went
 * idle. `stream` requests measure TTFB (first body byte) too.
 */
export async function openLoopPhase({ sim, targets, stream, rate, durationMs, warmupMs, rounds, tokens, tokensPerSecond, connections = 64, timeoutMs = 5_000, sliceMs = durationMs, sliceWarmupMs = 0 }) {
  await simBehaviour(sim.url, tokensPerSecond ? { latencyMs: 0, tokensPerSecond } : { latencyMs: 0 });
  await closeIdleConnections(sim.url);
  const state = targets.map((t) => ({
    t,
    pool: poolFor(t, connections),
    reqFor: requester(t, { stream, tokens }),
    latencies: [],
    ttfb: [],
    ttft: [],
    lag: [],
    /** Per round: p50/p99 of latency (JSON) or of time to first content (streams). */
    rounds: [],
    /** Per round: CPU (ms) of the target's threads other than the main one during its turns (V8's compiler and GC helpers). */
    backgroundMs: [],
    ok: 0,
    failed: 0,
    failures: {},
    cpuUs: 0,
    auxCpuUs: 0,
    served: 0,
  }));
  const turns = Math.max(1, Math.round(durationMs / sliceMs));
  try {
    for (const s of state) await openLoop({ pool: s.pool, rate, durationMs: warmupMs, reqFor: s.reqFor, stream, timeoutMs });
    for (let r = 0; r < rounds; r++) {
      const round = state.map(() => ({ latencies: [], ttfb: [], ttft: [], lag: [], failed: 0, failures: {}, backgroundUs: 0 }));
      for (let k = 0; k < turns; k++) {
        // Passes alternate in direction and start one target further on, so no target always follows the
        // same neighbour (and inherits what it left behind).
        for (let j = 0; j < state.length; j++) {
          const step = (k + r) % 2 === 0 ? j : state.length - 1 - j;
          const i = (step + Math.floor((k + r) / 2)) % state.length;
          const s = state[i];
          if (turns === 1 || (k === 0 && j === 0)) {
            clientGc();
            await waitIdle([sim, ...targets.map((t) => t.child)]);
          }
          const c0 = s.t.child.cpu();
          const bg0 = s.t.child.backgroundCpu();
          const a0 = s.t.aux?.cpu() ?? 0;
          const res = await openLoop({ pool: s.pool, rate, durationMs: durationMs / turns, unrecordedMs: turns > 1 ? sliceWarmupMs : 0, reqFor: s.reqFor, stream, timeoutMs });
          s.cpuUs += s.t.child.cpu() - c0;
          s.auxCpuUs += (s.t.aux?.cpu() ?? 0) - a0;
          const into = round[i];
          into.backgroundUs += s.t.child.backgroundCpu() - bg0;
          for (const key of ['latencies', 'ttfb', 'ttft']) for (const v of res[key]) into[key].push(v);
          for (const v of res.senderLagMs) into.lag.push(v);
          s.ok += res.ok;
          s.served += res.ok + res.failed + res.unrecorded;
          into.failed += res.failed;
          addCounts(into.failures, res.failures);
        }
      }
      state.forEach((s, i) => {
        const res = round[i];
        for (const key of ['latencies', 'ttfb', 'ttft', 'lag']) for (const v of res[key]) s[key].push(v);
        s.failed += res.failed;
        addCounts(s.failures, res.failures);
        s.rounds.push(quantiles(stream ? res.ttft : res.latencies, [0.5, 0.99]));
        s.backgroundMs.push(res.backgroundUs / 1000);
        const q = quantiles(stream ? res.ttfb : res.latencies, [0.5, 0.99]);
        const lagMax = Math.max(0, ...res.lag);
        log(`    ${s.t.name} round ${r + 1}: ${stream ? 'TTFB' : 'latency'} p50 ${q.p50.toFixed(3)} ms, p99 ${q.p99.toFixed(3)} ms, max ${q.max.toFixed(1)} ms; sender lag max ${lagMax.toFixed(1)} ms; background threads ${(res.backgroundUs / 1000).toFixed(1)} ms CPU; ${res.failed} failed ${res.failed ? JSON.stringify(res.failures) : ''}`);
      });
    }
  } finally {
    await Promise.all(state.map((s) => s.pool.close()));
  }
  const qs = [0.5, 0.9, 0.99, 0.999];
  return Object.fromEntries(
    state.map((s) => [
      s.t.name,
      {
        latencyMs: quantiles(s.latencies, qs),
        ...(stream ? { ttfbMs: quantiles(s.ttfb, qs), ttftMs: quantiles(s.ttft, qs) } : {}),
        senderLagMs: quantiles(s.lag, [0.5, 0.99]), // includes max: a stalled load generator shows here
        roundQuantilesMs: s.rounds,
        backgroundCpuMsPerRound: s.backgroundMs,
        ok: s.ok,
        failed: s.failed,
        failures: s.failures,
        cpuUsPerReq: s.t.name === 'direct' ? undefined : s.cpuUs / Math.max(1, s.served),
        ...(s.t.aux ? { auxCpuUsPerReq: s.auxCpuUs / Math.max(1, s.served) } : {}),
      },
    ]),
  );
}

/** The nominal event schedule of body 0 at `tokensPerSecond` (see nominalSchedule); leaves the sim at that rate. */
async function scheduleFor(sim, tokensPerSecond, tokens) {
  const pool = makePool(sim.url, 1);
  try {
    const req = requester({ model: HAIKU_ID, key: 'sim-key' }, { stream: true, tokens })(0);
    const setRate = (tps) => simBehaviour(sim.url, { latencyMs: 0, tokensPerSecond: tps });
    return await nominalSchedule(pool, req, { setRate, tokensPerSecond });
  } finally {
    await pool.close();
  }
}

/**
 * Paced streams: how each target delays chunks relative to the simulator's schedule (nominalSchedule),
 * with every target's streams running at the same time, in `rounds` rounds. Quantiles are pooled over the
 * rounds; each round's p99s are kept too, for a verdict that one disturbed round cannot decide.
 */
export async function pacedPhase({ sim, targets, tokensPerSecond, tokens, streams, rampPerSec, rounds = 1 }) {
  const ref = await scheduleFor(sim, tokensPerSecond, tokens);
  const out = { tokensPerSecond, tokens, rounds, referenceEvents: ref.length, referenceDurationMs: ref[ref.length - 1], concurrentTargets: true };
  const acc = targets.map(() => ({ gaps: [], lags: [], ttfb: [], ttft: [], roundGapP99: [], roundLagP99: [], coalesced: 0, stalled: 0, stallKinds: {}, worstGapMs: 0, ok: 0, failed: 0, failures: {}, cpuUs: 0 }));
  for (let r = 0; r < rounds; r++) {
    // All targets at once, through the same time window: a hiccup of the shared machine then hits them alike
    // (run one after the other, one target's p99 would depend on what else the machine did at that moment).
    clientGc();
    await waitIdle([sim, ...targets.map((x) => x.child)]);
    const c0 = targets.map((t) => t.child.cpu());
    const results = await Promise.all(
      targets.map(async (t) => {
        const pool = makePool(t.url, streams);
        const reqFor = requester(t, { stream: true, tokens });
        try {
          // Every stream carries body 0, so every one follows the reference schedule.
          return await holdStreams({ pool, n: streams, rampPerSec, reqFor: () => reqFor(0), ref, stallFactor: 3, minStallMs: 3000 / tokensPerSecond, timeoutMs: 3 * ref[ref.length - 1] + 10_000 });
        } finally {
          await pool.close();
        }
      }),
    );
    targets.forEach((t, i) => {
      const res = results[i];
      const a = acc[i];
      a.cpuUs += t.child.cpu() - c0[i];
      for (const key of ['gaps', 'lags', 'ttfb', 'ttft']) for (const v of res[key]) a[key].push(v);
      const gapP99 = quantiles(res.gaps, [0.99]).p99;
      const lagP99 = quantiles(res.lags, [0.99]).p99;
      a.roundGapP99.push(gapP99);
      a.roundLagP99.push(lagP99);
      a.coalesced += res.coalesced;
      a.stalled += res.stalled;
      addCounts(a.stallKinds, res.stallKinds);
      addCounts(a.failures, res.failures);
      a.worstGapMs = Math.max(a.worstGapMs, res.worstGapMs);
      a.ok += res.ok;
      a.failed += res.failed;
      log(`    ${t.name} round ${r + 1}: gap deviation p99 ${gapP99.toFixed(2)} ms, lag p99 ${lagP99.toFixed(2)} ms; ${res.ok} ok, ${res.failed} failed, ${res.stalled} stalled ${JSON.stringify(res.stallKinds)}, ${res.coalesced} coalesced, worst gap ${res.worstGapMs.toFixed(0)} ms`);
    });
  }
  targets.forEach((t, i) => {
    const a = acc[i];
    out[t.name] = {
      gapDeviationMs: quantiles(a.gaps, [0.5, 0.99, 0.999]),
      lagMs: quantiles(a.lags, [0.5, 0.99, 0.999]),
      roundGapDeviationP99Ms: a.roundGapP99,
      roundLagP99Ms: a.roundLagP99,
      ttfbMs: quantiles(a.ttfb, [0.5, 0.99]),
      ttftMs: quantiles(a.ttft, [0.5, 0.99]),
      coalescedChunks: a.coalesced,
      stalled: a.stalled,
      stallKinds: a.stallKinds,
      worstGapMs: a.worstGapMs,
      ok: a.ok,
      failed: a.failed,
      failures: a.failures,
      // The simulator serves every target's streams at once here: no per-stream figure for "direct".
      cpuUsPerStream: t.name === 'direct' ? undefined : a.cpuUs / Math.max(1, a.ok),
    };
  });
  return out;
}

/**
 * Many slow streams held open at once: peak RSS of the process under test, stalled and completed streams.
 * A stream is stalled when a silence lasts more than `stallFactor` x what the reference schedule expects
 * for that interval (and at least that factor x one token's interval).
 */
export async function memoryPhase({ sim, targets, streams, tokensPerSecond, tokens, rampPerSec, stallFactor = 3 }) {
  const ref = await scheduleFor(sim, tokensPerSecond, tokens);
  const msPerToken = 1000 / tokensPerSecond;
  const out = { streams, tokensPerSecond, tokens, referenceDurationMs: ref[ref.length - 1], stallRule: `silence > ${stallFactor}x the expected interval (min ${stallFactor}x ${msPerToken.toFixed(0)} ms)` };
  for (const t of targets) {
    await sleep(500);
    await waitIdle([sim, ...targets.map((x) => x.child)], { maxMs: 5000 });
    const rss0 = t.child.rss();
    const pool = makePool(t.url, streams + 16);
    const reqFor = requester(t, { stream: true, tokens });
    const c0 = t.child.cpu();
    let peak = rss0;
    let peakOpen = 0;
    let res;
    try {
      res = await holdStreams({
        pool,
        n: streams,
        rampPerSec,
        reqFor: () => reqFor(0),
        ref,
        stallFactor,
        minStallMs: stallFactor * msPerToken,
        onSample: ({ open }) => {
          try {
            const rss = t.child.rss();
            if (rss > peak) peak = rss;
            if (open > peakOpen) peakOpen = open;
          } catch {
            // process gone: reported by the failures
          }
        },
        timeoutMs: 3 * ref[ref.length - 1] + 10_000,
        maxMs: 20_000 + (streams / rampPerSec) * 1000 + ref[ref.length - 1] * 3,
      });
    } finally {
      await pool.close();
    }
    const cpu = t.child.cpu() - c0;
    const rssAfter = t.child.rss();
    out[t.name] = {
      rssBeforeMB: rss0 / 2 ** 20,
      rssPeakMB: peak / 2 ** 20,
      rssAfterMB: rssAfter / 2 ** 20,
      peakOpen,
      ok: res.ok,
      failed: res.failed,
      failures: res.failures,
      stalled: res.stalled,
      stallKinds: res.stallKinds,
      worstGapMs: res.worstGapMs,
      stillOpen: res.stillOpen,
      worstGapRatio: res.worstGapRatio,
      ttfbMs: quantiles(res.ttfb, [0.5, 0.99]),
      ttftMs: quantiles(res.ttft, [0.5, 0.99]),
      lagMs: quantiles(res.lags, [0.5, 0.99, 0.999]),
      cpuUsPerStream: t.name === 'direct' ? undefined : cpu / Math.max(1, res.ok),
      elapsedMs: res.elapsedMs,
    };
    log(`    ${t.name}: RSS ${(rss0 / 2 ** 20).toFixed(0)} -> peak ${(peak / 2 ** 20).toFixed(0)} MB with ${peakOpen} open; ${res.ok} ok, ${res.failed} failed, ${res.stalled} stalled ${JSON.stringify(res.stallKinds)}, worst gap ${res.worstGapMs.toFixed(0)} ms, TTFB p99 ${out[t.name].ttfbMs.p99.toFixed(0)} ms`);
  }
  return out;
}
