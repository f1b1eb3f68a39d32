import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpstreamLimits } from '../../src/limits/index.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics/registry.js';
import { limitsConfig, MODEL_IDS, type LimitsConfigOptions } from './support.js';

const SONNET = MODEL_IDS.sonnet;

function upstream(options: Partial<LimitsConfigOptions> = {}): UpstreamLimits {
  const config = limitsConfig({ orgs: { a: undefined }, ...options });
  return new UpstreamLimits(config, { metrics: createMetrics({ defaultMetrics: false }), logger: createLogger({ level: 'silent' }) });
}

const inSeconds = (s: number): string => new Date(Date.now() + s * 1000).toISOString();

// The clock is vitest's, on a whole second: retry-after times are exact, and pass only when a test moves it.
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('upstream limits per model', () => {
  it('without configured limits or headers, every request goes', () => {
    const limits = upstream();
    for (let i = 0; i < 100; i++) expect(limits.check(SONNET, 100_000, 64_000).ok).toBe(true);
  });

  it("keeps this replica within its share of the account's configured limits", () => {
    const limits = upstream({ upstreamLimits: { sonnet: { rpm: 10, otpm: 1000 } }, replicas: 2 }); // 5 rpm, 500 otpm each
    for (let i = 0; i < 5; i++) expect(limits.check(SONNET, 10, 10).ok).toBe(true);
    const refused = limits.check(SONNET, 10, 10);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.retryAfterMs).toBe(12_000); // 5 a minute: one every 12 s
    }
    expect(limits.check(MODEL_IDS.haiku, 10, 10).ok).toBe(true); // other models have their own limits
  });

  it('returns unused output tokens on release, once', () => {
    const limits = upstream({ upstreamLimits: { sonnet: { otpm: 1000 } } });
    const first = limits.check(SONNET, 0, 900);
    expect(first.ok).toBe(true);
    expect(limits.check(SONNET, 0, 900).ok).toBe(false);
    if (first.ok) {
      first.release({ inputTokens: 0, cacheCreationInputTokens: 0, outputTokens: 100 });
      first.release({ inputTokens: 0, cacheCreationInputTokens: 0, outputTokens: 0 });
    }
    expect(limits.check(SONNET, 0, 800).ok).toBe(true);
    expect(limits.check(SONNET, 0, 200).ok).toBe(false);
  });

  it('a 429 with retry-after pauses that model until then', () => {
    const limits = upstream();
    limits.observe(SONNET, 429, { 'retry-after': '3' });
    const refused = limits.check(SONNET, 10, 10);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.retryAfterMs).toBe(3_000);
    }
    expect(limits.check(MODEL_IDS.opus, 10, 10).ok).toBe(true);
  });

  it('understands retry-after-ms, an HTTP date, and Headers objects', () => {
    const limits = upstream();
    limits.observe(SONNET, 429, new Headers({ 'retry-after-ms': '1500' }));
    const a = limits.check(SONNET, 1, 1);
    expect(a).toMatchObject({ ok: false, retryAfterMs: 1_500 });

    limits.observe(MODEL_IDS.opus, 429, { 'retry-after': new Date(Date.now() + 5_000).toUTCString() });
    const b = limits.check(MODEL_IDS.opus, 1, 1);
    expect(b).toMatchObject({ ok: false, retryAfterMs: 5_000 });
  });

  it('remaining=0 in the headers holds requests back until the bucket refills', () => {
    const limits = upstream();
    limits.observe(SONNET, 200, {
      'anthropic-ratelimit-requests-limit': '60',
      'anthropic-ratelimit-requests-remaining': '0',
      'anthropic-ratelimit-requests-reset': inSeconds(60),
      'anthropic-ratelimit-output-tokens-limit': '80000',
      'anthropic-ratelimit-output-tokens-remaining': '50000',
      'anthropic-ratelimit-output-tokens-reset': inSeconds(30),
    });
    const refused = limits.check(SONNET, 10, 10);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.retryAfterMs).toBe(1_000); // one request a second
    }
  });

  it('remaining budget in the headers is spent by the requests sent after them', () => {
    const limits = upstream();
    limits.observe(SONNET, 200, {
      'anthropic-ratelimit-input-tokens-limit': '100000',
      'anthropic-ratelimit-input-tokens-remaining': '30000',
      'anthropic-ratelimit-input-tokens-reset': inSeconds(60),
    });
    expect(limits.check(SONNET, 20_000, 10).ok).toBe(true);
    expect(limits.check(SONNET, 20_000, 10).ok).toBe(false);
    // A newer answer says there is room again.
    limits.observe(SONNET, 200, {
      'anthropic-ratelimit-input-tokens-limit': '100000',
      'anthropic-ratelimit-input-tokens-remaining': '90000',
      'anthropic-ratelimit-input-tokens-reset': inSeconds(6),
    });
    expect(limits.check(SONNET, 20_000, 10).ok).toBe(true);
  });

  it('while the account has room, reads headers at most every 100 ms; near exhaustion and on a 429, every time', () => {
    const limits = upstream();
    const answer = (remaining: number): Record<string, string> => ({
      'anthropic-ratelimit-requests-limit': '1000',
      'anthropic-ratelimit-requests-remaining': String(remaining),
      'anthropic-ratelimit-requests-reset': inSeconds(60),
    });
    limits.observe(SONNET, 200, answer(900));
    limits.observe(SONNET, 200, answer(0)); // within 100 ms of a roomy reading: skipped
    expect(limits.check(SONNET, 1, 1).ok).toBe(true);
    vi.advanceTimersByTime(120);
    limits.observe(SONNET, 200, answer(400)); // read: below half the account
    limits.observe(SONNET, 200, answer(0)); // read at once
    expect(limits.check(SONNET, 1, 1).ok).toBe(false);

    const other = upstream();
    other.observe(SONNET, 200, answer(900));
    other.observe(SONNET, 429, { 'retry-after': '5' }); // never skipped
    expect(other.check(SONNET, 1, 1).ok).toBe(false);
  });

  it('a 429 without retry-after waits for the exhausted dimension to reset', () => {
    const limits = upstream();
    limits.observe(SONNET, 429, {
      'anthropic-ratelimit-output-tokens-limit': '1000',
      'anthropic-ratelimit-output-tokens-remaining': '0',
      'anthropic-ratelimit-output-tokens-reset': inSeconds(4),
    });
    const refused = limits.check(SONNET, 1, 1);
    expect(refused).toMatchObject({ ok: false, retryAfterMs: 4_000 });
  });

  it('reload resizes the shares and keeps what was spent', () => {
    const limits = upstream({ upstreamLimits: { sonnet: { rpm: 4 } } });
    expect(limits.check(SONNET, 1, 1).ok).toBe(true);
    expect(limits.check(SONNET, 1, 1).ok).toBe(true);
    limits.reload(limitsConfig({ orgs: { a: undefined }, upstreamLimits: { sonnet: { rpm: 3 } } }));
    expect(limits.check(SONNET, 1, 1).ok).toBe(true);
    expect(limits.check(SONNET, 1, 1).ok).toBe(false);
  });
});
