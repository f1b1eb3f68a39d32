import { describe, expect, it } from 'vitest';
import { buildRows, renderTable, type Row } from '../../bench/lib/report.mjs';

/** The bench's paced-phase results for direct, floor and gateway, from each target's per-round p99s (ms). */
function pacedResults(rounds: { direct: number[]; bare: number[]; gateway: number[] }, pooledP99: { direct: number; bare: number; gateway: number }) {
  const target = (name: 'direct' | 'bare' | 'gateway') => ({
    gapDeviationMs: { p50: 0, p99: pooledP99[name] },
    lagMs: { p50: 0, p99: pooledP99[name] },
    roundGapDeviationP99Ms: rounds[name],
    roundLagP99Ms: rounds[name],
    ttftMs: { p50: 200, p99: 210 },
    coalescedChunks: 0,
    stalled: 0,
    failed: 0,
  });
  return {
    settings: { cpu: { tokens: 50 }, paced: { streams: 100 } },
    phases: { paced: { tokensPerSecond: 20, rounds: rounds.gateway.length, direct: target('direct'), bare: target('bare'), gateway: target('gateway') } },
  };
}

const verdicts = (rows: Row[], startsWith: string) => rows.filter((r) => r.cells?.[0].startsWith(startsWith) && r.cells[6] !== '').map((r) => r.cells?.[6]);

describe('bench report: the no-buffering verdict', () => {
  it('with several rounds, judges the median over rounds of gateway p99 minus direct p99, so one disturbed round does not decide', () => {
    // Round 3 of the gateway hit a 9 ms stall: the pooled p99 is 6 ms over direct's, the median 0.5 ms.
    const rows = buildRows(pacedResults({ direct: [2, 2, 2, 2, 2], bare: [2.5, 2.5, 2.5, 2.5, 2.5], gateway: [2.5, 2.5, 11, 2.5, 2.5] }, { direct: 2, bare: 2.5, gateway: 8 }));
    expect(verdicts(rows, 'chunk gap')).toEqual([]); // the pooled row shows, but does not judge
    expect(verdicts(rows, '  p99 minus direct')).toEqual(['PASS', 'PASS']);
    const median = rows.find((r) => r.cells?.[0].startsWith('  p99 minus direct'));
    expect(median?.cells?.slice(2, 4)).toEqual(['0.50', '0.50']);
  });

  it('fails when the gateway is more than 2 ms behind direct in most rounds', () => {
    const rows = buildRows(pacedResults({ direct: [2, 2, 2, 2, 2], bare: [2.5, 2.5, 2.5, 2.5, 2.5], gateway: [4.5, 4.2, 1, 4.1, 2] }, { direct: 2, bare: 2.5, gateway: 4.3 }));
    expect(verdicts(rows, '  p99 minus direct')).toEqual(['FAIL', 'FAIL']);
  });

  it('with one round (--quick), judges the pooled p99', () => {
    const pass = buildRows(pacedResults({ direct: [2], bare: [2.5], gateway: [3.9] }, { direct: 2, bare: 2.5, gateway: 3.9 }));
    expect(verdicts(pass, 'chunk')).toEqual(['PASS', 'PASS']);
    const fail = buildRows(pacedResults({ direct: [2], bare: [2.5], gateway: [4.1] }, { direct: 2, bare: 2.5, gateway: 4.1 }));
    expect(verdicts(fail, 'chunk')).toEqual(['FAIL', 'FAIL']);
  });

  it('lets round-by-round detail lines run past the metric column instead of widening it', () => {
    const many = Array.from({ length: 40 }, () => 2);
    const table = renderTable(pacedResults({ direct: many, bare: many, gateway: many }, { direct: 2, bare: 2, gateway: 2 }));
    const header = table.split('\n')[0];
    expect(header.indexOf('direct')).toBeLessThan(60);
    expect(table).toContain('round by round: 0.00 0.00');
  });
});

