import { describe, expect, it } from 'vitest';
import { createLogger, infoLine } from '../../src/logger.js';

/** A logger writing into `lines`, made by createLogger as the gateway's is. */
function capture(logPrompts = false) {
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', logPrompts, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines };
}

/** The time member differs between two calls; everything else must not. */
const untimed = (line: string | undefined): string => (line ?? '').replace(/,"time":"[^"]*"/, ',"time":"T"');

describe('infoLine writes what logger.info writes', () => {
  const cases: Record<string, unknown>[] = [
    { requestId: 'req_1', org: 'acme', stream: false, status: 200, tokens: { input: 412, output: 50 }, costUsd: 0.000662, overheadMs: 0.213 },
    { reason: 'model "claude\\x" asked for\n\ttab', fallbackFrom: undefined, errorCode: undefined, status: undefined },
    { control: 'a\u0001b', long: 'x'.repeat(150), quote: '"', nan: Number.NaN, infinite: Number.POSITIVE_INFINITY, nothing: null },
    {},
  ];
  it.each(cases)('%j', (fields) => {
    const { logger, lines } = capture();
    logger.info(fields, 'request');
    infoLine(logger, fields, 'request');
    expect(lines).toHaveLength(2);
    expect(untimed(lines[1])).toBe(untimed(lines[0]));
  });

  it('a redacted member goes through pino, which redacts it; a logged prompt is written as given', () => {
    const redacting = capture(false);
    infoLine(redacting.logger, { org: 'acme', prompt: 'secret text' }, 'request');
    expect(JSON.parse(redacting.lines[0] ?? '')).toMatchObject({ org: 'acme', prompt: '[redacted]', msg: 'request' });
    const logging = capture(true);
    infoLine(logging.logger, { org: 'acme', prompt: 'the text' }, 'request');
    expect(JSON.parse(logging.lines[0] ?? '')).toMatchObject({ prompt: 'the text' });
  });

  it('nothing below the logger level, and a logger not made by createLogger is used through pino', () => {
    const quiet = capture();
    quiet.logger.level = 'warn';
    infoLine(quiet.logger, { org: 'acme' }, 'request');
    expect(quiet.lines).toHaveLength(0);
    const { logger, lines } = capture();
    const child = logger.child({ component: 'x' });
    infoLine(child, { org: 'acme' }, 'request');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ component: 'x', org: 'acme', msg: 'request' });
  });
});
