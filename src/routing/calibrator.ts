import { z } from 'zod';
import type { FollowUp } from './conversation.js';
import type { RequestView } from './request-view.js';
import { isClearTransform, SIGNAL_KINDS, type Signal, type SignalKind } from './signals.js';
import type { TextFeatures } from './text-features.js';
import { DEFAULT_CUT_LOGITS } from './tiers.js';
import { shippedTrafficModel as trafficModel, trafficPrediction } from './traffic-model.js';
import calibratorJson from './calibrator-weights.json' with { type: 'json' };

/**
 * The calibrator (issue 21, session 10): a multinomial logistic model of the tier over the router's own intermediate
 * quantities (the signals summed by kind, the hand logit, the traffic model's prediction and move, the conversation's
 * earlier asks, the request's shape), fitted on the labelled set's tune half (`npm run train:calibrator`). It may move
 * the tier by one: a Sonnet-band request either way, an Opus-band one down, never a Haiku-band one, never a clear
 * simple transform to Opus, never an acknowledgement;
 * never below the band the conversation allows (`conversationFloor`); the tier chosen minimises the expected cost, a
 * Haiku<->Opus swap costing `swapCost` (src/routing/README.md). The shipped `classify` runs it; a classifier built on a
 * team's own weights does not.
 */
export interface CalibratorStep {
  view: RequestView;
  /** Every signal so far (hand, learned, non-English floor, traffic model, conversation). */
  signals: Signal[];
  /** The ask's logit before the traffic model, after it, and after the conversation's step (`logit`). */
  hand: number;
  moved: number;
  logit: number;
  /** The shipped traffic model's prediction for the ask (`askPrediction`); NaN when it does not apply. */
  trafficY: number;
  /** The conversation's earlier asks' highest logit; -Infinity when none was scored. */
  history: number;
  /** The lowest logit the conversation allows the ask (`conversationFloor`): the step never moves below its band. */
  floor: number;
  followUp: FollowUp;
}

/** Signal kinds added after the step's inputs are read, or by the step itself: not inputs. */
const LATE_KINDS = new Set<SignalKind>(['trafficModel', 'conversation', 'calibrator']);
const KIND_INPUTS = SIGNAL_KINDS.filter((k) => !LATE_KINDS.has(k));
const FOLLOW_UPS: readonly FollowUp[] = ['continue', 'ack', 'new', 'transform', 'other'];
const SCRIPTS = ['', 'cjk', 'hangul', 'cyrillic', 'arabic', 'indic', 'other'] as const;

/** The inputs, in order (the weights file names them, so a file fitted on other inputs is refused). */
export const CALIBRATOR_INPUTS: readonly string[] = [
  'final', 'hand', 'trafficMove', 'trafficY', 'english', 'multiTurn', 'tools',
  ...KIND_INPUTS.map((k) => `kind:${k}`),
  ...FOLLOW_UPS.map((f) => `followUp:${f}`),
  'hasHistory', 'history', 'historyGap',
  'logTokens', 'logMessages', 'logToolResults', 'logToolErrors', 'toolStepDone', 'clearTransform',
  ...SCRIPTS.map((s) => `script:${s}`),
];
const KIND_AT = new Map<SignalKind, number>(KIND_INPUTS.map((k, i) => [k, 7 + i]));
const FOLLOW_AT = 7 + KIND_INPUTS.length;
const HISTORY_AT = FOLLOW_AT + FOLLOW_UPS.length;
const SHAPE_AT = HISTORY_AT + 3;
const SCRIPT_AT = SHAPE_AT + 6;

const clip = (x: number): number => Math.min(4, Math.max(-4, x));

