import type { MessagesBody } from '../../src/messages/schema.js';
import { learnedInput } from '../../src/routing/model.js';
import { viewRequest } from '../../src/routing/request-view.js';
import { extractTextFeatures, newTextFeatures } from '../../src/routing/text-features.js';
import type { Example } from './logreg.js';
import type { RoutingRow } from './router-data.js';

/** A training prompt as the gateway would see it: one user turn, no system, no tools. */
export const bodyForPrompt = (prompt: string): MessagesBody => ({
  model: 'auto',
  max_tokens: 1024,
  messages: [{ role: 'user', content: prompt }],
});

/**
 * Which outcome the learned model predicts. APGR is maximised by ranking on the expected gain
 * E[strong_correct - weak_correct], so `gain` (squared loss) is the shipped target; the others
 * were compared in by-subject cross-validation (src/routing/README.md).
 */
export const TARGETS = ['weak_wrong', 'escalate', 'gain'] as const;
export type Target = (typeof TARGETS)[number];

const targetValue = (row: RoutingRow, target: Target): number => {
  switch (target) {
    case 'weak_wrong':
      return row.weak_correct ? 0 : 1;
    case 'escalate':
      return !row.weak_correct && row.strong_correct ? 1 : 0;
    case 'gain':
      return Number(row.strong_correct) - Number(row.weak_correct);
  }
};

export const lossFor = (target: Target): 'logistic' | 'squared' => (target === 'gain' ? 'squared' : 'logistic');

/** Examples through the serving code path (viewRequest then extractTextFeatures). */
export const buildExamples = (rows: readonly RoutingRow[], hashBits: number, target: Target): Example[] => {
  const scratch = newTextFeatures();
  return rows.map((row) => {
    extractTextFeatures(learnedInput(viewRequest(bodyForPrompt(row.prompt)).ask), hashBits, scratch);
    return {
      dense: Float64Array.from(scratch.dense),
      hashes: scratch.hashes.slice(0, scratch.hashCount),
      y: targetValue(row, target),
      weight: 1,
    };
  });
};
