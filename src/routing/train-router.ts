import { tierRank } from '../config/schema.js';
import { apgr } from './apgr.js';
import { createClassifier } from './classifier.js';
import type { LabelledRow } from './labelled.js';
import { loadModel, type RouterWeights } from './model.js';
import { tierForScore, DEFAULT_THRESHOLDS } from './tiers.js';
import { RECIPE, trainOnBodies } from './train.js';

/** The learned part's weights tried; the one that fits the labels best is written to the file. */
export const LEARNED_WEIGHTS = [0.15, 0.25, 0.5, 0.75, 1, 1.5, 2] as const;

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

const fitFor = (rows: readonly LabelledRow[], target: string) =>
  trainOnBodies(
    rows.map((row) => ({ body: row.body, y: targetOf(row) })),
    Object.assign({}, RECIPE, { target, loss: 'squared' as const }),
  );

/**
 * Fits the router's learned part on a team's own labelled requests (squared loss on the target
 * above, the shipped recipe), then picks how much weight it gets beside the hand-set signals:
 * the one of LEARNED_WEIGHTS that fits best in 2-fold cross-validation (rows alternate between
 * the folds; ties go to the smaller weight). The final weights are fitted on every row.
 * Deterministic. `fit` is the cross-validated figure, not the fit on the training rows.
 */
export const trainRouter = (rows: readonly LabelledRow[]): { weights: RouterWeights; fit: number } => {
  const target = rows.some((r) => r.tier !== undefined) ? 'tier' : 'gain';
  const halves = [rows.filter((_, i) => i % 2 === 0), rows.filter((_, i) => i % 2 === 1)] as const;
  const foldWeights = halves.map((half) => fitFor(half, target));
  let best = { learnedWeight: LEARNED_WEIGHTS[0] as number, fit: -1 };
  for (const learnedWeight of LEARNED_WEIGHTS) {
    const fit = (fitOf(halves[1], foldWeights[0] as RouterWeights, learnedWeight) + fitOf(halves[0], foldWeights[1] as RouterWeights, learnedWeight)) / 2;
    if (fit > best.fit) best = { learnedWeight, fit };
  }
  return { weights: Object.assign(fitFor(rows, target), { learnedWeight: best.learnedWeight }), fit: best.fit };
};
