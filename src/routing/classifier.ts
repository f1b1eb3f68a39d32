import type { MessagesBody } from '../messages/schema.js';
import { learnedInput, learnedZ, loadModel, type LearnedModel } from './model.js';
import { viewRequest } from './request-view.js';
import { handSignals, type Signal } from './signals.js';
import { extractTextFeatures, newTextFeatures } from './text-features.js';
import weightsJson from './weights.json' with { type: 'json' };

export interface Classification {
  /** Difficulty in [0, 1]: higher means a more capable model is needed. */
  score: number;
  /** Short ASCII phrases, most telling first. */
  reasons: string[];
}

/** Logit of a request with no signal at all: 0.32, just under the default sonnet threshold (0.35). */
const BIAS = -0.75;
/** How far the learned (exam-trained) model may move the logit: weight per sd, capped at ±CLIP sd. */
const LEARNED_WEIGHT = 0.25;
const LEARNED_CLIP = 1.5;
const MAX_REASONS = 4;
const MIN_REASON_LOGIT = 0.2;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Upward pushes first when the request scores high, downward ones first when it scores low. */
const pickReasons = (signals: Signal[], score: number): string[] => {
  const up = score >= 0.5;
  const sorted = signals
    .filter((s) => Math.abs(s.logit) >= MIN_REASON_LOGIT)
    .sort((a, b) => {
      const sideA = a.logit > 0 === up ? 0 : 1;
      const sideB = b.logit > 0 === up ? 0 : 1;
      return sideA - sideB || Math.abs(b.logit) - Math.abs(a.logit);
    });
  const reasons: string[] = [];
  for (const s of sorted) {
    if (!reasons.includes(s.reason)) reasons.push(s.reason);
    if (reasons.length === MAX_REASONS) break;
  }
  return reasons.length > 0 ? reasons : ['no strong signal'];
};

/**
 * Builds a classifier around a learned model (the shipped weights by default; the eval
 * script passes fold-trained ones). Pure and synchronous: no clock, no I/O.
 */
export const createClassifier = (
  model: LearnedModel,
  learnedWeight = LEARNED_WEIGHT,
): ((body: MessagesBody) => Classification) => {
  // One scratch buffer per classifier: classify never yields, so it cannot be shared mid-use.
  const scratch = newTextFeatures();
  return (body) => {
    const view = viewRequest(body);
    const signals = handSignals(view);
    extractTextFeatures(learnedInput(view.ask), model.weights.hashBits, scratch);
    const z = Math.max(-LEARNED_CLIP, Math.min(LEARNED_CLIP, learnedZ(model, scratch)));
    signals.push({ reason: z > 0 ? 'learned: harder' : 'learned: easier', logit: learnedWeight * z });
    let logit = BIAS;
    for (const s of signals) logit += s.logit;
    const score = Math.round(sigmoid(logit) * 1e4) / 1e4;
    return { score, reasons: pickReasons(signals, score) };
  };
};

export const shippedModel: LearnedModel = loadModel(weightsJson);

export const classify: (body: MessagesBody) => Classification = createClassifier(shippedModel);
