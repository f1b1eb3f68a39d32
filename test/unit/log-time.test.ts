import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
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
    const lines: string[] = [];
    const logger = pino({ timestamp: isoTime }, { write: (line: string) => lines.push(line) });
    const before = Date.now();
    logger.info('x');
    const time = Date.parse((JSON.parse(lines[0] ?? '{}') as { time: string }).time);
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
    expect(pino.stdTimeFunctions.isoTime().length).toBe(isoTime().length);
  });
});
