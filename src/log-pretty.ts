import type { FlushableDestination } from './logger.js';

const LEVEL_WIDTH = 5;
/** Keys every line has, shown in the line's head instead of as key=value. */
const HEAD_KEYS = new Set(['level', 'time', 'msg', 'service']);

const show = (value: unknown): string => {
  if (typeof value === 'string') return /^[\w.:/@+-]*$/.test(value) && value !== '' ? value : JSON.stringify(value);
  return JSON.stringify(value);
};

/**
 * One pino JSON line as a terminal line: `12:30:18.432 INFO  gateway listening port=8080 url=http://...`.
 * Nested values stay JSON. A line that is not JSON passes through unchanged.
 */
export function prettyLine(line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = typeof record.time === 'string' ? record.time.slice(11, 23) : '';
  const level = String(record.level ?? '').toUpperCase().padEnd(LEVEL_WIDTH);
  const fields = Object.entries(record)
    .filter(([key, value]) => !HEAD_KEYS.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${show(value)}`);
  return `${[time, level, String(record.msg ?? ''), ...fields].filter((part) => part !== '').join(' ')}\n`;
}

/** A log destination that writes each JSON line pino gives it as prettyLine's text (LOG_FORMAT=pretty). */
export function prettyDestination(out: FlushableDestination): FlushableDestination {
  return {
    write: (line: string) => out.write(prettyLine(line)),
    flushSync: () => out.flushSync(),
  };
}