/** The latency phase's results at `rate` for direct, floor, gateway and the gateway with budgets in Redis, from per-round p99s (ms). */
function latencyResults(rate: number, redisRoundP99s: number[]) {
  const target = (roundP99s: number[]) => ({
    latencyMs: { p50: 1, p99: Math.max(...roundP99s), 'p99.9': 5 },
    roundQuantilesMs: roundP99s.map((p99) => ({ p50: 1, p99 })),
    senderLagMs: { p50: 0, p99: 0, max: 0 },
    cpuUsPerReq: 100,
    auxCpuUsPerReq: 10,
    failed: 0,
  });
  const flat = [1, 1, 1];
  return { rate, direct: target(flat), bare: target([1.5, 1.5, 1.5]), gateway: target([2, 2, 2]), 'gateway-redis': target(redisRoundP99s) };
}

describe('bench report: the latency verdicts', () => {
  const redisVerdicts = (rows: Row[]) => {
    const redis = rows.findIndex((r) => r.cells?.[0] === 'budgets in Redis: added p50 (ms)');
    return rows[redis + 1]?.cells?.slice(5);
  };

  it("judges Redis mode's added p99 against < 2 ms at 300 req/s, by the median of rounds", () => {
    const pass = buildRows({ settings: { cpu: { tokens: 50 } }, phases: { latency300: latencyResults(300, [2.5, 2.9, 9]) } });
    expect(redisVerdicts(pass)).toEqual(['< 2 ms at 300/s', 'PASS']);
    const fail = buildRows({ settings: { cpu: { tokens: 50 } }, phases: { latency300: latencyResults(300, [3.5, 3.1, 1]) } });
    expect(redisVerdicts(fail)).toEqual(['< 2 ms at 300/s', 'FAIL']);
  });

  it('shows a section per rate, lowest first, and judges Redis mode at 300 req/s only', () => {
    const rows = buildRows({ settings: { cpu: { tokens: 50 } }, phases: { latency500: latencyResults(500, [9, 9, 9]), latency300: latencyResults(300, [2, 2, 2]) } });
    expect(rows.filter((r) => r.section?.startsWith('Latency at')).map((r) => r.section?.slice(0, 22))).toEqual(['Latency at 300 req/s, ', 'Latency at 500 req/s, ']);
    const redisRows = rows.filter((r) => r.cells?.[0] === '  added p99, median of rounds (ms)').map((r) => r.cells?.slice(5));
    expect(redisRows).toEqual([['< 2 ms at 300/s', 'PASS'], ['', '']]);
  });

  it('still reads results of one rate saved before the rates were split', () => {
    const rows = buildRows({ settings: { cpu: { tokens: 50 }, latency: { rate: 500 } }, phases: { latency: { ...latencyResults(500, [1, 1, 1]), rate: undefined } } });
    expect(rows.some((r) => r.section?.startsWith('Latency at 500 req/s'))).toBe(true);
  });
});

describe('bench report: a base build beside this one (--base-dist)', () => {
  it('shows this build against the base build per round, the base in the floor column', () => {
    const rounds = (us: number[]) => us.map((cpuUsPerReq) => ({ cpuUsPerReq }));
    const target = (us: number[]) => ({ cpuUsPerReq: us.reduce((a, b) => a + b) / us.length, rounds: rounds(us), failed: 0 });
    const body1mb = { bare: target([1000, 1000]), gateway: target([3000, 4000]), 'gateway-base': target([4000, 4000]) };
    const rows = buildRows({ settings: { cpu: { tokens: 50 }, body1mb: { bodyBytes: 1_000_000, concurrency: 4 } }, phases: { body1mb } });
    const against = rows.find((r) => r.cells?.[0].startsWith('  this build against the base build'));
    expect(against?.cells?.slice(2, 5)).toEqual(['4000.0', '3500.0', '0.88x (median 0.88x)']);
  });
});
