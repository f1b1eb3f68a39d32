import type { Taking } from './headroom.js';
import { toUnits, type AdmitReply } from './shared-scripts.js';
import type { SlotLease } from './slots.js';
import { TOKEN_DIMENSIONS, type Amounts } from './types.js';

/** A lease on the shared budget: settling it frees its concurrency slot and applies the corrections, in one script. */
export interface SharedLease extends SlotLease {
  settle(corrections: Amounts): Promise<void>;
}

/** An admission waiting for the end of the event-loop turn, to go to Redis with the org's others. */
export interface PendingAdmit extends Taking {
  readonly args: string[];
  sent: boolean;
  /** Only for an admission that waits for its reply; a forced one learns from its script's `Recorded`. */
  readonly resolve?: (reply: AdmitReply) => void;
  readonly reject?: (err: unknown) => void;
}

/**
 * Whether one script of admissions was recorded by Redis: one promise for all the forced admissions it carries, not
 * two per admission (under load a script carries a dozen; the promises were a good part of Redis mode's garbage).
 */
export class Recorded {
  answer: (ok: boolean) => void = noop;
  readonly recorded = new Promise<boolean>((resolve) => (this.answer = resolve));
  /** The same, as a settle's answer. */
  readonly done = this.recorded.then(noop);
}

const noop = (): void => undefined;
const SETTLED = Promise.resolve();

/** A lease of one admission: a method-holding object, not closures per request. */
export class Lease implements SharedLease {
  private settled = false;

  constructor(
    private readonly batches: { addSettle(id: string, corrections: Amounts): Promise<void> },
    private readonly id: string,
    /** A forced admission's entry and the script that records it; undefined for one Redis admitted. */
    private readonly entry: PendingAdmit | undefined,
    private readonly script: Recorded | undefined,
  ) {}

  settle(corrections: Amounts): Promise<void> {
    if (this.settled) return SETTLED;
    this.settled = true;
    const { entry, script } = this;
    if (!entry || !script) return this.batches.addSettle(this.id, corrections);
    // Settled before it is sent: recorded as what it used. After: settled once recorded (a settle sent first would
    // free a slot not taken yet); not recorded (the script failed), not settled.
    if (!entry.sent) {
      netOut(entry, corrections);
      return script.done;
    }
    return script.recorded.then((ok) => (ok ? this.batches.addSettle(this.id, corrections) : undefined));
  }

  release(): void {
    this.settle({}).catch(noop);
  }
}

/** A forced admission settled before it was sent is recorded as what it used (the corrections applied), with no slot. */
function netOut(entry: PendingAdmit, corrections: Amounts): void {
  entry.args[0] = '';
  TOKEN_DIMENSIONS.forEach((d, i) => {
    const change = corrections[d] ?? 0;
    if (Number.isFinite(change)) entry.args[2 + i] = String(toUnits(Math.max(0, (entry.amounts[d] ?? 0) - change)));
  });
}
