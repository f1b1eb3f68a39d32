import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GatewayError } from '../../src/errors.js';
import { admit, pass, refusal, usage, useMemoryLimits } from './helpers.js';
import { limitsConfig, metricValue } from './support.js';

const setup = useMemoryLimits();
// Time is what these tests are about: the clock (Date, timers) is vitest's, moved by the tests.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Notes when a promise settles, so a test can tell "still waiting" from "done" at a given moment. */
function watch<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let settled = false;
  const watched = promise.finally(() => {
    settled = true;
  });
  watched.catch(() => undefined);
  return { promise: watched, settled: () => settled };
}

describe('queueing', () => {
  it('waits for the refill up to maxQueueMs and reports the time queued', async () => {
    const h = setup({ a: { itpm: 600, maxQueueMs: 3_000 } }); // 10 tokens a second
    await admit(h, 'a', 600);
    const askedAt = Date.now();
    const pending = watch(admit(h, 'a', 10)); // one second of refill
    await pass(900);
    expect(pending.settled()).toBe(false);
    expect(await metricValue(h.metrics, 'gateway_ratelimit_queue_depth', { org: 'a' })).toBe(1);
    await pass(200);
    expect(pending.settled()).toBe(true);
    const ticket = await pending.promise;
    expect(ticket.queuedMs).toBeGreaterThanOrEqual(1_000);
    expect(askedAt + ticket.queuedMs).toBeLessThanOrEqual(Date.now());
    expect(await metricValue(h.metrics, 'gateway_ratelimit_queue_depth', { org: 'a' })).toBe(0);
  });

  it('answers 429 when maxQueueMs passes first, with retry-after from the deficit', async () => {
    const h = setup({ a: { itpm: 600, maxQueueMs: 300 } });
    await admit(h, 'a', 600);
    const pending = watch(admit(h, 'a', 100)); // 10 s of refill
    await pass(299);
    expect(pending.settled()).toBe(false);
    expect(await metricValue(h.metrics, 'gateway_ratelimit_queue_depth', { org: 'a' })).toBe(1);
    await pass(1);
    expect(pending.settled()).toBe(true);
    const err = await refusal(pending.promise);
    expect(err.headers['retry-after']).toBe('10');
    expect(await metricValue(h.metrics, 'gateway_ratelimit_queue_depth', { org: 'a' })).toBe(0);
  });

  it('serves the line in order: a small request does not overtake a large one', async () => {
    const h = setup({ a: { itpm: 1200, maxQueueMs: 5_000 } }); // 20 a second
    await admit(h, 'a', 1200);
    const order: string[] = [];
    const large = admit(h, 'a', 30).then(() => order.push('large'));
    await pass(20);
    const small = admit(h, 'a', 5).then(() => order.push('small'));
    await pass(2_000);
    await Promise.all([large, small]);
    expect(order).toEqual(['large', 'small']);
  });

  it('an aborted request leaves the line at once and spends nothing', async () => {
    const h = setup({ a: { itpm: 600, maxQueueMs: 10_000 } });
    await admit(h, 'a', 590);
    const controller = new AbortController();
    const pending = admit(h, 'a', 100, 0, controller.signal);
    await pass(0);
    expect(await metricValue(h.metrics, 'gateway_ratelimit_queue_depth', { org: 'a' })).toBe(1);
    controller.abort(); // the clock stands still: leaving takes no time
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(await metricValue(h.metrics, 'gateway_ratelimit_queue_depth', { org: 'a' })).toBe(0);
    const next = await admit(h, 'a', 0);
    expect(next.headers['anthropic-ratelimit-input-tokens-remaining']).toBe('10');
    expect(await metricValue(h.metrics, 'gateway_ratelimit_rejections_total', { org: 'a', limit: 'itpm' })).toBe(0);
  });

  it('asks a signal given as a function only of a request that waits, and leaves the line when it aborts', async () => {
    const h = setup({ a: { itpm: 600, maxQueueMs: 10_000 } });
    const controller = new AbortController();
    let asked = 0;
    const signal = (): AbortSignal => (asked++, controller.signal);
    await admit(h, 'a', 590, 0, signal); // room at once
    expect(asked).toBe(0);
    const pending = admit(h, 'a', 100, 0, signal);
    await pass(0);
    expect(asked).toBe(1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(await metricValue(h.metrics, 'gateway_ratelimit_queue_depth', { org: 'a' })).toBe(0);
  });

  it('a request that leaves from the middle of the line does not hold up the ones behind it', async () => {
    const h = setup({ a: { itpm: 1200, maxQueueMs: 5_000 } }); // 20 a second
    await admit(h, 'a', 1200);
    const order: string[] = [];
    const head = admit(h, 'a', 20).then(() => order.push('head'));
    const controller = new AbortController();
    const middle = admit(h, 'a', 5, 0, controller.signal);
    const last = admit(h, 'a', 5).then(() => order.push('last'));
    await pass(0);
    expect(await metricValue(h.metrics, 'gateway_ratelimit_queue_depth', { org: 'a' })).toBe(3);
    controller.abort();
    await expect(middle).rejects.toMatchObject({ name: 'AbortError' });
    await pass(1_300); // 1 s pays the head, 0.25 s the last one
    await Promise.all([head, last]);
    expect(order).toEqual(['head', 'last']);
    expect(await metricValue(h.metrics, 'gateway_ratelimit_queue_depth', { org: 'a' })).toBe(0);
  });
});

describe('concurrency', () => {
  it('holds a slot until the ticket settles; maxQueueMs 0 refuses at once', async () => {
    const h = setup({ a: { concurrency: 2, maxQueueMs: 0 } });
    const one = await admit(h, 'a');
    await admit(h, 'a');
    const err = await refusal(admit(h, 'a')); // with the clock standing still: at once
    expect(err.message).toMatch(/concurrent requests \(limit 2\)/);
    expect(err.headers['retry-after']).toBe('1');
    expect(await metricValue(h.metrics, 'gateway_ratelimit_rejections_total', { org: 'a', limit: 'concurrency' })).toBe(1);
    one.settle(undefined);
    await pass(20);
    await admit(h, 'a');
  });

  it('a request waits for a freed slot within maxQueueMs', async () => {
    const h = setup({ a: { concurrency: 1, rpm: 100, maxQueueMs: 2_000 } });
    const one = await admit(h, 'a');
    const pending = watch(admit(h, 'a'));
    await pass(300);
    expect(pending.settled()).toBe(false);
    one.settle(usage(1, 1));
    await pass(0);
    const two = await pending.promise;
    expect(two.queuedMs).toBe(300);
    expect(await metricValue(h.metrics, 'gateway_ratelimit_queue_depth', { org: 'a' })).toBe(0);
  });

  it('a burst larger than the limit: exactly the limit is admitted; under it, all of it', async () => {
    const h = setup({ a: { concurrency: 5, maxQueueMs: 0 }, b: { concurrency: 100, maxQueueMs: 0 } });
    const over = await Promise.allSettled(Array.from({ length: 40 }, () => admit(h, 'a')));
    expect(over.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    const under = await Promise.allSettled(Array.from({ length: 60 }, () => admit(h, 'b')));
    expect(under.filter((r) => r.status === 'fulfilled')).toHaveLength(60);
  });
});

describe('orgs and config', () => {
  it('isolates orgs: one exhausted budget does not touch another', async () => {
    const h = setup({ a: { rpm: 2, maxQueueMs: 0 }, b: { rpm: 2, maxQueueMs: 0 } });
    await admit(h, 'a');
    await admit(h, 'a');
    await expect(admit(h, 'a')).rejects.toThrow(GatewayError);
    const b = await admit(h, 'b');
    expect(b.headers['anthropic-ratelimit-requests-remaining']).toBe('1');
  });

  it('an org without a budget is not limited and gets no headers', async () => {
    const h = setup({ free: undefined });
    const ticket = await admit(h, 'free', 1e9, 1e9);
    expect(ticket.headers).toEqual({});
    ticket.settle(usage(1, 1));
  });

  it('reload changes budgets and keeps what was spent', async () => {
    const h = setup({ a: { itpm: 1000, otpm: 500, maxQueueMs: 0 } });
    await admit(h, 'a', 600, 100);
    await h.limits.reload(limitsConfig({ orgs: { a: { itpm: 2000, rpm: 10, maxQueueMs: 0 } } }));
    const after = await admit(h, 'a', 0, 100_000);
    expect(after.headers['anthropic-ratelimit-input-tokens-remaining']).toBe('1400'); // no refill: the clock stood still
    expect(after.headers['anthropic-ratelimit-input-tokens-limit']).toBe('2000');
    expect(after.headers['anthropic-ratelimit-requests-remaining']).toBe('9'); // a new dimension starts full
    expect(after.headers['anthropic-ratelimit-output-tokens-limit']).toBeUndefined(); // dropped

    await h.limits.reload(limitsConfig({ orgs: { a: { itpm: 500, rpm: 10, maxQueueMs: 0 } } }));
    // 600 spent of a new 500: in debt, refused until the refill pays it back
    await expect(admit(h, 'a', 10)).rejects.toThrow(/input tokens per minute/);
  });

  it('reports memory mode as healthy', () => {
    const h = setup({ a: { rpm: 1 } });
    expect(h.limits.storeHealthy).toBe(true);
    expect(h.limits.status()).toEqual({ store: 'memory', healthy: true, mode: 'normal' });
  });
});
