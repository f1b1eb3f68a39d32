import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisTestsEnabled, startRedis, type TestRedis } from '../helpers/redis.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/burst.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Report {
  admitted: number;
  refused: number;
  inputTokens: number;
  startedAt: number;
  endedAt: number;
}

/** A replica process (fixtures/burst.ts), kept for every burst of the file: `run` sends it one burst and resolves with its report. */
function replica(): { child: ChildProcess; ready: Promise<void>; run(args: object): Promise<Report> } {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`replica exited with ${code}: ${stderr.slice(-2000)}`))));
  exited.catch(() => undefined);
  const waiting: Array<(line: string) => void> = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line === 'ready' || line.startsWith('{"admitted')) waiting.shift()?.(line);
    else console.log('replica:', line.slice(0, 300));
  });
  const next = (): Promise<string> => Promise.race([new Promise<string>((resolve) => waiting.push(resolve)), exited]);
  const ready = next().then(() => undefined);
  return {
    child,
    ready,
    run(args) {
      const report = next().then((line) => JSON.parse(line) as Report);
      child.stdin!.write(`go ${JSON.stringify(args)}\n`);
      return report;
    },
  };
}

describe.runIf(redisTestsEnabled)('three gateway processes sharing one Redis', () => {
  let redis: TestRedis;
  let replicas: ReturnType<typeof replica>[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    replicas = [0, 1, 2].map(() => replica());
    await Promise.all(replicas.map((r) => r.ready));
  });
  afterAll(async () => {
    for (const r of replicas) r.child.kill();
    await redis?.stop();
  });

  /** Runs the three replicas against one org budget at the same moment; returns their reports and the span. */
  async function burst(args: object): Promise<{ reports: Report[]; spanMs: number; steps: number }> {
    const startAt = Date.now() + 300;
    const reports = await Promise.all(replicas.map((r) => r.run({ url: redis.url, startAt, ...args })));
    const spanMs = Math.max(...reports.map((r) => r.endedAt)) - Math.min(...reports.map((r) => r.startedAt));
    // Refill steps (one a second) that can have fallen within the burst.
    return { reports, spanMs, steps: Math.ceil(spanMs / 1000) };
  }

  it.each([60, 600])('admit one org RPM budget (%i) between them, within one refill step', { timeout: 60_000 }, async (rpm) => {
    const attempts = Math.ceil((rpm * 2.5) / 3); // 2.5 budgets in all
    const { reports, spanMs, steps } = await burst({ prefix: `rpm${rpm}`, budget: { rpm }, attempts, inputTokens: [1, 1] });
    const admitted = reports.reduce((sum, r) => sum + r.admitted, 0);
    console.log(`3 processes, rpm ${rpm}: admitted ${admitted} (${reports.map((r) => r.admitted).join(' + ')}) of ${3 * attempts} in ${spanMs} ms`);
    expect(admitted).toBeGreaterThanOrEqual(rpm);
    expect(admitted).toBeLessThanOrEqual(rpm + steps * (rpm / 60));
  });

  it('admit one org ITPM budget between them with requests of varied size', { timeout: 60_000 }, async () => {
    const itpm = 60_000; // refills 1000 a second
    const { reports, spanMs, steps } = await burst({ prefix: 'itpm', budget: { itpm }, attempts: 400, inputTokens: [50, 250] });
    const tokens = reports.reduce((sum, r) => sum + r.inputTokens, 0);
    const admitted = reports.reduce((sum, r) => sum + r.admitted, 0);
    console.log(`3 processes, itpm ${itpm}: admitted ${tokens} tokens in ${admitted} requests (of 1200) in ${spanMs} ms`);
    expect(tokens).toBeLessThanOrEqual(itpm + steps * (itpm / 60));
    expect(tokens).toBeGreaterThan(itpm * 0.95); // little left unused by lost races
  });
});
