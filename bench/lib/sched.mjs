// The scheduler's view of the bench's processes, every `everyMs` (10): for each main thread, the CPU it ran and the
// time it was runnable but waiting for a CPU (/proc/<pid>/schedstat: run ns, run-queue wait ns), and for
// `gatewayThreads`, the CPU of its other threads (V8's GC helpers and compiler). Times on the monotonic clock (ms).
import { readdirSync, readFileSync } from 'node:fs';

const schedstat = (path) => {
  try {
    const [run, wait] = readFileSync(path, 'utf8').split(' ');
    return [Number(run) / 1e6, Number(wait) / 1e6];
  } catch {
    return [0, 0];
  }
};

function backgroundMs(pid) {
  let ms = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) if (Number(tid) !== pid) ms += schedstat(`/proc/${pid}/task/${tid}/schedstat`)[0];
  return ms;
}

/** Returns `{ stop() }`; stop gives `[{ t0, t1, <name>: { run, wait }, gatewayBackground }]`, one per interval. */
export function schedSampler(pids, { gatewayThreads, everyMs = 10 } = {}) {
  const names = Object.keys(pids);
  const mono = () => Number(process.hrtime.bigint()) / 1e6;
  const read = () => ({
    t: mono(),
    ...Object.fromEntries(names.map((n) => [n, schedstat(`/proc/${pids[n]}/schedstat`)])),
    bg: gatewayThreads ? backgroundMs(gatewayThreads) : 0,
  });
  const out = [];
  let last = read();
  const timer = setInterval(() => {
    const now = read();
    const row = { t0: last.t, t1: now.t, gatewayBackground: now.bg - last.bg };
    for (const n of names) row[n] = { run: now[n][0] - last[n][0], wait: now[n][1] - last[n][1] };
    out.push(row);
    last = now;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return out;
    },
  };
}