/** Fills `out` with the step's inputs (CALIBRATOR_INPUTS). */
export const calibratorInputs = (step: CalibratorStep, out: Float64Array): Float64Array => {
  const { view, hand, moved, logit, history } = step;
  const english = view.askShape.english;
  const convo = view.earlierAsks.length > 0;
  out.fill(0);
  out[0] = clip(logit);
  out[1] = clip(hand);
  out[2] = clip(moved - hand);
  out[3] = english ? step.trafficY : 0;
  out[4] = english ? 1 : 0;
  out[5] = view.messages > 1 ? 1 : 0;
  out[6] = view.tools > 0 ? 1 : 0;
  for (const s of step.signals) {
    const at = KIND_AT.get(s.kind);
    if (at !== undefined) out[at] = (out[at] as number) + s.logit;
  }
  if (convo) out[FOLLOW_AT + FOLLOW_UPS.indexOf(step.followUp)] = 1;
  if (Number.isFinite(history)) {
    out[HISTORY_AT] = 1;
    out[HISTORY_AT + 1] = clip(history);
    out[HISTORY_AT + 2] = clip(history - moved);
  }
  out[SHAPE_AT] = Math.log1p(view.askShape.tokens);
  out[SHAPE_AT + 1] = Math.log(view.messages);
  out[SHAPE_AT + 2] = Math.log1p(view.toolResults);
  out[SHAPE_AT + 3] = Math.log1p(view.toolErrors);
  out[SHAPE_AT + 4] = view.toolStepDone ? 1 : 0;
  out[SHAPE_AT + 5] = isClearTransform(step.signals) ? 1 : 0;
  const script = SCRIPTS.indexOf(view.askShape.script as (typeof SCRIPTS)[number]);
  if (script >= 0) out[SCRIPT_AT + script] = 1;
  return out;
};

export const calibratorWeightsSchema = z.object({
  version: z.literal(1),
  inputs: z.array(z.string()),
  /** Per tier above Haiku (Sonnet, Opus): the intercept and the weights, on the raw inputs (Haiku's are all 0). */
  bias: z.array(z.number()).length(2),
  weights: z.array(z.array(z.number())).length(2),
  swapCost: z.number().min(1),
  trainedOn: z.record(z.string(), z.unknown()).optional(),
});
export type CalibratorWeights = z.infer<typeof calibratorWeightsSchema>;

/** The calibrator's step: the logit after it (the same logit when it keeps the tier). Pure; adds its reason when it moves. */
export type Calibrate = (step: CalibratorStep) => number;

const { sonnet: SONNET_CUT, opus: OPUS_CUT } = DEFAULT_CUT_LOGITS;
/** Where a moved request lands: just inside its new band, as the traffic model's moves do. */
const LANDING = [SONNET_CUT - 0.05, OPUS_CUT - 0.05, OPUS_CUT + 0.05] as const;
const bandOf = (logit: number): number => (logit >= OPUS_CUT ? 2 : logit >= SONNET_CUT ? 1 : 0);

export const calibrator = (raw: unknown): Calibrate => {
  const w = calibratorWeightsSchema.parse(raw);
  if (w.inputs.join() !== CALIBRATOR_INPUTS.join()) throw new Error('calibrator weights: fitted on other inputs than CALIBRATOR_INPUTS');
  const rows = w.weights.map((r) => Float64Array.from(r));
  const x = new Float64Array(CALIBRATOR_INPUTS.length);
  return (step) => {
    const routed = bandOf(step.logit);
    // Haiku-band requests are never lifted (it lost rows); acknowledgements keep their place (conversation.ts).
    if (routed === 0 || (step.followUp === 'ack' && step.view.earlierAsks.length > 0)) return step.logit;
    calibratorInputs(step, x);
    const z = [0, 0, 0];
    for (let c = 0; c < 2; c += 1) {
      const r = rows[c] as Float64Array;
      let s = w.bias[c] as number;
      for (let j = 0; j < r.length; j += 1) s += (r[j] as number) * (x[j] as number);
      z[c + 1] = s;
    }
    const top = Math.max(0, z[1] as number, z[2] as number);
    const p = z.map((v) => Math.exp(v - top));
    const cost = (t: number): number => p.reduce((sum, pw, want) => sum + pw * (want === t ? 0 : Math.abs(want - t) === 2 ? w.swapCost : 1), 0);
    let tier = 0;
    for (let t = 1; t <= 2; t += 1) if (cost(t) < cost(tier)) tier = t;
    tier = Math.max(routed - 1, bandOf(step.floor), Math.min(routed + 1, tier));
    // A clear simple transform is never moved up to Opus (as with the traffic model).
    if (tier === routed || (tier === 2 && isClearTransform(step.signals))) return step.logit;
    const logit = LANDING[tier] as number;
    step.signals.push({ kind: 'calibrator', reason: tier > routed ? 'calibrator: harder' : 'calibrator: easier', logit: logit - step.logit });
    return logit;
  };
};

/** The shipped traffic model's prediction for the ask, an input of the calibrator; NaN for a non-English ask. */
export const askPrediction = (view: RequestView, features: TextFeatures, hashBits: number): number =>
  view.askShape.english && hashBits === trafficModel.weights.hashBits ? trafficPrediction(trafficModel, features) : NaN;

export const shippedCalibrator: Calibrate = calibrator(calibratorJson);
