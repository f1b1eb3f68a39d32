// Preloaded into the gateway (`node --import bench/lib/stall-probe.mjs`) by bench/reload-pause.mjs: a timer
// that should fire every 2 ms writes to stderr each time it fired BENCH_STALL_MS (15) or more late, with the
// time since the process started (the clock of --trace-gc lines), to match a stall with a GC or a reload, and,
// on Linux, how much of the stall the thread spent runnable but waiting for a CPU (its schedstat): a stall that
// is mostly waiting is the machine's CPU contention, one that is not is work (or GC) on the thread itself.
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const PERIOD_MS = 2;
const STALL_MS = Number(process.env.BENCH_STALL_MS ?? 15);
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
const waitedMs = () => {
  try {
    return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return NaN;
  }
};
let due = performance.now() + PERIOD_MS;
let waited = waitedMs();
const tick = () => {
  const now = performance.now();
  const late = now - due;
  const w = waitedMs();
  if (late >= STALL_MS) process.stderr.write(`STALL ${late.toFixed(1)} ms ending at ${now.toFixed(1)} ms, waiting for a CPU ${(w - waited).toFixed(1)} ms\n`);
  due = now + PERIOD_MS;
  waited = w;
  setTimeout(tick, PERIOD_MS).unref();
};
// Only the main thread's loop serves requests (the config loader's worker preloads this too).
if (isMainThread) setTimeout(tick, PERIOD_MS).unref();
