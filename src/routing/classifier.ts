import type { MessagesBody } from '../messages/schema.js';
import { NO_LOOP } from './agent-loop.js';
import { askPrediction, shippedCalibrator, type Calibrate } from './calibrator.js';
import { conversationFloor, conversationLogit, followUpKind, isSmallAsk, type FollowUp } from './conversation.js';
import { textShape } from './language.js';
import { examKind, examLogit } from './exam-kind.js';
import { learnedInput, learnedZ, lengthZ, loadModel, withNeighbours, type LearnedModel } from './model.js';
import { viewRequest, type RequestView } from './request-view.js';
import { handSignals, isClearTransform, type Signal } from './signals.js';
import { extractTextFeatures, newTextFeatures } from './text-features.js';
import { DEFAULT_CUT_LOGITS, DEFAULT_THRESHOLDS } from './tiers.js';
import { shippedTraffic, type AskAdjust } from './traffic-model.js';
import weightsJson from './weights.json' with { type: 'json' };

export interface Classification {
  /** Difficulty in [0, 1]: higher means a more capable model is needed. */
  score: number;
  /** Short ASCII phrases, most telling first. */
  reasons: string[];
  /** True when the score is the conversation's (an earlier ask needed more), not the latest ask's own. */
  conversation: boolean;
  /** What kind of follow-up the latest ask is: what it may inherit from the conversation's earlier tier. */
  followUp: FollowUp;
}

/** Logit of a request with no signal at all: 0.32, just under the default sonnet threshold (0.35). */
const BIAS = -0.75;
/** How far the learned (exam-trained) model may move the logit: weight per sd, capped at ±CLIP sd. */
const LEARNED_WEIGHT = 0.15;
const LEARNED_CLIP = 1.5;
const MAX_REASONS = 4;
const MIN_REASON_LOGIT = 0.2;
/**
 * A non-English ask scores at least this (0.42, Sonnet at the default thresholds) unless it
 * is a clear simple transform: the learned part and most cues cover English only.
 */
const NON_ENGLISH_FLOOR = -0.32;
/** Earlier asks scored for the conversation's tier at most (each costs about one classification). */
const EARLIER_SCORED = 2;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Tier bands of the default thresholds: the score never leaves the band its logit falls in. */
const BANDS = [0, DEFAULT_THRESHOLDS.sonnet, DEFAULT_THRESHOLDS.opus, 1] as const;
/** Inside a band the learned part orders requests; the hand-set logit keeps a little say. */
const HAND_IN_BAND = 0.25;
const LEARNED_IN_BAND = 1;

/**
 * The score: the band (tier at the default thresholds) comes from the whole logit, the place
 * inside the band mostly from the learned part, which ranks exam questions better than the
 * hand signals do (src/routing/README.md). Rounded to 4 decimals, never across a band edge.
 */
const placeInBand = (logit: number, z: number): number => {
  const p = sigmoid(logit);
  let i = 0;
  while (i < 2 && p >= (BANDS[i + 1] as number)) i += 1;
  const lo = BANDS[i] as number;
  const width = (BANDS[i + 1] as number) - lo;
  const within = Math.min(0.999, Math.max(0.001, (p - lo) / width));
  const pos = sigmoid(HAND_IN_BAND * Math.log(within / (1 - within)) + LEARNED_IN_BAND * z);
  return Math.round((lo + width * Math.min(pos, 0.99)) * 1e4) / 1e4;
};

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

/** An earlier ask seen alone: its words, length and the conversation's system prompt, no request shape. */
export const earlierView = (view: RequestView, ask: string): RequestView => ({
  ask,
  askShape: textShape(ask),
  instruction: ask,
  material: 0,
  earlierAsks: [],
  system: view.system,
  context: '',
  messages: 1,
  totalChars: ask.length,
  images: 0,
  documents: 0,
  toolResults: 0,
  toolErrors: 0,
  toolStepDone: false,
  tools: 0,
  loop: NO_LOOP,
  thinkingBudget: 0,
  maxTokens: 1024,
});

/**
 * Builds a classifier around a learned model (the shipped weights by default; the eval
 * script passes fold-trained ones). Pure and synchronous: no clock, no I/O.
 */
