import type { MessagesBody } from '../../src/messages/schema.js';
import { createClassifier } from '../../src/routing/classifier.js';
import { learnedInput, learnedZ, loadModel, type LearnedModel } from '../../src/routing/model.js';
import { viewRequest } from '../../src/routing/request-view.js';
import { extractTextFeatures, newTextFeatures } from '../../src/routing/text-features.js';
import { apgr, type Outcome } from '../../src/routing/apgr.js';
import { type RoutingRow } from './router-data.js';
import { bodyForPrompt } from './router-features.js';
import { trainWeights } from './router-train.js';

/** Scorers compared on the same rows: the full classifier, its learned part alone, and baselines. */
export interface FoldScorers {
  classifier: (body: MessagesBody) => number;
  learnedOnly: (body: MessagesBody) => number;
}

export const scorersFor = (model: LearnedModel): FoldScorers => {
  const classify = createClassifier(model);
  const scratch = newTextFeatures();
  return {
    classifier: (body) => classify(body).score,
    learnedOnly: (body) => {
      extractTextFeatures(learnedInput(viewRequest(body).ask), model.weights.hashBits, scratch);
      return learnedZ(model, scratch);
    },
  };
};

export type ScorerName = keyof FoldScorers | 'length';
export const SCORER_NAMES: ScorerName[] = ['classifier', 'learnedOnly', 'length'];

/** Outcomes of one validation fold, for each scorer, with the learned part trained on the other folds. */
export const foldOutcomes = (
  rows: readonly RoutingRow[],
  folds: readonly number[],
  fold: number,
): Record<ScorerName, (Outcome & { source: string })[]> => {
  const train = rows.filter((_, i) => folds[i] !== fold);
  const valid = rows.filter((_, i) => folds[i] === fold);
  const scorers = scorersFor(loadModel(trainWeights(train)));
  const result = {} as Record<ScorerName, (Outcome & { source: string })[]>;
  for (const name of SCORER_NAMES) {
    result[name] = valid.map((row) => {
      const body = bodyForPrompt(row.prompt);
      const score = name === 'length' ? row.prompt.length : scorers[name](body);
      return { score, weak: row.weak_correct, strong: row.strong_correct, source: row.source };
    });
  }
  return result;
};

export const apgrBySource = (outcomes: readonly (Outcome & { source: string })[]): { all: number; mmlu: number; gsm8k: number } => ({
  all: apgr(outcomes),
  mmlu: apgr(outcomes.filter((o) => o.source === 'mmlu')),
  gsm8k: apgr(outcomes.filter((o) => o.source === 'gsm8k')),
});
