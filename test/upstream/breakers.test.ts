import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configSchema, type Config } from '../../src/config/schema.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics, type GatewayMetrics } from '../../src/metrics/registry.js';
import {
  AttemptError,
  BreakerOpenError,
  countsAgainstBreaker,
  errorCodeLabel,
  isRetryableOverload,
} from '../../src/upstream/attempt-error.js';
import { JITTER, PROBE_RETRY_MS, openPeriodMs } from '../../src/upstream/breaker.js';
import { Breakers } from '../../src/upstream/breakers.js';

const OPUS = 'claude-opus-4-7';
const price = { input: 1, output: 1, cacheWrite: 1, cacheRead: 1 };

function makeConfig(breaker: Partial<Config['breaker']> = {}): Config {
  return configSchema.parse({
    models: {
      haiku: { id: 'claude-haiku-4-5', price },
      sonnet: { id: 'claude-sonnet-4-6', price },
      opus: { id: OPUS, price },
    },
    breaker: { volumeThreshold: 5, errorThresholdPercentage: 50, rollingWindowMs: 10_000, resetTimeoutMs: 1000, maxResetTimeoutMs: 10_000, ...breaker },
    orgs: [{ id: 'test', keys: [`sha256:${'0'.repeat(64)}`] }],
  });
}

const overloaded = (): AttemptError => new AttemptError('status', 529, 'Overloaded');
const fail = (err: unknown) => (): Promise<never> => Promise.reject(err);
const ok = (): Promise<string> => Promise.resolve('ok');

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** 0 unless open (or half-open with the probe in flight); else the time until a call may be admitted. */
const retryAfterMs = (b: Breakers, model = OPUS): number => b.views().find((v) => v.model === model)?.retryAfterMs ?? 0;

async function gauge(metrics: GatewayMetrics, model: string): Promise<number | undefined> {
  const { values } = await metrics.circuitState.get();
  return values.find((v) => v.labels.model === model)?.value;
}

async function upstreamErrors(metrics: GatewayMetrics, model: string, code: string): Promise<number> {
  const { values } = await metrics.upstreamErrors.get();
  return values.find((v) => v.labels.model === model && v.labels.code === code)?.value ?? 0;
}

describe('failure classification', () => {
  const tripOn = [529];
  const cases: Array<[string, unknown, boolean, boolean, boolean]> = [
    // name, error, countsAgainstBreaker, retryable (onRateLimit true), retryable (onRateLimit false)
    ['529', overloaded(), true, true, true],
    ['429', new AttemptError('status', 429, 'rate limited', 2000), false, true, false],
    ['400', new AttemptError('status', 400, 'bad'), false, false, false],
    ['404', new AttemptError('status', 404, 'no'), false, false, false],
    ['500 (not in tripOn)', new AttemptError('status', 500, 'oops'), false, false, false],
    ['timeout', new AttemptError('timeout', undefined, 'slow'), true, true, true],
    ['network', new AttemptError('network', undefined, 'reset'), true, true, true],
    ['stream_overloaded', new AttemptError('stream_overloaded', 200, 'overloaded_error'), true, true, true],
    ['breaker open', new BreakerOpenError(OPUS, 1000), false, true, true],
    ['plain Error (client abort)', new Error('aborted'), false, false, false],
  ];
  it.each(cases)('%s', (_name, err, counts, retryWithRateLimit, retryWithout) => {
    expect(countsAgainstBreaker(err, tripOn)).toBe(counts);
    expect(isRetryableOverload(err, true)).toBe(retryWithRateLimit);
    expect(isRetryableOverload(err, false)).toBe(retryWithout);
  });

  it('tripOn adds 5xx statuses but never a 4xx', () => {
    expect(countsAgainstBreaker(new AttemptError('status', 503, 'x'), [529, 503])).toBe(true);
    expect(isRetryableOverload(new AttemptError('status', 503, 'x'), false, [529, 503])).toBe(true);
    expect(countsAgainstBreaker(new AttemptError('status', 429, 'x'), [529, 429])).toBe(false);
    expect(countsAgainstBreaker(overloaded(), [503])).toBe(false);
  });

  it('labels upstream errors by status or kind', () => {
    expect(errorCodeLabel(overloaded())).toBe('529');
    expect(errorCodeLabel(new AttemptError('status', 429, 'x'))).toBe('429');
    expect(errorCodeLabel(new AttemptError('timeout', undefined, 'x'))).toBe('timeout');
    expect(errorCodeLabel(new AttemptError('network', undefined, 'x'))).toBe('network');
    expect(errorCodeLabel(new AttemptError('stream_overloaded', 200, 'x'))).toBe('stream_overloaded');
  });
});

