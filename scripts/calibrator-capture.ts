/**
 * What the calibrator study (scripts/calibrator-study.ts, session 10) reads of each labelled request: the router's own
 * intermediate quantities, computed by the same functions classify() calls (the steps of classifier.ts, repeated
 * here so that production code is not changed), and checked against classify()'s tier row by row.
 */
import { tierRank, type Tier } from '../src/config/schema.js';
import type { MessagesBody } from '../src/messages/schema.js';
import { createClassifier, earlierView, shippedModel } from '../src/routing/classifier.js';
import { conversationFloor, conversationLogit, followUpKind, isSmallAsk, type FollowUp } from '../src/routing/conversation.js';
import { examKind } from '../src/routing/exam-kind.js';
import { learnedInput, learnedZ } from '../src/routing/model.js';
import { viewRequest, type RequestView } from '../src/routing/request-view.js';
import { handSignals, isClearTransform, SIGNAL_KINDS, type Signal } from '../src/routing/signals.js';
import { extractTextFeatures, newTextFeatures, type TextFeatures } from '../src/routing/text-features.js';
import { DEFAULT_CUT_LOGITS, DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
import { loadTrafficModel, trafficAdjust, trafficPrediction, type TrafficModel } from '../src/routing/traffic-model.js';
import trafficJson from '../src/routing/traffic-weights.json' with { type: 'json' };

// The classifier's constants (classifier.ts), repeated.
const BIAS = -0.75;
const LEARNED_CLIP = 1.5;
const NON_ENGLISH_FLOOR = -0.32;
const EARLIER_SCORED = 2;
const learnedWeight = shippedModel.weights.learnedWeight ?? 0.15;

export const FOLLOW_UPS: readonly FollowUp[] = ['continue', 'ack', 'new', 'transform', 'other'];
export const SCRIPTS = ['', 'cjk', 'hangul', 'cyrillic', 'arabic', 'indic', 'other'] as const;

export interface Captured {
  name: string;
  tier: Tier;
  kind: string;
  heldOut: boolean;
  /** Read as an exam question: scored by exam-kind.ts, which the calibrator leaves alone. */
  exam: boolean;
  /** Per SIGNAL_KINDS: the summed logit of the ask's signals before the traffic model (hand, learned, non-English floor). */
  kinds: Float64Array;
  hand: number;
  /** The traffic model's prediction (0 / 0.5 / 1 scale); NaN for a non-English ask (it does not apply). */
  trafficY: number;
  /** The logit after the traffic move. */
  moved: number;
  /** The conversation's earlier asks' highest logit; -Infinity when none was scored. */
  history: number;
  followUp: FollowUp;
  /** A small ask inside a conversation (conversation.ts `isSmallAsk`): kept in the Haiku band of its own. */
  small: boolean;
  /** The band the conversation allows the ask at least (`conversationFloor`): the calibrator never moves below it. */
  floorBand: number;
  /** The final logit (after the conversation's step), whose band is today's tier. */
  final: number;
  /** The tier before the calibrator (rank 0..2), from classify() without it. */
  routed: number;
  clearTransform: boolean;
  view: RequestView;
  /** The ask's text features (for refitting the traffic model out of fold). */
  features: TextFeatures;
}

const scratch = newTextFeatures();
const askLogit = (view: RequestView, signals: Signal[]): number => {
  if (view.askShape.english) {
    extractTextFeatures(learnedInput(view.ask), shippedModel.weights.hashBits, scratch);
    const z = Math.max(-LEARNED_CLIP, Math.min(LEARNED_CLIP, learnedZ(shippedModel, scratch)));
    signals.push({ kind: 'learned', reason: '', logit: learnedWeight * z });
  }
  let logit = BIAS;
  for (const s of signals) logit += s.logit;
  if (!view.askShape.english && !isClearTransform(signals) && logit < NON_ENGLISH_FLOOR) {
    signals.push({ kind: 'nonEnglish', reason: '', logit: NON_ENGLISH_FLOOR - logit });
    logit = NON_ENGLISH_FLOOR;
  }
  return logit;
};

const copyFeatures = (f: TextFeatures): TextFeatures => ({
  dense: Float64Array.from(f.dense),
  hashes: f.hashes.slice(0, f.hashCount),
  hashCount: f.hashCount,
  rows: f.rows.slice(0, f.rowCount),
  rowCount: f.rowCount,
});

export const shippedTrafficModel: TrafficModel = loadTrafficModel(trafficJson);
const traffic = trafficAdjust(shippedTrafficModel);
/** The router without the calibrator (session 10): what the study's inputs are checked against. */
const classify = createClassifier(shippedModel, undefined, traffic, null);
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const bandOf = (logit: number): number => (logit >= DEFAULT_CUT_LOGITS.opus ? 2 : logit >= DEFAULT_CUT_LOGITS.sonnet ? 1 : 0);

export const capture = (e: { name: string; tier: Tier; kind: string; body: MessagesBody }, heldOut: boolean): Captured => {
  const view = viewRequest(e.body);
  const signals = handSignals(view);
  const hand = askLogit(view, signals);
  const features = copyFeatures(scratch);
  const kinds = new Float64Array(SIGNAL_KINDS.length);
  for (const s of signals) kinds[SIGNAL_KINDS.indexOf(s.kind)] += s.logit;
  const english = view.askShape.english;
  const trafficY = english ? trafficPrediction(shippedTrafficModel, features) : NaN;
  const moved = english ? traffic(view, scratch, shippedModel.weights.hashBits, hand, signals) : hand;
  const clearTransform = isClearTransform(signals);
  const small = view.earlierAsks.length > 0 && isSmallAsk(view.ask);
  const followUp = followUpKind(view.ask, clearTransform, moved < DEFAULT_CUT_LOGITS.sonnet, small);
  const exam = examKind(view, signals, sigmoid(moved)) !== undefined;
  let history = -Infinity;
  let final = moved;
  if (view.earlierAsks.length > 0) {
    let scored = 0;
    for (const ask of view.earlierAsks) {
      if (scored === EARLIER_SCORED) break;
      const kind = followUpKind(ask, false);
      if (kind === 'continue' || kind === 'ack') continue;
      const earlier = earlierView(view, ask);
      const earlierSignals = handSignals(earlier);
      let earlierLogit = askLogit(earlier, earlierSignals);
      if (followUp === 'continue' && earlier.askShape.english) earlierLogit = traffic(earlier, scratch, shippedModel.weights.hashBits, earlierLogit, earlierSignals);
      history = Math.max(history, earlierLogit);
      scored += 1;
    }
    final = conversationLogit(moved, history, followUp, small).logit;
  }
  const routed = tierRank(tierForScore(classify(e.body).score, DEFAULT_THRESHOLDS));
  if (!exam && routed !== bandOf(final)) throw new Error(`${e.name}: capture says band ${bandOf(final)}, classify() ${routed}`);
  const floorBand = bandOf(conversationFloor(history, followUp));
  return { name: e.name, tier: e.tier, kind: e.kind, heldOut, exam, kinds, hand, trafficY, moved, history, followUp, small, floorBand, final, routed, clearTransform, view, features };
};

/** The batch of a row: its name prefix ("b4", "m2") or, for the first rows of each kind, "old-<kind>". */
export const batchOf = (r: { name: string; kind: string }): string => /^([a-z]+\d+)-/.exec(r.name)?.[1] ?? `old-${r.kind}`;
