import { tailTrace } from '../metrics/tail-trace.js';
import type { PricedPart } from './pricing.js';
import type { LedgerEntry } from './store.js';
import { toNano } from './units.js';

/** What the ledger keeps per org, day, feature and model: nano-USD, requests and tokens by kind. */
class Sums {
  cost = 0;
  requests = 0;
  input = 0;
  output = 0;
  cache_read = 0;
  cache_write_5m = 0;
  cache_write_1h = 0;
}

/** The ledger's kinds, in the order a request's entry has always listed them (`feature|model|kind`). */
const KINDS = ['cost', 'input', 'output', 'cache_read', 'cache_write_5m', 'cache_write_1h', 'requests'] as const;

type Level<T> = Map<string, T>;

/**
 * Ledger amounts added up in memory, per org, day, feature and model, until `take` hands them over as one
 * entry per org and day. Adding a request costs four Map look-ups and seven additions; building its entry's
 * seven `feature|model|kind` strings is left to `take`, once per batch (bench/HISTORY.md, session 7).
 * Amounts are integers (nano-USD, tokens, requests), so a batch's sums are exactly the sums of its entries.
 */
export class LedgerSums {
  private orgs: Level<Level<Level<Level<Sums>>>> = new Map();

  /** One request: each billed attempt under its model; it counts as one request of the model that answered last. */
  add(org: string, day: string, feature: string, parts: readonly PricedPart[]): void {
    const last = parts.length - 1;
    for (let i = 0; i <= last; i++) {
      const part = parts[i] as PricedPart;
      const sums = this.sums(org, day, feature, part.model);
      const u = part.usage;
      const oneHour = Math.min(u.cacheCreation1hInputTokens, u.cacheCreationInputTokens);
      sums.cost += toNano(part.costUsd);
      sums.input += u.inputTokens;
      sums.output += u.outputTokens;
      sums.cache_read += u.cacheReadInputTokens;
      sums.cache_write_5m += u.cacheCreationInputTokens - oneHour;
      sums.cache_write_1h += oneHour;
      if (i === last) sums.requests += 1;
    }
  }

  /** What was added since the last call, one entry per org and day (fields that stayed 0 left out), and starts over. */
  take(): Array<{ org: string; entry: LedgerEntry }> {
    const taken: Array<{ org: string; entry: LedgerEntry }> = [];
    for (const [org, days] of this.orgs) {
      for (const [day, features] of days) {
        const fields: Record<string, number> = {};
        for (const [feature, models] of features) {
          for (const [model, sums] of models) {
            for (const kind of KINDS) if (sums[kind] !== 0) fields[`${feature}|${model}|${kind}`] = sums[kind];
          }
        }
        taken.push({ org, entry: { day, fields } });
      }
    }
    this.orgs = new Map();
    return taken;
  }

  private sums(org: string, day: string, feature: string, model: string): Sums {
    const models = inner(inner(inner(this.orgs, org), day), feature);
    let sums = models.get(model);
    if (sums === undefined) models.set(model, (sums = new Sums()));
    return sums;
  }
}

/**
 * The summed ledger, written every `batchMs` as one entry per org and day through `write`: `add` costs no I/O;
 * `flush` writes what is pending now and answers once that and every write before it are done.
 */
export class LedgerBatch {
  private readonly sums = new LedgerSums();
  private timer: NodeJS.Timeout | undefined;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly batchMs: number,
    private readonly write: (org: string, entry: LedgerEntry) => Promise<unknown>,
  ) {}

  add(org: string, day: string, feature: string, parts: readonly PricedPart[]): void {
    if (parts.length === 0) return;
    this.sums.add(org, day, feature, parts);
    if (this.timer === undefined) this.timer = setTimeout(() => void this.flush(), this.batchMs).unref();
  }

  flush(): Promise<void> {
    const since = tailTrace ? performance.now() : 0;
    clearTimeout(this.timer);
    this.timer = undefined;
    const writes = this.sums.take().map(({ org, entry }) => this.write(org, entry));
    this.writes = Promise.all([this.writes, ...writes]).then(() => undefined);
    if (tailTrace) tailTrace.span('ledger', since);
    return this.writes;
  }
}

function inner<T>(level: Level<Level<T>>, key: string): Level<T> {
  let found = level.get(key);
  if (found === undefined) level.set(key, (found = new Map()));
  return found;
}
