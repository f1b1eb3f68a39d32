import type { MessagesBody } from '../../src/messages/schema.js';
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

export const targetValue = (row: RoutingRow, target: Target): number => {
  switch (target) {
    case 'weak_wrong':
      return row.weak_correct ? 0 : 1;
    case 'escalate':
      return !row.weak_correct && row.strong_correct ? 1 : 0;
    case 'gain':
      return Number(row.strong_correct) - Number(row.weak_correct);
  }
};
