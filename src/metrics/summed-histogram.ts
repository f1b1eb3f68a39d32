import { format } from 'node:util';
import { Histogram, type LabelValues, type Metric, type MetricValueWithName, type Registry } from 'prom-client';
import { LabelCells } from './label-cells.js';

interface Cell<T extends string> {
  readonly labels: LabelValues<T>;
  /** Observations per bucket (not cumulative); above the last bound only in `count`. */
  readonly counts: number[];
  sum: number;
  count: number;
}

/** Label values as strings only: prom-client makes `200` and `"200"` one series, the Maps would not. */
type Labels<T extends string> = Partial<Record<T, string>>;

/** A series as prom-client's Histogram hands it to its Registry: the bucket's `le` apart from the series' labels. */
type Value = MetricValueWithName<string> & { sharedLabels: LabelValues<string>; exemplar: null | undefined };

/** What a metric's `get` gives its Registry (prom-client's own type asks for a `collect` its Histogram does not give). */
interface Scraped<V> {
  readonly name: string;
  readonly help: string;
  readonly type: 'histogram';
  readonly aggregator: 'sum';
  readonly values: V[];
}

export interface SummedHistogramConfiguration<T extends string> {
  readonly name: string;
  readonly help: string;
  readonly labelNames?: readonly T[];
  readonly buckets: readonly number[];
  readonly registers: readonly Registry[];
}

/**
 * A histogram for the request path, scraped exactly as prom-client's `Histogram` (15.x) would be: its series are
 * found as `SummedCounter`'s are (a Map per label), and `get`/`getForPromString` give the Registry the values
 * prom-client's own builds. prom-client's `observe` joins the labels into a key and turns the bucket's bound into
 * a property name on every call (4 labels, 15 buckets, in process: 1.1-1.2 µs against 0.13-0.16 µs; bench/HISTORY.md, session 7) and has no public way to
 * add counts; the Registry takes any metric with these methods (`registerMetric`). A prom-client Histogram made
 * unregistered checks the configuration (names, buckets) as it would.
 */
export class SummedHistogram<T extends string = string> {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  readonly name: string;
  readonly help: string;
  /** As prom-client's metrics show them (read by tools that check label names against the registry). */
  readonly labelNames: readonly T[];
  private readonly bounds: readonly number[];
  private readonly cells: LabelCells<T, Cell<T>>;

  constructor(config: SummedHistogramConfiguration<T>) {
    new Histogram({ name: config.name, help: config.help, labelNames: [...(config.labelNames ?? [])], buckets: [...config.buckets], registers: [] });
    this.name = config.name;
    this.help = config.help;
    this.labelNames = [...(config.labelNames ?? [])];
    this.bounds = [...config.buckets];
    const size = this.bounds.length;
    this.cells = new LabelCells(this.labelNames, (labels) => ({ labels, counts: new Array<number>(size).fill(0), sum: 0, count: 0 }));
    this.reset();
    for (const registry of config.registers) registry.registerMetric(this as unknown as Metric);
  }

  /** As `Histogram.observe`, which it throws for too (a value that is not a finite number). */
  observe(labels: Labels<T>, value: number): void;
  observe(value: number): void;
  observe(labelsOrValue: Labels<T> | number, maybeValue?: number): void {
    const labels = typeof labelsOrValue === 'number' ? (EMPTY as LabelValues<T>) : labelsOrValue;
    const value = typeof labelsOrValue === 'number' ? labelsOrValue : (maybeValue as number);
    if (!Number.isFinite(value)) throw new TypeError(`Value is not a valid number: ${format(value)}`);
    const cell = this.cells.get(labels);
    const bounds = this.bounds;
    for (let i = 0; i < bounds.length; i++) {
      if (value <= (bounds[i] as number)) {
        (cell.counts[i] as number)++;
        break;
      }
    }
    cell.sum += value;
    cell.count += 1;
  }

  /** As prom-client: no series, except the one of a histogram without labels, which shows at zero from the start. */
  reset(): void {
    this.cells.clear();
    if (this.cells.labelCount === 0) this.cells.get(EMPTY as LabelValues<T>);
  }

  getForPromString(): Promise<Scraped<Value>> {
    const values: Value[] = [];
    const bucket = `${this.name}_bucket`;
    for (const cell of this.cells.all) {
      let cumulative = 0;
      this.bounds.forEach((le, i) => {
        cumulative += cell.counts[i] as number;
        values.push({ labels: { le }, sharedLabels: cell.labels, value: cumulative, metricName: bucket, exemplar: null });
      });
      values.push({ labels: { le: '+Inf' }, sharedLabels: cell.labels, value: cell.count, metricName: bucket, exemplar: null });
      values.push({ labels: {}, sharedLabels: cell.labels, value: cell.sum, metricName: `${this.name}_sum`, exemplar: undefined });
      values.push({ labels: {}, sharedLabels: cell.labels, value: cell.count, metricName: `${this.name}_count`, exemplar: undefined });
    }
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator });
  }

  /** The JSON form (`Registry.getMetricsAsJSON`): each series' labels with its bucket's `le`. */
  async get(): Promise<Scraped<MetricValueWithName<string>>> {
    const data = await this.getForPromString();
    const values = data.values.map(({ labels, sharedLabels, value, metricName, exemplar }) => ({ value, metricName, exemplar, labels: Object.assign(labels, sharedLabels) }));
    return Object.assign(data, { values });
  }
}

const EMPTY = Object.freeze({});