describe('openPeriodMs', () => {
  const settings = { resetTimeoutMs: 1000, maxResetTimeoutMs: 10_000 };
  it('doubles per consecutive trip up to the cap', () => {
    const mid = (): number => 0.5;
    expect([1, 2, 3, 4, 5, 6, 40].map((n) => openPeriodMs(n, settings, mid))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });
  it('stays within the jitter bounds and never above the cap', () => {
    for (let i = 0; i <= 100; i++) {
      const r = (): number => i / 100.0001;
      expect(openPeriodMs(1, settings, r)).toBeGreaterThanOrEqual(1000 * (1 - JITTER));
      expect(openPeriodMs(1, settings, r)).toBeLessThanOrEqual(1000 * (1 + JITTER));
      expect(openPeriodMs(9, settings, r)).toBeGreaterThanOrEqual(10_000 * (1 - JITTER));
      expect(openPeriodMs(9, settings, r)).toBeLessThanOrEqual(10_000);
    }
  });
  it('by default never stays open longer than 60 s, however many trips (the outage-outliving 122 s of issue 22)', () => {
    const defaults = configSchema.shape.breaker.parse(undefined);
    expect(defaults.maxResetTimeoutMs).toBe(60_000);
    for (const trips of [1, 2, 3, 4, 10]) expect(openPeriodMs(trips, defaults, () => 0.9999)).toBeLessThanOrEqual(60_000);
    expect(openPeriodMs(3, defaults, () => 0.9999)).toBe(60_000); // 30 s × 4 × 1.2 would be 144 s
  });
  it('treats a cap below the base as the base', () => {
    expect(openPeriodMs(3, { resetTimeoutMs: 5000, maxResetTimeoutMs: 1000 }, () => 0.5)).toBe(5000);
  });
});

describe('Breakers', () => {
  let metrics: GatewayMetrics;
  let lines: Array<Record<string, unknown>>;
  let breakers: Breakers;
  let random: () => number;

  const create = (breaker: Partial<Config['breaker']> = {}): Breakers => {
    const logger = createLogger({ level: 'info', destination: { write: (s: string) => void lines.push(JSON.parse(s)) } });
    breakers = new Breakers(makeConfig(breaker), { metrics, logger, random: () => random() });
    return breakers;
  };
  const trip = async (b: Breakers, n = 5): Promise<void> => {
    for (let i = 0; i < n; i++) await expect(b.run(OPUS, fail(overloaded()))).rejects.toBeInstanceOf(AttemptError);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    metrics = createMetrics({ defaultMetrics: false });
    lines = [];
    random = () => 0.5;
  });
  afterEach(() => {
    breakers.shutdown();
    vi.useRealTimers();
  });

  it('starts closed with a gauge series for every catalogue model', async () => {
    const b = create();
    expect(b.state(OPUS)).toBe('closed');
    expect(retryAfterMs(b)).toBe(0);
    for (const id of ['claude-haiku-4-5', 'claude-sonnet-4-6', OPUS]) expect(await gauge(metrics, id)).toBe(0);
  });

  it('passes results and rejections through unchanged', async () => {
    const b = create();
    await expect(b.run(OPUS, ok)).resolves.toBe('ok');
    const err = new AttemptError('status', 400, 'bad request');
    await expect(b.run(OPUS, fail(err))).rejects.toBe(err);
    const sync = new AttemptError('network', undefined, 'thrown synchronously');
    await expect(
      b.run(OPUS, () => {
        throw sync;
      }),
    ).rejects.toBe(sync);
  });

  it('opens after volumeThreshold failures, then rejects without calling the attempt', async () => {
    const b = create();
    await trip(b, 4);
    expect(b.state(OPUS)).toBe('closed');
    await trip(b, 1);
    expect(b.state(OPUS)).toBe('open');
    expect(await gauge(metrics, OPUS)).toBe(2);
    expect(retryAfterMs(b)).toBe(1000);

    const attempt = vi.fn(ok);
    const rejection = b.run(OPUS, attempt);
    await expect(rejection).rejects.toBeInstanceOf(BreakerOpenError);
    await expect(rejection).rejects.toMatchObject({ modelId: OPUS, retryAfterMs: 1000, halfOpen: false });
    expect(attempt).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(retryAfterMs(b)).toBe(600);
    expect(b.state('claude-sonnet-4-6')).toBe('closed');
    expect(await upstreamErrors(metrics, OPUS, '529')).toBe(5);
  });

  it('opens at exactly the threshold percentage (>=, unlike opossum\'s >)', async () => {
    const b = create({ volumeThreshold: 4 });
    await b.run(OPUS, ok);
    await b.run(OPUS, ok);
    await trip(b, 1);
    expect(b.state(OPUS)).toBe('closed'); // 3 calls: under volumeThreshold
    await trip(b, 1);
    expect(b.state(OPUS)).toBe('open'); // 2 of 4 = 50%
  });

  it('stays closed below the threshold percentage', async () => {
    const b = create();
    for (let i = 0; i < 10; i++) {
      await b.run(OPUS, ok);
      if (i % 3 === 0) await trip(b, 1);
    }
    expect(b.state(OPUS)).toBe('closed');
  });

  it('never opens on 4xx (429 included) or on statuses outside tripOn, but counts them as upstream errors', async () => {
    const b = create({ volumeThreshold: 1 });
    for (const status of [429, 400, 404, 500]) {
      for (let i = 0; i < 10; i++) await expect(b.run(OPUS, fail(new AttemptError('status', status, 'x')))).rejects.toBeInstanceOf(AttemptError);
    }
    expect(b.state(OPUS)).toBe('closed');
    expect(await upstreamErrors(metrics, OPUS, '429')).toBe(10);
    expect(await upstreamErrors(metrics, OPUS, '500')).toBe(10);
  });

  it('does not count errors that say nothing about the upstream (client abort)', async () => {
    const b = create({ volumeThreshold: 1 });
    for (let i = 0; i < 10; i++) await expect(b.run(OPUS, fail(new Error('client gone')))).rejects.toThrow('client gone');
    expect(b.state(OPUS)).toBe('closed');
  });

  it.each([
    ['timeout', new AttemptError('timeout', undefined, 'no answer')],
    ['network', new AttemptError('network', undefined, 'ECONNRESET')],
    ['stream_overloaded', new AttemptError('stream_overloaded', 200, 'overloaded_error before content')],
  ])('opens on %s', async (code, err) => {
    const b = create();
    for (let i = 0; i < 5; i++) await expect(b.run(OPUS, fail(err))).rejects.toBe(err);
    expect(b.state(OPUS)).toBe('open');
    expect(await upstreamErrors(metrics, OPUS, code)).toBe(5);
  });

  it('applies tripOn from the config', async () => {
    const b = create({ tripOn: [529, 503] });
    for (let i = 0; i < 5; i++) await expect(b.run(OPUS, fail(new AttemptError('status', 503, 'x')))).rejects.toBeInstanceOf(AttemptError);
    expect(b.state(OPUS)).toBe('open');
  });

  it('forgets failures older than the rolling window', async () => {
    const b = create();
    await trip(b, 4);
    vi.advanceTimersByTime(11_000);
    await trip(b, 4);
    expect(b.state(OPUS)).toBe('closed');
  });

  it('drops failures a whole slice (a tenth of the window) at a time, counted from the window\'s start', async () => {
    const b = create();
    vi.advanceTimersByTime(500);
    await trip(b, 4); // in the first slice, [0, 1000)
    vi.advanceTimersByTime(9499); // t = 9999: still inside the window
    await b.run(OPUS, ok);
    await trip(b, 1);
    expect(b.state(OPUS)).toBe('open'); // 5 of 6 failed
    b.reset(OPUS);
    vi.advanceTimersByTime(500);
    await trip(b, 4);
    vi.advanceTimersByTime(9500); // 10 s after the reset: the first slice is gone
    await trip(b, 1);
    expect(b.state(OPUS)).toBe('closed'); // 1 of 1, under volumeThreshold
  });

  it('half-open admits exactly one probe at a time', async () => {
    const b = create();
    await trip(b);
    vi.advanceTimersByTime(999);
    expect(b.state(OPUS)).toBe('open');
    vi.advanceTimersByTime(1);
    expect(b.state(OPUS)).toBe('halfOpen');
    expect(await gauge(metrics, OPUS)).toBe(1);
    expect(retryAfterMs(b)).toBe(0);

    const probe = deferred<string>();
    const attempts = Array.from({ length: 5 }, () => vi.fn(() => probe.promise));
    const results = attempts.map((a) => b.run(OPUS, a));
    const settled = Promise.allSettled(results.slice(1));
    expect(attempts.filter((a) => a.mock.calls.length > 0)).toHaveLength(1);
    expect(attempts[0]).toHaveBeenCalledOnce();
    for (const r of (await settled)) {
      expect(r.status).toBe('rejected');
      if (r.status === 'rejected') expect(r.reason).toMatchObject({ name: 'BreakerOpenError', halfOpen: true, retryAfterMs: PROBE_RETRY_MS });
    }
    expect(retryAfterMs(b)).toBe(PROBE_RETRY_MS);

    probe.resolve('fine');
    await expect(results[0]).resolves.toBe('fine');
    expect(b.state(OPUS)).toBe('closed');
    expect(await gauge(metrics, OPUS)).toBe(0);
    await expect(b.run(OPUS, ok)).resolves.toBe('ok');
  });

  it('a failed probe re-opens for longer each time, up to the cap, and success resets the backoff', async () => {
    const b = create({ resetTimeoutMs: 1000, maxResetTimeoutMs: 5000 });
    await trip(b);
    const periods = [retryAfterMs(b)];
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersByTime(retryAfterMs(b));
      expect(b.state(OPUS)).toBe('halfOpen');
      await expect(b.run(OPUS, fail(overloaded()))).rejects.toBeInstanceOf(AttemptError);
      expect(b.state(OPUS)).toBe('open');
      periods.push(retryAfterMs(b));
    }
    expect(periods).toEqual([1000, 2000, 4000, 5000, 5000]);

    vi.advanceTimersByTime(5000);
    await b.run(OPUS, ok);
    expect(b.state(OPUS)).toBe('closed');
    await trip(b, 4); // with the probe's success: 4 of 5 failed
    expect(b.state(OPUS)).toBe('open');
    expect(retryAfterMs(b)).toBe(1000);
  });

  it('jitters the open period', async () => {
    random = () => 0;
    const b = create({ resetTimeoutMs: 1000 });
    await trip(b);
    expect(retryAfterMs(b)).toBe(800);
    vi.advanceTimersByTime(799);
    expect(b.state(OPUS)).toBe('open');
    vi.advanceTimersByTime(1);
    expect(b.state(OPUS)).toBe('halfOpen');
    random = () => 0.9999;
    await expect(b.run(OPUS, fail(overloaded()))).rejects.toBeInstanceOf(AttemptError);
    expect(retryAfterMs(b)).toBe(2400);
  });

  it('a probe answered with a 4xx closes; a probe ended by a client abort lets the next call probe', async () => {
    const b = create();
    await trip(b);
    vi.advanceTimersByTime(1000);
    await expect(b.run(OPUS, fail(new Error('client gone')))).rejects.toThrow('client gone');
    expect(b.state(OPUS)).toBe('halfOpen');
    expect(retryAfterMs(b)).toBe(0);
    await expect(b.run(OPUS, fail(new AttemptError('status', 400, 'bad')))).rejects.toBeInstanceOf(AttemptError);
    expect(b.state(OPUS)).toBe('closed');
  });

  it('recordFailure counts a failure found after run() resolved', async () => {
    const b = create();
    for (let i = 0; i < 5; i++) await b.run(OPUS, ok);
    const midStream = new AttemptError('stream_overloaded', 200, 'overloaded_error after content');
    b.recordFailure(OPUS, midStream);
    b.recordFailure(OPUS, midStream);
    expect(b.state(OPUS)).toBe('closed'); // 2 of 5
    b.recordFailure(OPUS, new AttemptError('status', 429, 'not counted'));
    expect(b.state(OPUS)).toBe('closed');
    b.recordFailure(OPUS, midStream);
    expect(b.state(OPUS)).toBe('open'); // 3 of 5
    expect(await upstreamErrors(metrics, OPUS, 'stream_overloaded')).toBe(3);
    expect(await upstreamErrors(metrics, OPUS, '429')).toBe(1);
  });

  it('recordFailure while half-open re-opens, and the stale probe cannot close a later half-open', async () => {
    const b = create();
    await trip(b);
    vi.advanceTimersByTime(1000);
    const probe = deferred<string>();
    const probed = b.run(OPUS, () => probe.promise);
    b.recordFailure(OPUS, new AttemptError('stream_overloaded', 200, 'x'));
    expect(b.state(OPUS)).toBe('open');
    expect(retryAfterMs(b)).toBe(2000);
    vi.advanceTimersByTime(2000);
    expect(b.state(OPUS)).toBe('halfOpen');
    probe.resolve('late');
    await expect(probed).resolves.toBe('late');
    expect(b.state(OPUS)).toBe('halfOpen');
  });

  it('starts a fresh rolling window at half-open, so the failures that tripped it do not re-trip it', async () => {
    const b = create({ rollingWindowMs: 60_000, resetTimeoutMs: 1000 });
    await trip(b);
    vi.advanceTimersByTime(1000);
    await b.run(OPUS, ok);
    await trip(b, 1);
    expect(b.state(OPUS)).toBe('closed');
  });

  it('late outcomes of attempts started before the trip do not decide the half-open state', async () => {
    const b = create();
    const slowOk = deferred<string>();
    const slowFail = deferred<string>();
    const lateOk = b.run(OPUS, () => slowOk.promise);
    const lateFail = b.run(OPUS, () => slowFail.promise);
    await trip(b, 3); // 3 failures of 5 calls
    expect(b.state(OPUS)).toBe('open');
    vi.advanceTimersByTime(1000);
    expect(b.state(OPUS)).toBe('halfOpen');
    slowOk.resolve('late');
    await expect(lateOk).resolves.toBe('late');
    expect(b.state(OPUS)).toBe('halfOpen');
    slowFail.reject(overloaded());
    await expect(lateFail).rejects.toBeInstanceOf(AttemptError);
    expect(b.state(OPUS)).toBe('halfOpen');
    expect(await upstreamErrors(metrics, OPUS, '529')).toBe(4);
  });

  it('logs one line per state change and mirrors it in the gauge', async () => {
    const b = create();
    await trip(b);
    vi.advanceTimersByTime(1000);
    await b.run(OPUS, ok);
    const changes = lines.filter((l) => l.model === OPUS).map((l) => [l.from, l.to, l.nextResetMs]);
    expect(changes).toEqual([
      ['closed', 'open', 1000],
      ['open', 'halfOpen', null],
      ['halfOpen', 'closed', null],
    ]);
    expect(await gauge(metrics, OPUS)).toBe(0);
  });

  it('creates breakers lazily for models outside the catalogue', async () => {
    const b = create({ volumeThreshold: 1 });
    await expect(b.run('claude-pinned', fail(overloaded()))).rejects.toBeInstanceOf(AttemptError);
    expect(b.state('claude-pinned')).toBe('open');
    expect(await gauge(metrics, 'claude-pinned')).toBe(2);
  });

  it('reload keeps state and applies new settings', async () => {
    const b = create();
    await trip(b);
    b.reload(makeConfig({ volumeThreshold: 2, tripOn: [529, 503], resetTimeoutMs: 3000 }));
    expect(b.state(OPUS)).toBe('open');
    expect(retryAfterMs(b)).toBe(1000); // the current open period is kept
    vi.advanceTimersByTime(1000);
    await b.run(OPUS, ok);
    expect(b.state(OPUS)).toBe('closed');
    await expect(b.run(OPUS, fail(new AttemptError('status', 503, 'x')))).rejects.toBeInstanceOf(AttemptError);
    expect(b.state(OPUS)).toBe('open'); // 2 calls, 1 failure: 50% with the new volumeThreshold and tripOn
    expect(retryAfterMs(b)).toBe(3000);
  });

  it('views show each breaker, and an operator reset closes an open one and restarts its backoff', async () => {
    const b = create({ resetTimeoutMs: 1000, maxResetTimeoutMs: 5000 });
    await trip(b);
    vi.advanceTimersByTime(1000);
    await expect(b.run(OPUS, fail(overloaded()))).rejects.toBeInstanceOf(AttemptError); // second trip: 2 s
    const open = b.views().find((v) => v.model === OPUS)!;
    expect(open).toMatchObject({ state: 'open', consecutiveTrips: 2, retryAfterMs: 2000 });
    expect(Date.parse(open.openUntil!)).toBe(Date.now() + 2000);
    expect(b.views().map((v) => v.model)).toEqual(['claude-haiku-4-5', 'claude-sonnet-4-6', OPUS]);

    expect(b.reset(OPUS)).toBe(true);
    expect(b.views().find((v) => v.model === OPUS)).toMatchObject({ state: 'closed', consecutiveTrips: 0, openUntil: null });
    expect(await gauge(metrics, OPUS)).toBe(0);
    expect(lines.some((l) => l.msg === 'circuit breaker reset by an operator' && l.model === OPUS)).toBe(true);
    await expect(b.run(OPUS, ok)).resolves.toBe('ok');
    await trip(b, 4); // a fresh window (with the ok above, 4 of 5 failed); the backoff starts over at 1 s
    expect(retryAfterMs(b)).toBe(1000);
    expect(b.reset('no-such-model')).toBe(false);
  });

  it('rejects every call after shutdown', async () => {
    const b = create();
    b.shutdown();
    const attempt = vi.fn(ok);
    await expect(b.run(OPUS, attempt)).rejects.toThrow('shut down');
    expect(attempt).not.toHaveBeenCalled();
  });
});

