import type { Levels } from './headers.js';
import { TOKEN_DIMENSIONS, type Amounts, type TokenDimension } from './types.js';

/**
 * A reply of Redis older than this is not used to admit locally. At one request a second or more per replica an
 * org's levels are at most this old; a replica that has not heard from Redis for longer (Redis stalled, the org
 * idle) asks again. Staleness does not widen the overshoot bound (the per-replica cap below does that); it keeps
 * the chance of using it small: other replicas' spending since the reply is what the margin has to cover.
 */
export const FRESH_MS = 200;
/** The room that must be left after a local admission, as a share of each dimension's capacity (README.md, "Admitting without a round trip"). */
export const MARGIN = 0.02;
/**
 * What one replica may hold admitted here and not yet confirmed by Redis, as a share of each dimension's capacity.
 * The overshoot is at most R times this with R replicas: within 2% of the budget up to five replicas.
 */
export const LOCAL_SHARE = 0.004;

/** What one queued admission takes: tokens per dimension and whether it takes a slot. */
export interface Taking {
  readonly amounts: Amounts;
  readonly slot: boolean;
  /** Admitted here already: Redis records it whatever the levels (the bucket may go into debt). */
  readonly forced: boolean;
}

type Tally = Record<TokenDimension | 'slots', number>;
const tally = (): Tally => ({ rpm: 0, itpm: 0, otpm: 0, slots: 0 });

function add(into: Tally, t: Taking, sign: 1 | -1): void {
  for (const d of TOKEN_DIMENSIONS) into[d] += sign * (t.amounts[d] ?? 0);
  if (t.slot) into.slots += sign;
}

/**
 * What this replica knows of one org's shared budget: the levels and held slots of Redis's last reply, when the
 * script that got it was sent, and what this replica has queued or sent since (not in those levels yet). An
 * admission that leaves at least a margin of every dimension it needs, after all of that, is admitted here at
 * once; at most one local share of such admissions per dimension is unconfirmed by Redis at any time.
 */
export class Headroom {
  private view: { at: number; levels: Levels; held: number; version: number } | undefined;
  private readonly unconfirmed = tally();
  private readonly forced = tally();

  /**
   * The levels after taking `t` here, or undefined when it must wait for Redis (no fresh reply, or too close to
   * the limit). `caps` and `slotCount` are the budget now; `version` changes whenever they do.
   */
  tryLocal(t: Taking, caps: ReadonlyMap<TokenDimension, number>, slotCount: number | undefined, version: number, now: number): Levels | undefined {
    const view = this.view;
    if (!view || view.version !== version || now - view.at > FRESH_MS) return undefined;
    const after = new Map<TokenDimension, number>();
    for (const [d, cap] of caps) {
      const need = t.amounts[d] ?? 0;
      const level = view.levels.get(d);
      if (level === undefined) return undefined;
      const left = level - this.unconfirmed[d] - need;
      if (left < MARGIN * cap || this.forced[d] + need > LOCAL_SHARE * cap) return undefined;
      after.set(d, left);
    }
    if (slotCount !== undefined && t.slot) {
      // Fewer than 250 slots: a local share is under one slot, so every slot is taken in Redis (exact).
      const share = Math.floor(LOCAL_SHARE * slotCount);
      const free = slotCount - view.held - this.unconfirmed.slots - 1;
      if (free < MARGIN * slotCount || this.forced.slots + 1 > share) return undefined;
    }
    return after;
  }

  /** `t` joins the next script. */
  queued(t: Taking): void {
    add(this.unconfirmed, t, 1);
    if (t.forced) add(this.forced, t, 1);
  }

  /**
   * The script carrying `batch` (sent at `sentAt`, with the budget at `version`) answered: `levels` and `held` are
   * Redis's after its last admission, so they include the batch. Undefined on failure: forget the levels.
   */
  answered(batch: readonly Taking[], sentAt: number, version: number, last?: { levels: Levels; held: number }): void {
    for (const t of batch) {
      add(this.unconfirmed, t, -1);
      if (t.forced) add(this.forced, t, -1);
    }
    this.view = last && { at: sentAt, levels: last.levels, held: last.held, version };
  }
}
