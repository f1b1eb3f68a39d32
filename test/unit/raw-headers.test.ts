import { describe, expect, it } from 'vitest';
import { RawHeaders } from '../../src/upstream/raw-headers.js';

const raw = (...pairs: string[]): Buffer[] => pairs.map((p) => Buffer.from(p, 'latin1'));

describe('RawHeaders reads the headers of an answer from their bytes', () => {
  const headers = new RawHeaders(
    raw('Content-Type', 'application/json', 'anthropic-ratelimit-tokens-limit', '100', 'ANTHROPIC-RATELIMIT-TOKENS-RESET', '2026-12-07T16:13:00Z', 'request-id', 'req_1', 'Request-Id', 'req_2', 'x-note', 'caf\xe9'),
  );

  it('finds a header whatever the case of its name, and gives its first value', () => {
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('anthropic-ratelimit-tokens-reset')).toBe('2026-12-07T16:13:00Z');
    expect(headers.get('request-id')).toBe('req_1');
  });

  it('tells apart names of the same length', () => {
    expect(headers.get('anthropic-ratelimit-tokens-limit')).toBe('100');
    expect(headers.get('anthropic-ratelimit-tokens-lim1t')).toBeUndefined();
    expect(headers.get('retry-after')).toBeUndefined();
  });

  it('decodes values as latin1, as undici does', () => {
    expect(headers.get('x-note')).toBe('café');
  });
});
