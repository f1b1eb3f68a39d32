import { Counter, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { SummedCounter } from '../../src/metrics/summed-counter.js';

type Label = 'org' | 'model' | 'type';
type Inc = [labels: Partial<Record<Label, string | number>>, value?: number];

/** The same increments through prom-client's Counter and through SummedCounter, scraped. */
async function bothScrapes(incs: readonly Inc[]): Promise<{ plain: string; summed: string }> {
  const config = { name: 'tokens_total', help: 'Tokens.', labelNames: ['org', 'model', 'type'] as const };
  const plainRegistry = new Registry();
  const plain = new Counter<Label>({ ...config, labelNames: [...config.labelNames], registers: [plainRegistry] });
  const summedRegistry = new Registry();
  const summed = new SummedCounter<Label>({ ...config, registers: [summedRegistry] });
  for (const [labels, value] of incs) {
    plain.inc(labels, value);
    summed.inc(labels, value);
  }
  return { plain: await plainRegistry.metrics(), summed: await summedRegistry.metrics() };
}

describe('SummedCounter: a Counter whose increments are summed until the scrape', () => {
  it('scrapes exactly as prom-client counted, zero-valued series and repeated label sets included', async () => {
    const incs: Inc[] = [
      [{ org: 'a', model: 'm1', type: 'input' }, 100],
      [{ org: 'a', model: 'm1', type: 'cache_read' }, 0],
      [{ org: 'b', model: 'm1', type: 'input' }, 3],
      [{ org: 'a', model: 'm1', type: 'input' }, 5],
      [{ org: 'a', model: 'm2', type: 'input' }],
      [{ org: 'a', model: 'm1', type: 'input' }, 0.25],
    ];
    const { plain, summed } = await bothScrapes(incs);
    expect(summed).toContain('tokens_total{org="a",model="m1",type="input"} 105.25');
    expect(summed).toContain('tokens_total{org="a",model="m1",type="cache_read"} 0');
    expect(summed).toBe(plain);
  });

  it('keeps counting across scrapes, and a number label is the same series as its text', async () => {
    const registry = new Registry();
    const counter = new SummedCounter<'code'>({ name: 'requests_total', help: 'Requests.', labelNames: ['code'], registers: [registry] });
    counter.inc({ code: '200' });
    expect(await registry.metrics()).toContain('requests_total{code="200"} 1');
    counter.inc({ code: 200 }, 2);
    counter.inc({ code: '429' }, 0);
    const second = await registry.metrics();
    expect(second).toContain('requests_total{code="200"} 3');
    expect(second).toContain('requests_total{code="429"} 0');
    const third = await registry.metrics();
    expect(third).toBe(second);
  });

  it('refuses what prom-client refuses, at the call', () => {
    const counter = new SummedCounter<'org'>({ name: 'c_total', help: 'C.', labelNames: ['org'], registers: [new Registry()] });
    expect(() => counter.inc({ org: 'a' }, -1)).toThrow('not possible to decrease');
    expect(() => counter.inc({ org: 'a' }, Number.POSITIVE_INFINITY)).toThrow(TypeError);
  });
});
