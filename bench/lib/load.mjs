// Load generation with undici's low-level dispatch API: one callback per response event, so the
// client adds little CPU and timestamps are taken exactly when headers, each chunk and the end arrive.
import { Pool } from 'undici';
import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full GC of the load generator between rounds, so that its own garbage from one target (e.g. the backlog
// of a target that could not keep up) is not collected in the middle of the next target's round.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
export const clientGc = () => gc();


const NL2 = Buffer.from('\n\n');

/** Number of complete SSE events (blank-line terminated) in a chunk. */
export function countEvents(chunk) {
  let n = 0;
  let i = chunk.indexOf(NL2);
  while (i >= 0) {
    n++;
    i = chunk.indexOf(NL2, i + 2);
  }
  return n;
}

/**
 * The load generator's connections to one target. An idle connection is closed after 4 s (undici's default,
 * and the Python SDK's httpx closes after 5 s), and a server's longer `Keep-Alive: timeout=` hint does not
 * extend that. With the hint honoured (65 s from these servers), the connections opened in a burst all stayed
 * idle and closed together a minute later, in the middle of a later round; a proxy's optimised code then met
 * socket-closing paths it had not seen, and a second of recompiling followed (see bench/README.md).
 */
export function makePool(origin, connections) {
  return new Pool(origin, {
    connections,
    pipelining: 1,
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 4_000,
    headersTimeout: 0,
    bodyTimeout: 0,
    connectTimeout: 30_000,
  });
}

const CONTENT = Buffer.from('content_block_delta');

/**
 * One request. Resolves (never rejects) with its timings in ms (performance.now clock):
 * t0 send, headersAt, firstByteAt, firstContentAt (first chunk carrying a content_block_delta), endAt;
 * `status`, `bytes`, `tail` (last bytes, to check an SSE stream ended with message_stop), `error`.
 * `onChunk(t, chunk, r)` sees every body chunk as it arrives. After `timeoutMs` the request is aborted
 * (error "timeout"), so a response that never ends cannot hang the bench.
 */
export function exchange(dispatcher, { path = '/v1/messages', headers, body }, onChunk, timeoutMs = 0) {
  return new Promise((resolve) => {
    const r = { status: 0, t0: performance.now(), headersAt: 0, firstByteAt: 0, firstContentAt: 0, endAt: 0, bytes: 0, tail: '', error: undefined };
    let last;
    let timer;
    let controller;
    let settled = false;
    const settle = () => {
      if (settled) return false;
      settled = true;
      if (timer) clearTimeout(timer);
      r.endAt = performance.now();
      if (last) r.tail = last.subarray(Math.max(0, last.length - 40)).toString('latin1');
      resolve(r);
      return true;
    };
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        const err = Object.assign(new Error(`no complete answer within ${timeoutMs} ms`), { code: 'timeout' });
        if (controller) controller.abort(err);
        r.error ??= err;
        settle();
      }, timeoutMs);
    }
    dispatcher.dispatch(
      { path, method: 'POST', headers, body },
      {
        onRequestStart(c) {
          controller = c;
        },
        onResponseStart(_c, statusCode) {
          r.status = statusCode;
          r.headersAt = performance.now();
        },
        onResponseData(_c, chunk) {
          const t = performance.now();
          if (r.firstByteAt === 0) r.firstByteAt = t;
          if (r.firstContentAt === 0 && chunk.includes(CONTENT)) r.firstContentAt = t;
          r.bytes += chunk.length;
          last = chunk;
          if (onChunk) onChunk(t, chunk, r);
        },
        onResponseEnd() {
          settle();
        },
        onResponseError(_c, err) {
          r.error ??= err;
          settle();
        },
      },
    );
  });
}

export const isGood = (r, stream) => !r.error && r.status === 200 && (!stream || r.tail.includes('message_stop'));

function tally(acc, r, stream) {
  if (isGood(r, stream)) acc.ok++;
  else {
    acc.failed++;
    const key = r.error ? r.error.code ?? r.error.name ?? 'error' : String(r.status);
    acc.failures[key] = (acc.failures[key] ?? 0) + 1;
  }
}

/**
 * Closed loop: `concurrency` workers, each sending its next request as soon as the last one completed,
 * until at least `count` requests were sent and `minMs` passed (or `maxMs` passed, or `maxFailures`
 * failed: a broken target is not worth waiting for). The pool must have `concurrency` connections.
 */