describe('Breakers with an injected clock', () => {
  it('opens, half-opens and closes on the clock it is given', async () => {
    let now = 1_000_000;
    const timers: Array<{ at: number; fn: () => void }> = [];
    const clock = {
      now: () => now,
      after(ms: number, fn: () => void) {
        const timer = { at: now + ms, fn };
        timers.push(timer);
        return () => void timers.splice(timers.indexOf(timer), 1);
      },
    };
    const advance = (ms: number): void => {
      now += ms;
      for (const t of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    };
    const b = new Breakers(makeConfig({ volumeThreshold: 2 }), { metrics: createMetrics({ defaultMetrics: false }), logger: createLogger({ level: 'silent' }), random: () => 0.5, clock });
    try {
      for (let i = 0; i < 2; i++) await expect(b.run(OPUS, fail(overloaded()))).rejects.toBeInstanceOf(AttemptError);
      expect(b.state(OPUS)).toBe('open');
      expect(retryAfterMs(b)).toBe(1000);
      advance(999);
      expect(retryAfterMs(b)).toBe(1);
      expect(b.state(OPUS)).toBe('open');
      advance(1);
      expect(b.state(OPUS)).toBe('halfOpen');
      await expect(b.run(OPUS, ok)).resolves.toBe('ok');
      expect(b.state(OPUS)).toBe('closed');
      expect(timers).toHaveLength(0);
    } finally {
      b.shutdown();
    }
  });
});

describe('Breakers on the system clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('recovers through half-open after the reset timeout, driven by the timers the default clock sets', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const metrics = createMetrics({ defaultMetrics: false });
    // No clock given: Date.now and setTimeout, here the fake ones.
    const b = new Breakers(makeConfig({ volumeThreshold: 2, resetTimeoutMs: 20, maxResetTimeoutMs: 40 }), {
      metrics,
      logger: createLogger({ level: 'silent' }),
      random: () => 0.5,
    });
    try {
      for (let i = 0; i < 2; i++) await expect(b.run(OPUS, fail(overloaded()))).rejects.toBeInstanceOf(AttemptError);
      expect(b.state(OPUS)).toBe('open');
      expect(retryAfterMs(b)).toBe(20);
      vi.advanceTimersByTime(19);
      expect(b.state(OPUS)).toBe('open');
      expect(retryAfterMs(b)).toBe(1);
      vi.advanceTimersByTime(1);
      expect(b.state(OPUS)).toBe('halfOpen');
      await expect(b.run(OPUS, ok)).resolves.toBe('ok');
      expect(b.state(OPUS)).toBe('closed');
    } finally {
      b.shutdown();
    }
  });
});
