import { Counter, Gauge, Histogram, Registry, Summary } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { writeExposition } from '../../src/metrics/exposition.js';
import { createMetrics } from '../../src/metrics/registry.js';
import { SummedCounter } from '../../src/metrics/summed-counter.js';
import { SummedHistogram } from '../../src/metrics/summed-histogram.js';

const exposition = async (registry: Registry): Promise<{ text: string; writes: number }> => {
  let text = '';
  let writes = 0;
  await writeExposition(registry, (chunk) => {
    text += chunk;
    writes += 1;
  });
  return { text, writes };
};

const ODD = ['plain', 'quote"d', 'back\\slash', 'new\nline', 'ünï €', ''];

describe('writeExposition: the scrape in pieces', () => {
  it("writes exactly registry.metrics()'s text, for every kind of metric, odd label values and special numbers", async () => {
    const registry = new Registry();
    const counter = new Counter({ name: 'c_total', help: 'a "counter"\\ with\na newline', labelNames: ['org', 'code'], registers: [registry] });
    const gauge = new Gauge({ name: 'g', help: 'g', labelNames: ['org'], registers: [registry] });
    const histogram = new Histogram({ name: 'h_seconds', help: 'h', labelNames: ['org'], buckets: [0.01, 1], registers: [registry] });
    const summary = new Summary({ name: 's', help: 's', labelNames: ['org'], registers: [registry] });
    const summedCounter = new SummedCounter({ name: 'sc_total', help: 'sc', labelNames: ['org', 'model'], registers: [registry] });
    const summedHistogram = new SummedHistogram({ name: 'sh_seconds', help: 'sh', labelNames: ['org', 'code'], buckets: [0.1, 1, 10], registers: [registry] });
    new Gauge({ name: 'unlabelled', help: 'u', registers: [registry] }).set(3);
    new Gauge({ name: 'collected', help: 'set at scrape', labelNames: ['kind'], registers: [registry], collect() { this.set({ kind: 'x' }, 7); } });
    ODD.forEach((org, i) => {
      counter.inc({ org, code: 200 + i }, 0.1 + 0.2 * i);
      gauge.set({ org }, [NaN, Infinity, -Infinity, 1e21, 1e-7, -0][i] as number);
      histogram.observe({ org }, i / 3);
      summary.observe({ org }, i);
      summedCounter.inc({ org, model: 'm' }, i);
      summedHistogram.observe({ org, code: '2xx' }, i * 2.5);
    });
    expect((await exposition(registry)).text).toBe(await registry.metrics());
  });

  // The process and Node.js metrics (prom-client's default collectors) change from one scrape to the next: left out here.
  it("writes the gateway's own registry as registry.metrics() does, in many pieces when it holds many series", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    for (let i = 0; i < 3000; i++) {
      const org = `org-${i}`;
      metrics.requests.inc({ org, tier: 'haiku', model: 'claude-haiku-4-5', route: 'auto', code: '200' });
      metrics.requestDuration.observe({ org, model: 'claude-haiku-4-5', stream: 'false', code: '2xx' }, (i % 100) / 50);
    }
    const { text, writes } = await exposition(metrics.registry);
    expect(text).toBe(await metrics.registry.metrics());
    expect(writes).toBeGreaterThan(10);
  });
});