export async function closedLoop({ pool, concurrency, count = 0, minMs = 0, reqFor, stream = false, maxMs = 120_000, timeoutMs = 10_000, maxFailures = Infinity }) {
  const acc = { sent: 0, ok: 0, failed: 0, failures: {}, latencies: [] };
  const start = performance.now();
  const deadline = start + maxMs;
  const more = () => {
    const now = performance.now();
    return (acc.sent < count || now - start < minMs) && now < deadline && acc.failed < maxFailures;
  };
  const worker = async () => {
    while (more()) {
      const i = acc.sent++;
      const r = await exchange(pool, reqFor(i), undefined, timeoutMs);
      tally(acc, r, stream);
      acc.latencies.push(r.endAt - r.t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  acc.elapsedMs = performance.now() - start;
  acc.stoppedEarly = acc.sent < count || acc.failed >= maxFailures;
  return acc;
}

/**
 * Open loop at a fixed rate: request i is due at start + i/rate, whatever happened to the earlier ones.
 * Latency is measured from the moment each request is handed to the pool. `senderLagMs` records how late
 * the sender itself was (its own event loop), so a slow client shows up instead of hiding in the figures.
 * Requests due in the first `unrecordedMs` are sent and awaited but not recorded (a warm-up).
 */
export async function openLoop({ pool, rate, durationMs, reqFor, stream = false, timeoutMs = 10_000, unrecordedMs = 0 }) {
  const total = Math.max(1, Math.round((rate * (unrecordedMs + durationMs)) / 1000));
  const interval = 1000 / rate;
  const firstRecorded = Math.round((rate * unrecordedMs) / 1000);
  const acc = { sent: 0, ok: 0, failed: 0, failures: {}, latencies: [], ttfb: [], ttft: [], senderLagMs: [] };
  const pending = [];
  const start = performance.now();
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (acc.sent < total && start + acc.sent * interval <= now) {
        const i = acc.sent++;
        if (i < firstRecorded) {
          pending.push(exchange(pool, reqFor(i), undefined, timeoutMs));
          continue;
        }
        acc.senderLagMs.push(now - (start + i * interval));
        pending.push(
          exchange(pool, reqFor(i), undefined, timeoutMs).then((r) => {
            tally(acc, r, stream);
            if (isGood(r, stream)) acc.latencies.push(r.endAt - r.t0);
            // First bytes count even when the stream then failed to end: they did arrive.
            if (r.status === 200 && r.firstByteAt) acc.ttfb.push(r.firstByteAt - r.t0);
            if (r.status === 200 && r.firstContentAt) acc.ttft.push(r.firstContentAt - r.t0);
          }),
        );
      }
      if (acc.sent >= total) return resolve();
      setTimeout(tick, Math.max(0, start + acc.sent * interval - performance.now()));
    };
    tick();
  });
  await Promise.all(pending);
  acc.elapsedMs = performance.now() - start;
  acc.unrecorded = Math.min(total, firstRecorded);
  return acc;
}

/**
 * The nominal schedule of a paced stream: when each SSE event is due, in ms after the simulator starts
 * writing, at `tokensPerSecond`. The simulator writes event k at (output tokens of events 0..k) / rate
 * and is deterministic per body, so one stream measured at a brisk reference rate (`refTokensPerSecond`,
 * with nothing else running) gives every event's cumulative token count: its arrival time after the first
 * write (which carries no tokens) divided by the reference interval, rounded. `setRate(tps)` switches the simulator's pacing.
 */
export async function nominalSchedule(pool, req, { setRate, tokensPerSecond, refTokensPerSecond = 50 }) {
  await setRate(refTokensPerSecond);
  await exchange(pool, req); // warm the simulator's code path: the measured stream must not start late
  const times = [];
  let events = 0;
  const r = await exchange(pool, req, (t, chunk, rr) => {
    const n = countEvents(chunk);
    for (let k = 0; k < n; k++) times[events + k] = t - rr.t0;
    events += n;
  });
  await setRate(tokensPerSecond);
  if (!isGood(r, true)) throw new Error(`reference stream failed: status ${r.status} ${r.error?.message ?? ''}`);
  const refMs = 1000 / refTokensPerSecond;
  const ms = 1000 / tokensPerSecond;
  // The first write (message_start, ping, content_block_start) carries no tokens: it is time zero.
  return times.map((t) => Math.round((t - times[0]) / refMs) * ms);
}

/**
 * Follows one paced stream against the reference schedule `ref` (event index -> ms). For each chunk, the
 * index of the last complete event it carries tells when it was due. Records:
 * - gap deviation: (time since previous chunk) - (the same interval in the reference), in ms;
 * - lag: (time since the first content chunk) - (the same offset in the reference), in ms: how far a chunk
 *   fell behind its schedule on the way (constant latency cancels; buffering and queueing do not);
 * - stalls: a silence longer than `stallFactor` x the expected interval (and at least `minStallMs`);
 * - events per chunk > 1 where the reference had one event per write (coalescing: bytes were held back).
 */
