// Child processes for the bench: spawn, wait until listening, read the OS's CPU and memory accounting, stop.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { openSync, closeSync, readdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of a process (all its threads), in microseconds; from /proc/<pid>/stat. */
export function cpuMicros(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the ")" that closes comm: state is field 3, utime 14, stime 15.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  return ((utime + stime) * 1e6) / CLK_TCK;
}

/**
 * CPU time, in microseconds, of a process's threads other than its main thread: for Node, mostly V8's
 * background threads (optimising compiler, GC helpers). From /proc/<pid>/task/<tid>/schedstat (ns).
 */
export function backgroundCpuMicros(pid) {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    if (Number(tid) === pid) continue;
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return ns / 1000;
}

/** Resident set size in bytes, from /proc/<pid>/status (VmRSS). */
export function rssBytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) * 1024 : NaN;
}

/**
 * A Node child with its own (raised) file-descriptor limit, stdout+stderr to `logFile`. `bash -c 'ulimit; exec node'`
 * so the pid is node's own, and /proc/<pid> accounts for node alone.
 */
export class Child {
  constructor(name, args, { env = {}, logFile, nofile = 65535, cwd } = {}) {
    this.name = name;
    this.logFile = logFile;
    const fd = openSync(logFile, 'a');
    const quoted = args.map((a) => `'${String(a).replace(/'/g, `'\\''`)}'`).join(' ');
    // Raise the soft limit as far as the hard limit allows; never fail because of it.
    const script = `ulimit -n ${nofile} 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec node ${quoted}`;
    this.proc = spawn('bash', ['-c', script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    this.pid = this.proc.pid;
    this.exited = false;
    this.exitCode = undefined;
    this.proc.once('exit', (code, signal) => {
      this.exited = true;
      this.exitCode = code ?? signal;
    });
  }

  log() {
    try {
      return readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }

  tail(lines = 20) {
    return this.log().trimEnd().split('\n').slice(-lines).join('\n');
  }

  cpu() {
    return cpuMicros(this.pid);
  }

  backgroundCpu() {
    return backgroundCpuMicros(this.pid);
  }

  rss() {
    return rssBytes(this.pid);
  }

  /** Waits until a line matching `re` appears in the log; returns the match. */
  async waitForLog(re, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const m = re.exec(this.log());
      if (m) return m;
      if (this.exited) throw new Error(`${this.name} exited (${this.exitCode}) before it was ready:\n${this.tail()}`);
      await sleep(50);
    }
    throw new Error(`${this.name} not ready within ${timeoutMs} ms:\n${this.tail()}`);
  }

  /** SIGTERM, then SIGKILL after `graceMs`. Resolves when the process has exited. */
  async stop(graceMs = 5_000) {
    if (this.exited) return;
    const exited = once(this.proc, 'exit');
    try {
      process.kill(this.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(this.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, graceMs);
    await exited;
    clearTimeout(timer);
  }

  /** Last resort, synchronous (from an exit handler). */
  killNow() {
    if (this.exited) return;
    try {
      process.kill(this.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Polls GET `url` until it answers (any status). */
export async function waitForHttp(url, timeoutMs = 20_000, child) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    if (child?.exited) throw new Error(`${child.name} exited (${child.exitCode}):\n${child.tail()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      return res.status;
    } catch (err) {
      last = err;
    }
    await sleep(100);
  }
  throw new Error(`${url} not answering within ${timeoutMs} ms: ${last?.message ?? ''}${child ? `\n${child.tail()}` : ''}`);
}

/**
 * Waits until every process is quiet (CPU below `threshold` of one core over `windowMs`), at most `maxMs`:
 * so that one target's leftovers (a backlog, a GC) do not run during the next target's measurement.
 * Returns how long it waited.
 */
export async function waitIdle(children, { threshold = 0.05, windowMs = 200, maxMs = 3000 } = {}) {
  const procs = [...new Set(children)].filter((c) => c && !c.exited);
  const start = Date.now();
  while (Date.now() - start < maxMs) {
    const c0 = procs.map((c) => c.cpu());
    await sleep(windowMs);
    const busy = procs.some((c, i) => (c.cpu() - c0[i]) / (windowMs * 1000) > threshold);
    if (!busy) break;
  }
  return Date.now() - start;
}

/**
 * A private redis-server (no persistence) on `port`, for the gateway with budgets in Redis. Its CPU is read
 * from /proc/<pid>/stat like the node processes', so the Redis mode is charged what Redis spends for it.
 */
export async function startRedisServer(dir, port) {
  const fd = openSync(`${dir}/redis.log`, 'a');
  const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const child = {
    name: 'redis',
    pid: proc.pid,
    exited: false,
    url: `redis://127.0.0.1:${port}`,
    cpu: () => cpuMicros(proc.pid),
    killNow: () => child.exited || proc.kill('SIGKILL'),
    stop: async () => {
      if (child.exited) return;
      proc.kill('SIGTERM');
      await once(proc, 'exit');
    },
  };
  proc.once('exit', () => (child.exited = true));
  for (let i = 0; i < 100 && !child.exited; i++) {
    const ok = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG';
    if (ok) return child;
    await sleep(50);
  }
  throw new Error(`redis-server on port ${port} did not start`);
}
