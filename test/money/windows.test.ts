import { describe, expect, it } from 'vitest';
import { currentWindow, daysBetween, utcDay } from '../../src/money/windows.js';

describe('UTC windows', () => {
  it('names the UTC day of any moment, across midnights and back and forth', () => {
    const moments: [string, string][] = [
      ['2026-01-01T23:59:59.999Z', '2026-01-01'],
      ['2026-01-02T00:00:00.000Z', '2026-01-02'],
      ['2026-01-01T00:00:00.000Z', '2026-01-01'],
      ['2025-12-31T23:59:59.999Z', '2025-12-31'],
      ['2024-02-29T12:00:00.000Z', '2024-02-29'],
      ['2026-01-02T00:00:00.000Z', '2026-01-02'],
    ];
    for (const [iso, day] of moments) expect(utcDay(Date.parse(iso))).toBe(day);
  });

  it('gives the daily and monthly window with the moment each resets', () => {
    const now = Date.parse('2026-03-31T22:10:00Z');
    expect(currentWindow('daily', now)).toEqual({ kind: 'daily', id: '2026-03-31', resetsAt: Date.parse('2026-04-01T00:00:00Z') });
    expect(currentWindow('monthly', now)).toEqual({ kind: 'monthly', id: '2026-03', resetsAt: Date.parse('2026-04-01T00:00:00Z') });
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});
