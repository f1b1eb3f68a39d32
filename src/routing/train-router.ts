import { tierRank } from '../config/schema.js';
import { apgr } from './apgr.js';
import { createClassifier } from './classifier.js';
import type { LabelledRow } from './labelled.js';
import { loadModel, type RouterWeights } from './model.js';
import { tierForScore, DEFAULT_THRESHOLDS } from './tiers.js';
import { RECIPE, trainOnBodies, type TrainItem } from './train.js';

/** The learned part's weights tried; the one that fits the labels best is written to the file. */
export const LEARNED_WEIGHTS = [0.25, 0.5, 0.75, 1, 1.5, 2] as const;

/**
 * The target of one row: a tier label as 0 / 0.5 / 1, or the gain strong_correct - weak_correct.
 * Both say "how much a more capable model is needed", on the same scale.
 */
const targetOf = (row: LabelledRow): number =>
  row.tier !== undefined ? tierRank(row.tier) / 2 : Number(row.strongCorrect) - Number(row.weakCorrect);

/** Tier accuracy where tier labels exist, else APGR: higher is better. */
const fitOf = (rows: readonly LabelledRow[], weights: RouterWeights, learnedWeight: number): number => {
  const classify = createClassifier(loadModel(weights), learnedWeight);
  const tiered = rows.filter((r) => r.tier !== undefined);
  if (tiered.length > 0) return tiered.filter((r) => tierForScore(classify(r.body).score, DEFAULT_THRESHOLDS) === r.tier).length / tiered.length;
  const scored = rows.map((r) => ({ score: classify(r.body).score, weak: r.weakCorrect === true, strong: r.strongCorrect === true }));
  const a = apgr(scored);
  return Number.isNaN(a) ? 0 : a;
};

/**
 * Fits the router's learned part on a team's own labelled requests (squared loss on the target
 * above, the shipped recipe), then picks how much weight it gets beside the hand-set signals:
 * the smallest of LEARNED_WEIGHTS with the best fit on the same rows. Deterministic.
 */
export const trainRouter = (rows: readonly LabelledRow[]): { weights: RouterWeights; fit: number } => {
  const items: TrainItem[] = rows.map((row) => ({ body: row.body, y: targetOf(row) }));
  const target = rows.some((r) => r.tier !== undefined) ? 'tier' : 'gain';
  const weights = trainOnBodies(items, { ...RECIPE, target, loss: 'squared' });
  let best = { learnedWeight: LEARNED_WEIGHTS[0] as number, fit: -1 };
  for (const learnedWeight of LEARNED_WEIGHTS) {
    const fit = fitOf(rows, weights, learnedWeight);
    if (fit > best.fit) best = { learnedWeight, fit };
  }
  return { weights: { ...weights, learnedWeight: best.learnedWeight }, fit: best.fit };
};
