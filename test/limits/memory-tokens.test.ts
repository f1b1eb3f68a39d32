import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { admit, pass, refusal, usage, useMemoryLimits } from './helpers.js';
import { metricValue, org } from './support.js';

const setup = useMemoryLimits();
// The clock (Date, timers) is vitest's: refills happen when a test moves it, and only then.
const START = '2026-01-01T00:00:00Z';
beforeEach(() => {
  vi.useFakeTimers({ now: new Date(START) });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('requests per minute', () => {
  it('admits the budget at once, then answers 429 rate_limit_error with computed retry-after and headers', async () => {
    const h = setup({ a: { rpm: 6, maxQueueMs: 0 } });
    const tickets = [];
    for (let i = 0; i < 6; i++) tickets.push(await admit(h, 'a'));
    expect(tickets[0]!.headers['anthropic-ratelimit-requests-limit']).toBe('6');
    expect(tickets[0]!.headers['anthropic-ratelimit-requests-remaining']).toBe('5');
    expect(tickets[5]!.headers['anthropic-ratelimit-requests-remaining']).toBe('0');
    expect(tickets[0]!.queuedMs).toBe(0);

    const err = await refusal(admit(h, 'a'));
    expect(err.status).toBe(429);
    expect(err.type).toBe('rate_limit_error');
    expect(err.message).toMatch(/requests per minute/);
    // 6 per minute refills 0.1 per second: one request is 10 s away.
    expect(err.headers['retry-after']).toBe('10');
    expect(err.headers['anthropic-ratelimit-requests-remaining']).toBe('0');
    expect(err.headers['anthropic-ratelimit-requests-reset']).toBe('2026-01-01T00:01:00Z'); // full again in a minute
    expect(await metricValue(h.metrics, 'gateway_ratelimit_rejections_total', { org: 'a', limit: 'rpm' })).toBe(1);
  });

  it('refills continuously, N/60 per second', async () => {
    const h = setup({ a: { rpm: 120, itpm: 1200, maxQueueMs: 0 } }); // 20 input tokens a second
    await admit(h, 'a', 1200);
    await expect(admit(h, 'a', 20)).rejects.toThrow(/input tokens per minute/);
    await pass(1_000); // a second: 20 tokens
    const ticket = await admit(h, 'a', 20);
    expect(ticket.headers['anthropic-ratelimit-input-tokens-remaining']).toBe('0');
    await expect(admit(h, 'a', 20)).rejects.toThrow(/input tokens per minute/);
  });
});

describe('input and output tokens', () => {
  it('charges the ITPM estimate, then corrects it to input + cache creation tokens', async () => {
    const h = setup({ a: { itpm: 1000, maxQueueMs: 0 } });
    const first = await admit(h, 'a', 600);
    expect(first.headers['anthropic-ratelimit-input-tokens-remaining']).toBe('400');
    first.settle(usage(300, 50, 100)); // 400 real: 200 back
    first.settle(usage(0, 0)); // idempotent
    await pass(20);
    const second = await admit(h, 'a', 100);
    expect(second.headers['anthropic-ratelimit-input-tokens-remaining']).toBe('500');
    second.settle(usage(400, 0)); // 300 more than estimated: charged
    await pass(20);
    const third = await admit(h, 'a', 0);
    expect(third.headers['anthropic-ratelimit-input-tokens-remaining']).toBe('200');
  });

  it('reserves max_tokens and returns the unused part, whatever the stream did', async () => {
    const h = setup({ a: { otpm: 1000, maxQueueMs: 0 } });
    const first = await admit(h, 'a', 0, 800);
    expect(first.headers['anthropic-ratelimit-output-tokens-remaining']).toBe('200');
    await expect(admit(h, 'a', 0, 300)).rejects.toThrow(/output tokens per minute/);
    first.settle(usage(10, 100));
    await pass(20);
    const second = await admit(h, 'a', 0, 300);
    expect(second.headers['anthropic-ratelimit-output-tokens-remaining']).toBe('600');
  });

  it('without usage (failed early) returns the whole OTPM reservation and keeps the ITPM estimate', async () => {
    const h = setup({ a: { itpm: 1000, otpm: 1000, maxQueueMs: 0 } });
    const ticket = await admit(h, 'a', 300, 700);
    ticket.settle(undefined);
    await pass(20);
    const next = await admit(h, 'a', 0, 0);
    expect(next.headers['anthropic-ratelimit-output-tokens-remaining']).toBe('1000');
    expect(next.headers['anthropic-ratelimit-input-tokens-remaining']).toBe('700');
  });

  it('never refunds above the bucket size', async () => {
    const h = setup({ a: { otpm: 1000, maxQueueMs: 0 } });
    const ticket = await admit(h, 'a', 0, 500);
    await pass(50);
    ticket.settle(usage(0, 0));
    await pass(20);
    const next = await admit(h, 'a', 0, 0);
    expect(next.headers['anthropic-ratelimit-output-tokens-remaining']).toBe('1000');
  });

  it('refuses at once a request larger than a whole bucket, even with time to queue', async () => {
    const h = setup({ a: { otpm: 1000, itpm: 5000, maxQueueMs: 10_000 } });
    const err = await refusal(admit(h, 'a', 0, 4096)); // with the clock standing still: at once
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/max_tokens \(4096\).*can never be admitted/);
    expect(err.headers['retry-after']).toBeUndefined();
    await expect(admit(h, 'a', 6000, 10)).rejects.toThrow(/input.*can never be admitted/);
    expect(await metricValue(h.metrics, 'gateway_ratelimit_rejections_total', { org: 'a', limit: 'otpm' })).toBe(1);
    expect(await metricValue(h.metrics, 'gateway_ratelimit_rejections_total', { org: 'a', limit: 'itpm' })).toBe(1);
  });

  it('takes nothing from any bucket when one of them refuses', async () => {
    const h = setup({ a: { rpm: 100, itpm: 1000, otpm: 1000, maxQueueMs: 0 } });
    await admit(h, 'a', 0, 900);
    await expect(admit(h, 'a', 500, 200)).rejects.toThrow(/output tokens/);
    const next = await admit(h, 'a', 0, 0);
    expect(next.headers['anthropic-ratelimit-requests-remaining']).toBe('98'); // the refused one did not count
    expect(next.headers['anthropic-ratelimit-input-tokens-remaining']).toBe('1000');
  });

  it('writes limits and remaining levels as plain whole numbers, however large', async () => {
    const h = setup({ a: { rpm: 1e9, itpm: 1e12, otpm: 4e12, maxQueueMs: 0 } });
    const ticket = await admit(h, 'a', 1234, 567);
    expect(ticket.headers['anthropic-ratelimit-requests-limit']).toBe('1000000000');
    expect(ticket.headers['anthropic-ratelimit-requests-remaining']).toBe('999999999');
    expect(ticket.headers['anthropic-ratelimit-input-tokens-remaining']).toMatch(/^99999999\d{4}$/);
    expect(Number(ticket.headers['anthropic-ratelimit-input-tokens-remaining'])).toBeLessThanOrEqual(1e12 - 1234);
    expect(ticket.headers['anthropic-ratelimit-output-tokens-limit']).toBe('4000000000000');
    expect(ticket.headers['anthropic-ratelimit-output-tokens-remaining']).toMatch(/^39999999\d{5}$/);
  });
});

describe('admission without waiting', () => {
  it('admitNow gives a ticket at once while there is room, and leaves a request that must wait to admit', async () => {
    const h = setup({ a: { rpm: 2, maxQueueMs: 0 }, free: undefined });
    const request = (id: string) => ({ org: org(h.config, id), inputTokens: 0, maxTokens: 0 });
    expect(h.limits.admitNow(request('free'))?.headers).toEqual({}); // no budget: nothing to count
    const first = h.limits.admitNow(request('a'));
    expect(first?.headers['anthropic-ratelimit-requests-remaining']).toBe('1');
    expect(h.limits.admitNow(request('a'))?.headers['anthropic-ratelimit-requests-remaining']).toBe('0');
    expect(h.limits.admitNow(request('a'))).toBeUndefined(); // empty: only admit() may wait for the refill
    await expect(admit(h, 'a')).rejects.toThrow(/requests per minute/);
  });

  it('admitNow takes all or nothing: short of one bucket or of a slot it takes nothing and leaves the refusal to admit', async () => {
    const h = setup({ a: { rpm: 10, otpm: 1000, concurrency: 1, maxQueueMs: 0 } });
    const request = (maxTokens: number) => ({ org: org(h.config, 'a'), inputTokens: 0, maxTokens });
    expect(h.limits.admitNow(request(4096))).toBeUndefined(); // larger than the bucket: admit says why
    await expect(admit(h, 'a', 0, 4096)).rejects.toThrow(/max_tokens \(4096\).*can never be admitted/);
    const held = h.limits.admitNow(request(100));
    expect(held?.headers['anthropic-ratelimit-output-tokens-remaining']).toBe('900');
    expect(h.limits.admitNow(request(100))).toBeUndefined(); // the one slot is held
    held!.settle(usage(0, 40));
    held!.settle(usage(0, 40)); // a second settle frees nothing more and refunds nothing more
    const next = h.limits.admitNow(request(0));
    // Only the held request and this one counted (10 - 2), and the 40 output tokens the held one used.
    expect(next?.headers['anthropic-ratelimit-requests-remaining']).toBe('8');
    expect(next?.headers['anthropic-ratelimit-output-tokens-remaining']).toBe('960');
    expect(h.limits.admitNow(request(0))).toBeUndefined(); // one slot: the second settle did not free two
  });
});