export const createClassifier = (
  model: LearnedModel,
  learnedWeight = model.weights.learnedWeight ?? LEARNED_WEIGHT,
  traffic: AskAdjust = shippedTraffic,
  calibrate: Calibrate | null = null,
): ((body: MessagesBody) => Classification) => {
  // One scratch buffer per classifier: classify never yields, so it cannot be shared mid-use.
  const scratch = newTextFeatures();
  let z = 0;
  let rawZ = 0;
  const askLogit = (view: RequestView, signals: Signal[]): number => {
    // The learned part was trained on English prompts only: elsewhere it would add noise.
    z = 0;
    if (view.askShape.english) {
      extractTextFeatures(learnedInput(view.ask), model.weights.hashBits, scratch);
      rawZ = learnedZ(model, scratch);
      z = Math.max(-LEARNED_CLIP, Math.min(LEARNED_CLIP, rawZ));
      signals.push({ kind: 'learned', reason: z > 0 ? 'learned: harder' : 'learned: easier', logit: learnedWeight * z });
    }
    let logit = BIAS;
    for (const s of signals) logit += s.logit;
    if (!view.askShape.english && !isClearTransform(signals) && logit < NON_ENGLISH_FLOOR) {
      signals.push({ kind: 'nonEnglish', reason: 'non-English ask', logit: NON_ENGLISH_FLOOR - logit });
      logit = NON_ENGLISH_FLOOR;
    }
    return logit;
  };
  return (body) => {
    const view = viewRequest(body);
    const signals = handSignals(view);
    let logit = askLogit(view, signals);
    const hand = logit;
    // Traffic model hook (traffic-model.ts): may move an English ask by one tier.
    if (view.askShape.english) logit = traffic(view, scratch, model.weights.hashBits, logit, signals);
    const askZ = z;
    const moved = logit;
    // Read now: the earlier asks below reuse the scratch features.
    const trafficY = calibrate === null ? NaN : askPrediction(view, scratch, model.weights.hashBits);
    let conversation = false;
    const small = view.earlierAsks.length > 0 && isSmallAsk(view.ask);
    const followUp = followUpKind(view.ask, isClearTransform(signals), logit < DEFAULT_CUT_LOGITS.sonnet, small);
    const exam = examKind(view, signals, sigmoid(logit));
    if (exam !== undefined) {
      // The kind of request the learned part was trained on: it ranks these better than the hand signals do.
      const neighbours = exam === 'word problem' ? (key: number) => withNeighbours(model, scratch, key) : undefined;
      const scored = examLogit(exam, rawZ, lengthZ(model, scratch), signals, neighbours);
      return { score: Math.round(sigmoid(scored.logit) * 1e4) / 1e4, reasons: scored.reasons, conversation: false, followUp };
    }
    let history = -Infinity;
    if (view.earlierAsks.length > 0) {
      // "continue" and "thanks" say nothing of the work: look past them, up to EARLIER_SCORED asks.
      let scored = 0;
      for (const ask of view.earlierAsks) {
        if (scored === EARLIER_SCORED) break;
        const kind = followUpKind(ask, false);
        if (kind === 'continue' || kind === 'ack') continue;
        const earlier = earlierView(view, ask);
        const earlierSignals = handSignals(earlier);
        let earlierLogit = askLogit(earlier, earlierSignals);
        // "continue" asks for more of the same work: the tier the earlier ask gets as a single turn, traffic model included.
        if (followUp === 'continue' && earlier.askShape.english) earlierLogit = traffic(earlier, scratch, model.weights.hashBits, earlierLogit, earlierSignals);
        history = Math.max(history, earlierLogit);
        scored += 1;
      }
      const kept = conversationLogit(logit, history, followUp, small);
      if (kept.logit !== logit) {
        const reason = kept.inherited ? 'conversation: an earlier ask needed more' : 'acknowledgement';
        signals.push({ kind: 'conversation', reason, logit: kept.logit - logit });
        logit = kept.logit;
        conversation = kept.inherited;
      }
    }
    // Calibrator step (calibrator.ts): may move the tier by one, read from the router's own quantities, never below what
    // the conversation allows.
    if (calibrate !== null) logit = calibrate({ view, signals, hand, moved, logit, trafficY, history, floor: conversationFloor(history, followUp), followUp });
    const score = placeInBand(logit, askZ);
    return { score, reasons: pickReasons(signals, score), conversation, followUp };
  };
};

export const shippedModel: LearnedModel = loadModel(weightsJson);

/**
 * The shipped router: the shipped learned part, traffic model and calibrator. The calibrator is fitted on the shipped
 * parts' inputs, so a classifier built on a team's own weights (`routing.weights`) runs without it.
 */
export const classify: (body: MessagesBody) => Classification = createClassifier(shippedModel, undefined, shippedTraffic, shippedCalibrator);
