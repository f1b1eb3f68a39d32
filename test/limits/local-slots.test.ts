import { describe, expect, it } from 'vitest';
import { LocalSlots } from '../../src/limits/local-slots.js';
import type { SlotLease, SlotOutcome } from '../../src/limits/slots.js';

const soon = (ms: number) => Date.now() + ms;
const isLease = (o: SlotOutcome): o is SlotLease => typeof o !== 'string';

describe('LocalSlots: the in-process concurrency budget', () => {
  it('grants up to size at once, then serves waiters first come, first served', async () => {
    const slots = new LocalSlots(2);
    const a = await slots.acquire({ deadline: soon(0), graceMs: 0 });
    const b = await slots.acquire({ deadline: soon(0), graceMs: 0 });
    expect(isLease(a) && isLease(b)).toBe(true);
    expect(await slots.acquire({ deadline: soon(0), graceMs: 0 })).toBe('timeout');
    const order: string[] = [];
    const waits: boolean[] = [];
    const c = slots.acquire({ deadline: soon(1_000), graceMs: 0, onWait: (w) => waits.push(w) }).then((o) => (order.push('c'), o));
    const d = slots.acquire({ deadline: soon(1_000), graceMs: 0 }).then((o) => (order.push('d'), o));
    if (isLease(a)) a.release();
    if (isLease(a)) a.release(); // twice is harmless
    const first = await c;
    expect(order).toEqual(['c']);
    if (isLease(b)) b.release();
    const second = await d;
    expect(order).toEqual(['c', 'd']);
    expect(waits).toEqual([true, false]);
    if (isLease(first)) first.release();
    if (isLease(second)) second.release();
    expect(isLease(await slots.acquire({ deadline: soon(0), graceMs: 0 }))).toBe(true);
  });

  it('a waiter leaves on its deadline or on abort, and resize wakes waiters', async () => {
    const slots = new LocalSlots(1);
    const held = await slots.acquire({ deadline: soon(0), graceMs: 0 });
    expect(await slots.acquire({ deadline: soon(30), graceMs: 0 })).toBe('timeout');
    const controller = new AbortController();
    const aborted = slots.acquire({ deadline: soon(5_000), graceMs: 0, signal: controller.signal });
    controller.abort();
    expect(await aborted).toBe('aborted');
    const waiting = slots.acquire({ deadline: soon(5_000), graceMs: 0 });
    await slots.resize(2);
    expect(isLease(await waiting)).toBe(true);
    expect(isLease(held)).toBe(true);
  });
});
