import { setImmediate as nextTurn } from 'node:timers/promises';
import type { MetricValueWithName, Registry } from 'prom-client';

/** Lines formatted between two turns of the event loop: a few milliseconds' work. */
const LINES_PER_TURN = 4_000;

type Value = MetricValueWithName<string> & { sharedLabels?: Record<string, string | number> };
/** What a registered metric's `get` (or `getForPromString`, which prom-client prefers) gives the Registry. */
type Scraped = { name: string; help: string; type: string; values?: Value[] };
type Scrapable = { get(): Promise<unknown>; getForPromString?: () => Promise<unknown> };

const escape = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const labelValue = (value: unknown): unknown => (typeof value === 'string' ? escape(value).replace(/"/g, '\\"') : value);
const valueText = (value: number): string => (Number.isNaN(value) ? 'Nan' : value === Infinity ? '+Inf' : value === -Infinity ? '-Inf' : `${value}`);

const labelParts = (labels: Record<string, unknown>, exclude?: Record<string, unknown>): string[] => {
  const parts: string[] = [];
  for (const name in labels) if (!exclude || !Object.hasOwn(exclude, name)) parts.push(`${name}="${labelValue(labels[name])}"`);
  return parts;
};

/**
 * The Prometheus text of `registry`, as `registry.metrics()` writes it, handed to `write` a few thousand lines at a
 * time with a turn of the event loop between. prom-client formats a whole scrape in one synchronous stretch: with
 * 10,000 orgs that sent requests that is ~290,000 lines, 28 MB, and 0.7-1.1 s in which no request is served
 * (src/limits/README.md, "Measured numbers"). Its Registry has no public streaming form, so this repeats its text
 * format (prom-client 15's `getMetricsAsString`; test/unit/metrics-exposition.test.ts holds the two equal).
 */
export async function writeExposition(registry: Registry, write: (text: string) => void): Promise<void> {
  let first = true;
  for (const metric of registry.getMetricsAsArray() as unknown as Scrapable[]) {
    const data = (metric.getForPromString ? await metric.getForPromString() : await metric.get()) as Scraped;
    const name = escape(data.name);
    let chunk = `${first ? '' : '\n\n'}# HELP ${name} ${escape(data.help)}\n# TYPE ${name} ${data.type}`;
    first = false;
    const shared = new Map<object, string>();
    let lines = 0;
    for (const value of data.values ?? []) {
      const labels = labelParts(value.labels ?? {}, value.sharedLabels);
      if (value.sharedLabels) {
        let flat = shared.get(value.sharedLabels);
        if (flat === undefined) shared.set(value.sharedLabels, (flat = labelParts(value.sharedLabels).join(',')));
        if (flat) labels.push(flat);
      }
      chunk += `\n${value.metricName ?? name}${labels.length ? `{${labels.join(',')}}` : ''} ${valueText(value.value)}`;
      if (++lines % LINES_PER_TURN === 0) {
        write(chunk);
        chunk = '';
        await nextTurn();
      }
    }
    write(chunk);
  }
  write('\n');
}
