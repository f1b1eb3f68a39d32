import { TOKEN_DIMENSIONS, type Amounts, type TokenDimension } from './types.js';

/**
 * Settles of one org arriving within this long go to Redis together: with the org's next admissions if they
 * come first, else as one script of their own. Refunds and freed slots show up to this much later (errs against the org).
 */
const SETTLE_BATCH_MS = 2;

export type Totals = Record<TokenDimension, number>;
export const zero = (): Totals => ({ rpm: 0, itpm: 0, otpm: 0 });

/** Settles gathered for one script: the leases to free, the refunds and charges; `finish` answers their callers. */
export interface SettleBatch {
  readonly ids: string[];
  readonly refunds: Totals;
  readonly charges: Totals;
  finish(err?: unknown): void;
}

interface WaitingBatch extends SettleBatch {
  readonly timer: NodeJS.Timeout;
  readonly done: Promise<void>;
}

/** One org's settles of the next SETTLE_BATCH_MS, sent by `send` unless an admission script `take`s them first. */
export class SettleBatches {
  private batch: WaitingBatch | undefined;

  constructor(private readonly send: (batch: SettleBatch) => Promise<void>) {}

  /** Frees lease `id` (if any) and applies the corrections, with the other settles of the batch. */
  add(id: string, corrections: Amounts): Promise<void> {
    let batch = this.batch;
    if (!batch) {
      let finish: (err?: unknown) => void = () => undefined;
      const done = new Promise<void>((resolve, reject) => (finish = (err) => (err === undefined ? resolve() : reject(err))));
      const timer = setTimeout(() => {
        if (this.batch !== next) return;
        this.batch = undefined;
        this.send(next).then(() => finish(), finish);
      }, SETTLE_BATCH_MS);
      const next: WaitingBatch = { ids: [], refunds: zero(), charges: zero(), timer, done, finish };
      batch = this.batch = next;
    }
    if (id) batch.ids.push(id);
    addChanges(batch.refunds, batch.charges, corrections);
    return batch.done;
  }

  /** The waiting batch, if any, taken to ride in an admission script, which must `finish` it. */
  take(): SettleBatch | undefined {
    const batch = this.batch;
    this.batch = undefined;
    if (batch) clearTimeout(batch.timer);
    return batch;
  }
}

/** Splits changes into refunds (positive) and charges (negative, counted positive); ignores what is not finite. */
export function addChanges(refunds: Totals, charges: Totals, changes: Amounts): void {
  for (const d of TOKEN_DIMENSIONS) {
    const change = changes[d] ?? 0;
    if (!Number.isFinite(change)) continue;
    if (change > 0) refunds[d] += change;
    else charges[d] -= change;
  }
}
