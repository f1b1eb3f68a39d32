import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { isoTime } from '../../src/logger.js';

describe('isoTime (the log lines\' timestamp)', () => {
  it("matches pino's isoTime to the millisecond, across seconds, days and padding", () => {
    const instants = [0, 7, 45, 999, 1_000, 86_399_999, 86_400_000, Date.UTC(2026, 10, 23, 1, 30, 18, 432), Date.UTC(2026, 11, 31, 23, 59, 59, 5)];
    for (const now of instants) {
      const expected = `,"time":"${new Date(now).toISOString()}"`;
      expect(isoTime(now)).toBe(expected);
      expect(isoTime(now + 1)).toBe(`,"time":"${new Date(now + 1).toISOString()}"`); // the cached second, reused or replaced
    }
  });

  it('is what a logger writes', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 7, 9, 30, 1, 234), toFake: ['Date'] });
    try {
      const lines: string[] = [];
      const logger = pino({ timestamp: isoTime }, { write: (line: string) => lines.push(line) });
      logger.info('x');
      expect((JSON.parse(lines[0] ?? '{}') as { time: string }).time).toBe('2026-12-07T09:30:01.234Z');
    } finally {
      vi.useRealTimers();
    }
    expect(pino.stdTimeFunctions.isoTime().length).toBe(isoTime().length);
  });
});
