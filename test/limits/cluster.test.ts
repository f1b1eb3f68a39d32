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

/** A replica process: resolves `ready` when it printed "ready", `report` with its JSON line. */
function replica(args: object): { child: ChildProcess; ready: Promise<void>; report: Promise<Report> } {
  const child = spawn('npx', ['tsx', FIXTURE, JSON.stringify(args)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn' } });
  const lines = createInterface({ input: child.stdout! });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const report = new Promise<Report>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line === 'ready') markReady();
      else if (line.startsWith('{"admitted')) resolve(JSON.parse(line) as Report);
      else console.log('replica:', line.slice(0, 300));
    });
    child.on('exit', (code) => reject(new Error(`replica exited with ${code}: ${stderr.slice(-2000)}`)));
  });
  report.catch(() => undefined);
  return { child, ready: Promise.race([ready, report.then(() => undefined)]), report };
}

describe.runIf(redisTestsEnabled)('three gateway processes sharing one Redis', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  /** Runs three replicas against one org budget at the same moment; returns their reports and the span. */
  async function burst(args: object): Promise<{ reports: Report[]; spanMs: number; steps: number }> {
    const replicas = [0, 1, 2].map(() => replica({ url: redis.url, ...args }));
    try {
      await Promise.all(replicas.map((r) => r.ready));
      const startAt = Date.now() + 300;
      for (const r of replicas) r.child.stdin!.write(`go ${startAt}\n`);
      const reports = await Promise.all(replicas.map((r) => r.report));
      const spanMs = Math.max(...reports.map((r) => r.endedAt)) - Math.min(...reports.map((r) => r.startedAt));
      // Refill steps (one a second) that can have fallen within the burst.
      return { reports, spanMs, steps: Math.ceil(spanMs / 1000) };
    } finally {
      for (const r of replicas) r.child.kill();
    }
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