export function streamTracker(ref, { stallFactor = 3, minStallMs = 0 } = {}) {
  // The gateway may hold the preamble (message_start ...) until the first content delta, as its
  // fallback design requires, so a first chunk is judged against the first content event's time.
  const firstContentDue = ref.find((t) => t > 0) ?? 0;
  return () => {
    const s = { events: 0, lastT: 0, lastIdx: -1, anchorT: 0, anchorIdx: -1, gaps: [], lags: [], stalled: false, worstGapRatio: 0, worstGap: 0, coalesced: 0, chunks: 0 };
    s.onChunk = (t, chunk, r) => {
      const n = countEvents(chunk);
      if (n === 0) return; // part of an event; the chunk that completes it is the one that counts
      s.chunks++;
      const idx = s.events + n - 1;
      s.events += n;
      if (s.lastIdx < 0) {
        // First chunk: compare with the reference time to the same event (TTFB-like stall check).
        const expected = Math.max(ref[idx] ?? ref[ref.length - 1], firstContentDue);
        const took = t - r.t0;
        if (took > Math.max(stallFactor * expected, minStallMs)) s.stalled = 'first';
      } else {
        const expected = (ref[idx] ?? 0) - (ref[s.lastIdx] ?? 0);
        const actual = t - s.lastT;
        if (expected > 1) {
          s.gaps.push(actual - expected);
          s.worstGapRatio = Math.max(s.worstGapRatio, actual / expected);
          if (actual > Math.max(stallFactor * expected, minStallMs)) s.stalled ||= 'gap';
          if (actual > s.worstGap) s.worstGap = actual;
        }
        if (s.anchorIdx >= 0) s.lags.push(t - s.anchorT - ((ref[idx] ?? 0) - (ref[s.anchorIdx] ?? 0)));
      }
      if (n > 1 && s.lastIdx >= 0) {
        // More events in one chunk than the simulator wrote together?
        const refTogether = (ref[idx] ?? 0) - (ref[s.lastIdx + 1] ?? 0) < 1;
        if (!refTogether) s.coalesced++;
      }
      if (s.anchorIdx < 0 && chunk.includes('content_block_delta')) {
        s.anchorIdx = idx;
        s.anchorT = t;
      }
      s.lastIdx = idx;
      s.lastT = t;
    };
    return s;
  };
}

/**
 * Many paced streams at once. Opens `n` streams at `rampPerSec`, tracks each against `ref`, and
 * calls `onSample()` every `sampleMs` while any is open (for RSS sampling). Resolves when all ended.
 */
export async function holdStreams({ pool, n, rampPerSec, reqFor, ref, stallFactor, minStallMs, onSample, sampleMs = 250, maxMs = 120_000, timeoutMs = 0 }) {
  const track = streamTracker(ref, { stallFactor, minStallMs });
  const acc = { opened: 0, ok: 0, failed: 0, failures: {}, stalled: 0, stallKinds: {}, coalesced: 0, gaps: [], lags: [], ttfb: [], ttft: [], worstGapRatio: 0, worstGapMs: 0, maxOpen: 0 };
  let open = 0;
  const pending = [];
  const start = performance.now();
  const sampler = setInterval(() => onSample?.({ open, opened: acc.opened, t: performance.now() - start }), sampleMs);
  try {
    while (acc.opened < n && performance.now() - start < maxMs) {
      const due = Math.min(n, Math.floor(((performance.now() - start) * rampPerSec) / 1000) + 1);
      while (acc.opened < due) {
        const i = acc.opened++;
        const s = track();
        open++;
        acc.maxOpen = Math.max(acc.maxOpen, open);
        pending.push(
          exchange(pool, reqFor(i), s.onChunk, timeoutMs).then((r) => {
            open--;
            tally(acc, r, true);
            if (r.firstByteAt) acc.ttfb.push(r.firstByteAt - r.t0);
            if (r.firstContentAt) acc.ttft.push(r.firstContentAt - r.t0);
            if (s.stalled) {
              acc.stalled++;
              acc.stallKinds[s.stalled] = (acc.stallKinds[s.stalled] ?? 0) + 1;
            }
            if (s.worstGap > acc.worstGapMs) acc.worstGapMs = s.worstGap;
            acc.coalesced += s.coalesced;
            acc.worstGapRatio = Math.max(acc.worstGapRatio, s.worstGapRatio);
            for (const g of s.gaps) acc.gaps.push(g);
            for (const l of s.lags) acc.lags.push(l);
          }),
        );
      }
      await sleep(5);
    }
    await Promise.race([Promise.all(pending), sleep(maxMs, undefined, { ref: false })]);
  } finally {
    clearInterval(sampler);
  }
  acc.stillOpen = open;
  acc.elapsedMs = performance.now() - start;
  return acc;
}

/** Exact percentiles of a sample (sorted copy). */
export function quantiles(values, qs = [0.5, 0.9, 0.99, 0.999]) {
  if (values.length === 0) return Object.fromEntries(qs.map((q) => [`p${q * 100}`, NaN]));
  const sorted = Float64Array.from(values).sort();
  const out = {};
  for (const q of qs) out[`p${+(q * 100).toFixed(1)}`] = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  out.max = sorted[sorted.length - 1];
  out.mean = values.reduce((a, b) => a + b, 0) / values.length;
  out.n = values.length;
  return out;
}
