import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface GatewayProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Every JSON log line the process printed so far. */
  readonly logs: Array<Record<string, unknown>>;
  waitForLog(predicate: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
  kill(): void;
}

const CLI = resolve('dist/cli.js');

/** Runs the built `gateway serve` as its own process (as in production) on a free port. */
export async function spawnGateway(configPath: string, env: Record<string, string> = {}): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--config', configPath, '--port', '0'], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never outlive the test run, even if a test fails before it could stop this process.
  process.once('exit', () => child.kill('SIGKILL'));
  const logs: Array<Record<string, unknown>> = [];
  const waiters = new Set<() => void>();
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
    for (const wake of waiters) wake();
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const waitForLog: GatewayProcess['waitForLog'] = (predicate, timeoutMs = 10_000) =>
    new Promise((resolveLine, reject) => {
      const check = (): boolean => {
        const found = logs.find(predicate);
        if (!found) return false;
        waiters.delete(wake);
        clearTimeout(timer);
        resolveLine(found);
        return true;
      };
      const wake = (): void => void check();
      const timer = setTimeout(() => {
        waiters.delete(wake);
        reject(new Error(`log line not seen in ${timeoutMs} ms; stderr: ${stderr}; logs: ${JSON.stringify(logs).slice(0, 2000)}`));
      }, timeoutMs);
      waiters.add(wake);
      void exited.then(() => setTimeout(wake, 10));
      check();
    });

  const listening = await waitForLog((l) => l.msg === 'gateway listening');
  return { child, url: `http://127.0.0.1:${String(listening.port)}`, logs, waitForLog, exited, kill: () => child.kill('SIGKILL') };
}
