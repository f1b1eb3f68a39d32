// Preloaded into the gateway (`node --import bench/lib/stall-probe.mjs`) by bench/reload-pause.mjs: a timer
// that should fire every 2 ms writes to stderr each time it fired BENCH_STALL_MS (15) or more late, with the
// time since the process started (the clock of --trace-gc lines), to match a stall with a GC or a reload.
import { isMainThread } from 'node:worker_threads';

const PERIOD_MS = 2;
const STALL_MS = Number(process.env.BENCH_STALL_MS ?? 15);
let due = performance.now() + PERIOD_MS;
const tick = () => {
  const now = performance.now();
  const late = now - due;
  if (late >= STALL_MS) process.stderr.write(`STALL ${late.toFixed(1)} ms ending at ${now.toFixed(1)} ms\n`);
  due = now + PERIOD_MS;
  setTimeout(tick, PERIOD_MS).unref();
};
// Only the main thread's loop serves requests (the config loader's worker preloads this too).
if (isMainThread) setTimeout(tick, PERIOD_MS).unref();
