import { describe, expect, it } from 'vitest';
import { prettyLine } from '../../src/log-pretty.js';

describe('LOG_FORMAT=pretty', () => {
  it('turns a JSON log line into time, level, message and key=value pairs', () => {
    const line = JSON.stringify({ level: 'warn', time: '2026-12-07T06:55:22.123Z', service: 'llm-gateway', msg: 'circuit breaker opened', model: 'claude-opus-4-7', nextResetMs: 30000, reason: 'two words', tokens: { input: 3 } });
    expect(prettyLine(line)).toBe('06:55:22.123 WARN  circuit breaker opened model=claude-opus-4-7 nextResetMs=30000 reason="two words" tokens={"input":3}\n');
  });
  it('passes a line that is not JSON through', () => {
    expect(prettyLine('plain text\n')).toBe('plain text\n');
  });
});
