import { z } from 'zod';
import { embeddingTerm, meanProjection } from './embeddings.js';
import { linearLogit, type LinearModel } from './logreg.js';
import type { RequestView } from './request-view.js';
import { isClearTransform, type Signal, type SignalKind } from './signals.js';
import { DENSE_COUNT, DENSE_FEATURES, type TextFeatures } from './text-features.js';
import { DEFAULT_CUT_LOGITS } from './tiers.js';
import trafficJson from './traffic-weights.json' with { type: 'json' };

/**
 * What the hand signals already know, as inputs of the traffic model: the summed push of each cue
 * family, so that it can weigh the ask's words against the cues that fired ("plain words, no hard cue").
 * The hand logit itself, length, pasted material and the learned part's push were tried too and
 * cross-validated worse (src/routing/README.md, step 9).
 */
export const EXTRA_FEATURES = ['hard', 'math', 'everyday', 'simple', 'lookup'] as const;
export const EXTRA_COUNT = EXTRA_FEATURES.length;
const ZERO_INPUTS = new Float64Array(EXTRA_COUNT);
const FAMILY_OF = new Map<SignalKind, number>([
  ['proof', 0],
  ['design', 0],
  ['debugging', 0],
  ['research', 0],
  ['hardAsk', 0],
  ['math', 1],
  ['arithmetic', 1],
  ['writing', 2],
  ['code', 2],
  ['simple', 3],
  ['lookup', 4],
  ['documentLookup', 4],
]);

/** Fills `out` with the extra inputs of an ask: its hand signals, summed by cue family. */
export const extraInputs = (signals: readonly Signal[], out: Float64Array): Float64Array => {
  out.fill(0);
  for (const s of signals) {
    const k = FAMILY_OF.get(s.kind);
    if (k !== undefined) out[k] = (out[k] as number) + s.logit;
  }
  return out;
};

/**
 * The traffic model (issue 21, session 5): a linear model of the tier (0 / 0.5 / 1) fitted on the
 * single-turn English requests of our own hand-written labelled set (test/routing/traffic, tune half),
 * on the learned part's features. It may move an English ask (a single turn; since session 9 also the latest ask
 * of a conversation and an agent request's ask) that the hand signals put
 * in the Sonnet band by one tier: up to Opus when it predicts at least `up` and the hand score is at
 * least `minUp`, down to Haiku when it predicts at most `down` and the hand score is at most
 * `maxDown`. Since session 6 it may also move a Haiku-band ask up to Sonnet (`lift`) and an Opus-band
 * ask down to Sonnet (`drop`), so it never moves one by two tiers.
 * `traffic-weights.json` is written by scripts/train-traffic.ts (`npm run train:traffic`).
 */
export const trafficWeightsSchema = z.object({
  version: z.literal(1),
  hashBits: z.number().int().min(8).max(20),
  denseNames: z.array(z.string()).length(DENSE_COUNT),
  bias: z.number(),
  dense: z.array(z.number()).length(DENSE_COUNT),
  /** Non-zero hashed weights only, as [bucket, weight]. */
  hashed: z.array(z.tuple([z.number().int().min(0), z.number()])),
  /** Weights of the hand signals' inputs (EXTRA_FEATURES); absent in a file fitted on the text alone. */
  extraNames: z.array(z.string()).length(EXTRA_COUNT).optional(),
  extra: z.array(z.number()).length(EXTRA_COUNT).optional(),
  /** Session 8: weights of the ask's mean word embedding (embeddings.ts, EMBEDDING_DIMS). Absent: the text alone. */
  embedding: z.array(z.number()).optional(),
  /** The embedding table they were fitted on (`EMBEDDING_TABLE_ID`); a file fitted on another table is refused. */
  embeddingTable: z.string().optional(),
  up: z.number(),
  minUp: z.number().min(0).max(1),
  down: z.number(),
  maxDown: z.number().min(0).max(1),
  /** Session 6: a Haiku-band ask predicted at least `lift` (hand score at least `minLift`) goes up to Sonnet. Absent: never. */
  lift: z.number().optional(),
  minLift: z.number().min(0).max(1).optional(),
  /** Session 6: an Opus-band ask predicted at most `drop` (hand score at most `maxDrop`) goes down to Sonnet. Absent: never. */
  drop: z.number().optional(),
  maxDrop: z.number().min(0).max(1).optional(),
  trainedOn: z.record(z.string(), z.unknown()).optional(),
});
export type TrafficWeights = z.infer<typeof trafficWeightsSchema>;

export interface TrafficModel {
  weights: TrafficWeights;
  linear: LinearModel;
  /** Weights of EXTRA_FEATURES, all 0 when the file has none. */
  extra: Float64Array;
  /** Scratch for the ask's extra inputs: classify never yields, so one per model is enough. */
  inputs: Float64Array;
  /** `embedding · vector` of each table row (projectRows), undefined when the file has no embedding weights. */
  projection: Float32Array | undefined;
}

