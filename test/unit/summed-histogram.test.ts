import { Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { SummedHistogram } from '../../src/metrics/summed-histogram.js';

type Label = 'org' | 'model' | 'code';
type Observation = [labels: Partial<Record<Label, string>> | undefined, value: number];
const BUCKETS = [0.005, 0.01, 0.025, 0.1, 1, 2.5];

/** The same observations through prom-client's Histogram and through SummedHistogram, scraped as text and as JSON. */
async function both(observations: readonly Observation[], labelNames: Label[] = ['org', 'model', 'code']) {
  const config = { name: 'duration_seconds', help: 'Duration.', labelNames, buckets: BUCKETS };
  const plainRegistry = new Registry();
  const plain = new Histogram<Label>({ ...config, registers: [plainRegistry] });
  const summedRegistry = new Registry();
  const summed = new SummedHistogram<Label>({ ...config, registers: [summedRegistry] });
  for (const [labels, value] of observations) {
    if (labels) {
      plain.observe(labels, value);
      summed.observe(labels, value);
    } else {
      plain.observe(value);
      summed.observe(value);
    }
  }
  return {
    plain: await plainRegistry.metrics(),
    summed: await summedRegistry.metrics(),
    plainJson: await plainRegistry.getMetricsAsJSON(),
    summedJson: await summedRegistry.getMetricsAsJSON(),
    summedRegistry,
    plainRegistry,
  };
}

describe('SummedHistogram: scraped exactly as prom-client’s Histogram', () => {
  it('gives the same text and JSON for series in any order, values on a bound, above every bound and 0', async () => {
    const observations: Observation[] = [
      [{ org: 'a', model: 'm1', code: '2xx' }, 0.003],
      [{ org: 'b', model: 'm1', code: '2xx' }, 0.01],
      [{ org: 'a', model: 'm1', code: '2xx' }, 0.3],
      [{ org: 'a', model: 'm2', code: '4xx' }, 7],
      [{ org: 'a', model: 'm1', code: '2xx' }, 0],
      [{ org: 'b', model: 'm1', code: '2xx' }, 2.5],
      [{ org: 'a', model: 'm1', code: '2xx' }, 0.1 + 0.2],
    ];
    const { plain, summed, plainJson, summedJson } = await both(observations);
    expect(summed).toContain('duration_seconds_bucket{le="0.005",org="a",model="m1",code="2xx"} 2');
    expect(summed).toContain('duration_seconds_bucket{le="+Inf",org="a",model="m2",code="4xx"} 1');
    expect(summed).toBe(plain);
    expect(summedJson).toEqual(plainJson);
  });

  it('a histogram without labels shows at zero before any observation, and counts after one', async () => {
    const before = await both([], []);
    expect(before.summed).toContain('duration_seconds_count 0');
    expect(before.summed).toBe(before.plain);
    const after = await both([[undefined, 0.02], [undefined, 9]], []);
    expect(after.summed).toContain('duration_seconds_bucket{le="0.025"} 1');
    expect(after.summed).toBe(after.plain);
  });

  it('keeps counting across scrapes and starts over on the registry’s reset, as prom-client does', async () => {
    const { summedRegistry, plainRegistry } = await both([[{ org: 'a', model: 'm', code: '2xx' }, 0.5]]);
    expect(await summedRegistry.metrics()).toBe(await plainRegistry.metrics());
    summedRegistry.resetMetrics();
    plainRegistry.resetMetrics();
    expect(await summedRegistry.metrics()).toBe(await plainRegistry.metrics());
    expect(await summedRegistry.metrics()).not.toContain('org="a"');
  });

  it('refuses what prom-client refuses, at the call', () => {
    const h = new SummedHistogram<'org'>({ name: 'h_seconds', help: 'H.', labelNames: ['org'], buckets: [1], registers: [new Registry()] });
    expect(() => h.observe({ org: 'a' }, Number.NaN)).toThrow(TypeError);
    expect(() => new SummedHistogram({ name: 'bad name', help: 'H.', buckets: [1], registers: [] })).toThrow('Invalid metric name');
    expect(() => new SummedHistogram<'le'>({ name: 'h', help: 'H.', labelNames: ['le'], buckets: [1], registers: [] })).toThrow('reserved');
  });
});
