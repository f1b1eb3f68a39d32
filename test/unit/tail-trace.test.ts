import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TailTrace } from '../../src/metrics/tail-trace.js';

const hrtimeMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** The bench's tail trace (bench/tail-trace.mjs): its lines must line up with another process's monotonic clock. */
describe('TailTrace', () => {
  it('writes requests and waits as JSON lines on the monotonic clock of process.hrtime', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tail-trace-')), 'trace.jsonl');
    const trace = new TailTrace(file, false);
    const before = hrtimeMs();
    const arrivedAt = performance.now();
    trace.span('redis', performance.now());
    trace.request('req_1', { arrivedAt, admittedAt: arrivedAt + 0.5, finishedAt: arrivedAt + 2 });
    const after = hrtimeMs();
    trace.close();
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const wait = lines.find((l) => l.k === 'redis')!;
    const req = lines.find((l) => l.k === 'req')!;
    expect(req).toMatchObject({ id: 'req_1', up: null, upEnd: null });
    const a = req.a as number;
    // The same instant as the hrtime readings taken around it, within 50 µs (rounding, and the offset read at two instants).
    expect(a).toBeGreaterThanOrEqual(before - 0.05);
    expect(a).toBeLessThanOrEqual(after + 0.05);
    expect(req.adm as number).toBeCloseTo(a + 0.5, 2);
    expect(req.end as number).toBeCloseTo(a + 2, 2);
    expect(wait.t as number).toBeGreaterThanOrEqual(before - 0.05);
    expect(wait.d as number).toBeGreaterThanOrEqual(0);
  });
});