export const loadTrafficModel = (raw: unknown): TrafficModel => {
  const weights = trafficWeightsSchema.parse(raw);
  const size = 1 << weights.hashBits;
  weights.denseNames.forEach((name, i) => {
    if (name !== DENSE_FEATURES[i]) throw new Error(`traffic weights: dense feature ${i} is ${name}, expected ${DENSE_FEATURES[i]}`);
  });
  const hashed = new Float64Array(size);
  for (const [i, w] of weights.hashed) {
    if (i >= size) throw new Error(`traffic weights: bucket ${i} out of range for hashBits ${weights.hashBits}`);
    hashed[i] = w;
  }
  weights.extraNames?.forEach((name, i) => {
    if (name !== EXTRA_FEATURES[i]) throw new Error(`traffic weights: extra feature ${i} is ${name}, expected ${EXTRA_FEATURES[i]}`);
  });
  const extra = weights.extra === undefined ? new Float64Array(EXTRA_COUNT) : Float64Array.from(weights.extra);
  const projection = weights.embedding && embeddingTerm(weights.embedding, weights.embeddingTable, 'traffic weights');
  return { weights, linear: { bias: weights.bias, dense: Float64Array.from(weights.dense), hashed }, extra, inputs: new Float64Array(EXTRA_COUNT), projection };
};

/** The predicted tier, 0 (Haiku) to 1 (Opus), of features extracted with the model's hashBits and the ask's extra inputs. */
export const trafficPrediction = (model: TrafficModel, features: TextFeatures, inputs: Float64Array = ZERO_INPUTS): number => {
  let y = linearLogit(model.linear, { dense: features.dense, hashes: features.hashes.subarray(0, features.hashCount) });
  for (let k = 0; k < EXTRA_COUNT; k += 1) y += (model.extra[k] as number) * (inputs[k] as number);
  // The embedding term is linear in the mean vector: a mean of per-row scalars, no vector math per word.
  if (model.projection !== undefined) y += meanProjection(features, model.projection);
  return y;
};

const { sonnet: SONNET_CUT, opus: OPUS_CUT } = DEFAULT_CUT_LOGITS;
/** Where a moved ask lands: just inside the next band. */
const STEP_IN = 0.05;

/**
 * An English ask: a single turn without tools (the model was fitted on those) and, since session 9, the latest ask of
 * a conversation (whose moved logit the conversation's rules then weigh against its earlier asks') and an agent
 * request's ask, measured on every multi-turn and agent batch (src/routing/README.md, "Session 9").
 */
export const trafficApplies = (view: RequestView): boolean => view.askShape.english;

/**
 * The logit after the traffic model's move (the same logit when it does not move it). `features`
 * must be the ask's, extracted with `hashBits` of the model.
 */
export const trafficLogit = (model: TrafficModel, features: TextFeatures, logit: number, inputs: Float64Array = ZERO_INPUTS): number => {
  const { up, minUp, down, maxDown, lift, minLift = 0, drop, maxDrop = 1 } = model.weights;
  const p = 1 / (1 + Math.exp(-logit));
  if (logit < SONNET_CUT) {
    if (lift === undefined || p < minLift) return logit;
    return trafficPrediction(model, features, inputs) >= lift ? SONNET_CUT + STEP_IN : logit;
  }
  if (logit >= OPUS_CUT) {
    if (drop === undefined || p > maxDrop) return logit;
    return trafficPrediction(model, features, inputs) <= drop ? OPUS_CUT - STEP_IN : logit;
  }
  const y = trafficPrediction(model, features, inputs);
  if (y >= up && p >= minUp) return OPUS_CUT + STEP_IN;
  if (y <= down && p <= maxDown) return SONNET_CUT - STEP_IN;
  return logit;
};

/**
 * The classifier's hook for English asks: the logit after the traffic model (the same logit when it
 * does not apply). `features` are the ask's, extracted with `hashBits`; a move adds its reason.
 */
export type AskAdjust = (view: RequestView, features: TextFeatures, hashBits: number, logit: number, signals: Signal[]) => number;

export const trafficAdjust =
  (model: TrafficModel): AskAdjust =>
  (view, features, hashBits, logit, signals) => {
    if (hashBits !== model.weights.hashBits || !trafficApplies(view)) return logit;
    const inputs = model.weights.extra === undefined ? ZERO_INPUTS : extraInputs(signals, model.inputs);
    const moved = trafficLogit(model, features, logit, inputs);
    // A clear simple transform ("What do RTO and RPO stand for?" after a long preamble) is never moved up to Opus (session 6).
    if (moved > logit && logit >= SONNET_CUT && isClearTransform(signals)) return logit;
    if (moved !== logit) signals.push({ kind: 'trafficModel', reason: moved > logit ? 'traffic model: harder' : 'traffic model: easier', logit: moved - logit });
    return moved;
  };

export const shippedTrafficModel: TrafficModel = loadTrafficModel(trafficJson);
export const shippedTraffic: AskAdjust = trafficAdjust(shippedTrafficModel);
