/** What the traffic-model study scripts (scripts/traffic-*-study.ts) share. */
import { createClassifier, shippedModel } from '../../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';
import type { AskAdjust } from '../../src/routing/traffic-model.js';
import type { TrafficExample } from '../../test/routing/traffic/index.js';

/** How the study scripts score a traffic-model variant: the whole classify() with that model, at the default thresholds. */
export interface Score {
  right: number;
  n: number;
  swaps: number;
}

/** No traffic model at all: the hand signals and the learned part alone. */
export const noTrafficModel: AskAdjust = (_v, _f, _b, logit) => logit;

export const scoreOf = (adjust: AskAdjust, set: readonly { body: TrafficExample['body']; tier: TrafficExample['tier'] }[]): Score => {
  const classify = createClassifier(shippedModel, undefined, adjust);
  const s = { right: 0, n: set.length, swaps: 0 };
  for (const e of set) {
    const got = tierForScore(classify(e.body).score, DEFAULT_THRESHOLDS);
    if (got === e.tier) s.right += 1;
    else if (got !== 'sonnet' && e.tier !== 'sonnet') s.swaps += 1;
  }
  return s;
};

export const pct = (s: Score): string => `${s.right}/${s.n} (${((100 * s.right) / s.n).toFixed(1)}%)${s.swaps > 0 ? `, ${s.swaps} H↔O` : ''}`;

/** The parts laid end to end: the dense inputs of a ridge variant. */
export const concat = (...parts: Float64Array[]): Float64Array => {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
