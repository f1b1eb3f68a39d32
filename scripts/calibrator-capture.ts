/**
 * What the calibrator study (scripts/calibrator-study.ts, session 10) reads of each labelled request: the router's own
 * intermediate quantities, read from classify() itself through its two hooks (the traffic model's and the calibrator's,
 * as train-calibrator.ts does), so the study cannot drift from serving.
 */
import { tierRank, type Tier } from '../src/config/schema.js';
import type { MessagesBody } from '../src/messages/schema.js';
import type { Calibrate } from '../src/routing/calibrator.js';
import { createClassifier, shippedModel } from '../src/routing/classifier.js';
import { isSmallAsk, type FollowUp } from '../src/routing/conversation.js';
import { viewRequest, type RequestView } from '../src/routing/request-view.js';
import { isClearTransform, SIGNAL_KINDS } from '../src/routing/signals.js';
import { newTextFeatures, type TextFeatures } from '../src/routing/text-features.js';
import { DEFAULT_CUT_LOGITS, DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
import { shippedTraffic, shippedTrafficModel, trafficPrediction, type AskAdjust } from '../src/routing/traffic-model.js';

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

const copyFeatures = (f: TextFeatures): TextFeatures => ({
  dense: Float64Array.from(f.dense),
  hashes: f.hashes.slice(0, f.hashCount),
  hashCount: f.hashCount,
  rows: f.rows.slice(0, f.rowCount),
  rowCount: f.rowCount,
});

/** The signal kinds added after the ask's own logit (by the traffic model, the conversation and the calibrator). */
const LATE = new Set<string>(['trafficModel', 'conversation', 'calibrator']);
const bandOf = (logit: number): number => (logit >= DEFAULT_CUT_LOGITS.opus ? 2 : logit >= DEFAULT_CUT_LOGITS.sonnet ? 1 : 0);

/** What the hooks saw of the request being classified: the traffic model's calls (the latest ask's among them) and the calibrator's step. */
let asks: { view: RequestView; features: TextFeatures; trafficY: number }[] = [];
let step: Parameters<Calibrate>[0] | undefined;
const traffic: AskAdjust = (view, features, hashBits, logit, signals) => {
  asks.push({ view, features: copyFeatures(features), trafficY: trafficPrediction(shippedTrafficModel, features) });
  return shippedTraffic(view, features, hashBits, logit, signals);
};
const probe: Calibrate = (s) => {
  step = s;
  return s.logit;
};
/** The router without the calibrator (session 10), with the hooks that read its steps. */
const classify = createClassifier(shippedModel, undefined, traffic, probe);
const NO_FEATURES = newTextFeatures();

export const capture = (e: { name: string; tier: Tier; kind: string; body: MessagesBody }, heldOut: boolean): Captured => {
  asks = [];
  step = undefined;
  const routed = tierRank(tierForScore(classify(e.body).score, DEFAULT_THRESHOLDS));
  // Exam questions return before the calibrator's step (exam-kind.ts scores them): only their route is kept.
  const s = step as Parameters<Calibrate>[0] | undefined;
  const view = s?.view ?? viewRequest(e.body);
  const ask = asks.find((a) => a.view === view);
  const kinds = new Float64Array(SIGNAL_KINDS.length);
  for (const sig of s?.signals ?? []) if (!LATE.has(sig.kind)) kinds[SIGNAL_KINDS.indexOf(sig.kind)] += sig.logit;
  const history = s?.history ?? -Infinity;
  return {
    name: e.name,
    tier: e.tier,
    kind: e.kind,
    heldOut,
    exam: s === undefined,
    kinds,
    hand: s?.hand ?? NaN,
    trafficY: ask?.trafficY ?? NaN,
    moved: s?.moved ?? NaN,
    history,
    followUp: s?.followUp ?? 'other',
    small: view.earlierAsks.length > 0 && isSmallAsk(view.ask),
    floorBand: bandOf(s?.floor ?? -Infinity),
    final: s?.logit ?? NaN,
    routed,
    clearTransform: isClearTransform(s?.signals ?? []),
    view,
    features: ask?.features ?? NO_FEATURES,
  };
};
