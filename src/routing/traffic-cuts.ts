/** The traffic model's move cuts: what a set of cuts gains on out-of-fold rows, and the search that chooses them (`npm run train:traffic`). */
import type { Tier } from '../config/schema.js';
import type { TrafficWeights } from './traffic-model.js';

/** Thresholds of the traffic model's moves (traffic-model.ts). */
export type TrafficCuts = Pick<TrafficWeights, 'up' | 'minUp' | 'down' | 'maxDown' | 'lift' | 'minLift' | 'drop' | 'maxDrop'>;

/** The cuts a weights file records (`npm run train:traffic -- --recorded` refits with them). */
export const recordedCuts = ({ up, minUp, down, maxDown, lift, minLift, drop, maxDrop }: TrafficWeights): TrafficCuts => ({ up, minUp, down, maxDown, lift, minLift, drop, maxDrop });

/** A move that never fires: the model's cuts before they are chosen. */
export const NO_MOVES: TrafficCuts = { up: 99, minUp: 1, down: -99, maxDown: 0 };

/** One out-of-fold row: the hand-signal logit, the traffic model's prediction, the label. */
export interface OutOfFold {
  logit: number;
  y: number;
  tier: Tier;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Where a set of cuts sends a row (undefined: it stays), and the tier its hand logit gave. */
const moveOf = (r: OutOfFold, cuts: TrafficCuts, sonnetCut: number, opusCut: number): { from: Tier; to?: Tier } => {
  const p = sigmoid(r.logit);
  if (r.logit < sonnetCut) return { from: 'haiku', ...(cuts.lift !== undefined && p >= (cuts.minLift ?? 0) && r.y >= cuts.lift ? { to: 'sonnet' as const } : {}) };
  if (r.logit >= opusCut) return { from: 'opus', ...(cuts.drop !== undefined && p <= (cuts.maxDrop ?? 1) && r.y <= cuts.drop ? { to: 'sonnet' as const } : {}) };
  const to: Tier | undefined = r.y >= cuts.up && p >= cuts.minUp ? 'opus' : r.y <= cuts.down && p <= cuts.maxDown ? 'haiku' : undefined;
  return { from: 'sonnet', ...(to === undefined ? {} : { to }) };
};

/**
 * What a set of cuts gains on out-of-fold rows: +1 for each move that fixes a tier, -1 for each that
 * breaks one, -3 more for each move that sends a Haiku-labelled ask to Opus or the reverse, and +3 for
 * each move out of such a swap (an Opus-labelled ask lifted from Haiku to Sonnet, session 6).
 * Rows the model does not apply to (logit NaN) never move.
 */
export const gainOf = (rows: readonly OutOfFold[], cuts: TrafficCuts, sonnetCut: number, opusCut: number): { gain: number; fixed: number; broken: number; swaps: number; unswapped: number } => {
  let fixed = 0;
  let broken = 0;
  let swaps = 0;
  let unswapped = 0;
  for (const r of rows) {
    if (Number.isNaN(r.logit)) continue;
    const { from, to } = moveOf(r, cuts, sonnetCut, opusCut);
    if (to === undefined) continue;
    if (to === r.tier) fixed += 1;
    else if (r.tier === from) broken += 1;
    else if (to === 'sonnet') unswapped += 1;
    else {
      broken += 1;
      swaps += 1;
    }
  }
  return { gain: fixed - broken - 3 * swaps + 3 * unswapped, fixed, broken, swaps, unswapped };
};

const UPS = Array.from({ length: 30 }, (_, i) => Math.round(55 + 5 * i) / 100); // 0.55 to 2.0
const MIN_UPS = [0.35, 0.45, 0.5, 0.55, 0.6];
const DOWNS = Array.from({ length: 26 }, (_, i) => Math.round(30 - 5 * i) / 100); // 0.3 to -0.95
const MAX_DOWNS = [0.7, 0.6, 0.5, 0.45, 0.4];
const LIFTS = Array.from({ length: 24 }, (_, i) => Math.round(40 + 5 * i) / 100); // 0.4 to 1.55
const MIN_LIFTS = [0, 0.1, 0.2, 0.25, 0.3];
const DROPS = Array.from({ length: 24 }, (_, i) => Math.round(60 - 5 * i) / 100); // 0.6 to -0.55
const MAX_DROPS = [1, 0.95, 0.9, 0.85, 0.8, 0.75];

/**
 * The cuts with the best gain on out-of-fold rows, chosen for each move on its own (Sonnet band up and
 * down, Haiku band up, Opus band down); ties go to the more cautious cut (fewer moves). A move that gains
 * nothing never fires. Cuts that break a tier of any `guard` row (right tiers that must stay right) are
 * not considered. `edges: false` leaves the Haiku and Opus bands alone (before session 6).
 */
export const chooseCuts = (rows: readonly OutOfFold[], sonnetCut: number, opusCut: number, guard: readonly OutOfFold[] = [], edges = true): TrafficCuts => {
  const safe = (cuts: TrafficCuts): boolean => gainOf(guard, cuts, sonnetCut, opusCut).broken === 0;
  const best: TrafficCuts = Object.assign({}, NO_MOVES);
  const search = <K extends keyof TrafficCuts, L extends keyof TrafficCuts>(cut: K, cuts: readonly number[], limit: L, limits: readonly number[]): void => {
    let bestGain = 0;
    for (const c of cuts)
      for (const l of limits) {
        const tried = Object.assign({}, NO_MOVES, { [cut]: c, [limit]: l });
        const g = gainOf(rows, tried, sonnetCut, opusCut).gain;
        if (g > bestGain && safe(tried)) [bestGain, best[cut], best[limit]] = [g, c as TrafficCuts[K], l as TrafficCuts[L]];
      }
  };
  // Each list runs from the most cautious cut to the boldest.
  search('up', [...UPS].reverse(), 'minUp', [...MIN_UPS].reverse());
  search('down', [...DOWNS].reverse(), 'maxDown', [...MAX_DOWNS].reverse());
  if (edges) {
    search('lift', [...LIFTS].reverse(), 'minLift', [...MIN_LIFTS].reverse());
    search('drop', [...DROPS].reverse(), 'maxDrop', [...MAX_DROPS].reverse());
  }
  return best;
};

