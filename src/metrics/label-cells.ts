import type { LabelValues } from 'prom-client';

type Level = Map<unknown, unknown>;

/**
 * One cell per label set, found through one Map per label: the label values are mostly the config's own
 * strings, whose hash V8 keeps, so a look-up costs a few Map gets instead of prom-client's joined key string
 * (bench/HISTORY.md, sessions 6 and 7). Cells are kept in the order their label sets first came, as prom-client
 * keeps its series.
 */
export class LabelCells<T extends string, C> {
  private readonly root: Level = new Map();
  readonly all: C[] = [];

  constructor(
    private readonly labelNames: readonly T[],
    private readonly make: (labels: LabelValues<T>) => C,
  ) {}

  get labelCount(): number {
    return this.labelNames.length;
  }

  get(labels: LabelValues<T>): C {
    const names = this.labelNames;
    let level = this.root;
    const last = names.length - 1;
    for (let i = 0; i < last; i++) {
      const value = labels[names[i] as T];
      let next = level.get(value) as Level | undefined;
      if (!next) level.set(value, (next = new Map()));
      level = next;
    }
    const value = last < 0 ? undefined : labels[names[last] as T];
    let cell = level.get(value) as C | undefined;
    if (cell === undefined) {
      cell = this.make(labels);
      level.set(value, cell);
      this.all.push(cell);
    }
    return cell;
  }

  clear(): void {
    this.root.clear();
    this.all.length = 0;
  }
}
