import { tierRank, type Tier } from '../config/schema.js';
import type { MessagesBody } from '../messages/schema.js';
import { createClassifier, shippedModel } from './classifier.js';
import { denseWithEmbedding, EMBEDDING_TABLE_ID } from './embeddings.js';
import { round4 } from './fit-stats.js';
import { trainLinear } from './logreg.js';
import { fitRidge } from './ridge.js';
import { DENSE_COUNT, DENSE_FEATURES, newTextFeatures, type TextFeatures } from './text-features.js';
import { DEFAULT_CUT_LOGITS } from './tiers.js';
import { RECIPE } from './train.js';
import { chooseCuts, gainOf, NO_MOVES, type OutOfFold, type TrafficCuts } from './traffic-cuts.js';
import { EXTRA_COUNT, EXTRA_FEATURES, extraInputs, loadTrafficModel, trafficPrediction, type AskAdjust, type TrafficWeights } from './traffic-model.js';

const { sonnet: SONNET_CUT, opus: OPUS_CUT } = DEFAULT_CUT_LOGITS;

/** A labelled ask as the traffic model sees it in classify: its text features, its extra inputs and its hand logit. */
export interface TrafficRow {
  name: string;
  tier: Tier;
  features: TextFeatures;
  inputs: Float64Array;
  /** The hand-signal logit (NaN when the traffic model does not apply: not a single English turn). */
  logit: number;
}

/** Reads each labelled ask through the serving path (the classifier's traffic hook), so training and serving cannot drift. */
export const trafficRows = (set: readonly { name: string; body: MessagesBody; tier: Tier }[]): TrafficRow[] => {
  let seen: Omit<TrafficRow, 'name' | 'tier'> | undefined;
  const probe: AskAdjust = (_view, features, _bits, logit, signals) => {
    const copy = {
      dense: Float64Array.from(features.dense),
      hashes: features.hashes.slice(0, features.hashCount),
      hashCount: features.hashCount,
      rows: features.rows.slice(0, features.rowCount),
      rowCount: features.rowCount,
    };
    seen = { features: copy, inputs: extraInputs(signals, new Float64Array(EXTRA_COUNT)), logit };
    return logit;
  };
  const classify = createClassifier(shippedModel, undefined, probe);
  return set.map((e) => {
    seen = undefined;
    classify(e.body);
    // Set by the probe inside classify (TypeScript cannot see that call).
    const got = seen as Omit<TrafficRow, 'name' | 'tier'> | undefined;
    if (got !== undefined) return { name: e.name, tier: e.tier, ...got };
    return { name: e.name, tier: e.tier, features: newTextFeatures(), inputs: new Float64Array(EXTRA_COUNT), logit: NaN };
  });
};

/**
 * Fits the linear model of the tier (0 / 0.5 / 1) on labelled rows: the learned part's features and,
 * with `withExtra`, the hand signals' EXTRA_FEATURES. With `embeddingL2` (session 8) the prediction is the
 * mean of that model and a ridge model (penalty `embeddingL2`) of the text statistics and the mean word
 * embedding; both are linear, so the file holds their averaged weights, the embedding ones in `embedding`.
 * Deterministic.
 */
export const fitTraffic = (rows: readonly TrafficRow[], l2: number, cuts: TrafficCuts = NO_MOVES, withExtra = false, embeddingL2?: number): TrafficWeights => {
  const denseCount = DENSE_COUNT + (withExtra ? EXTRA_COUNT : 0);
  const examples = rows.map((r) => {
    const dense = new Float64Array(denseCount);
    dense.set(r.features.dense);
    if (withExtra) dense.set(r.inputs, DENSE_COUNT);
    return { dense, hashes: r.features.hashes.subarray(0, r.features.hashCount), y: tierRank(r.tier) / 2, weight: 1 };
  });
  const model = trainLinear(examples, Object.assign({}, RECIPE, { denseCount, loss: 'squared' as const, l2 }));
  const ridge =
    embeddingL2 === undefined
      ? undefined
      : fitRidge(
          rows.map((r) => denseWithEmbedding(r.features)),
          examples.map((e) => e.y),
          embeddingL2,
        );
  // The text model's share of the averaged prediction, and what the ridge part adds to each weight.
  const share = ridge === undefined ? 1 : 0.5;
  const fromRidge = (k: number): number => (ridge === undefined ? 0 : 0.5 * (ridge[k] as number));
  const hashed: [number, number][] = [];
  model.hashed.forEach((w, i) => {
    if (w !== 0) hashed.push([i, round4(share * w)]);
  });
  const dense = Array.from(model.dense, (w, k) => round4(share * w + (k < DENSE_COUNT ? fromRidge(1 + k) : 0)));
  // Moves of the Haiku and Opus bands (session 6) only when chosen, so older files read the same.
  const edges = Object.assign(
    {},
    cuts.lift === undefined ? {} : { lift: cuts.lift, minLift: cuts.minLift },
    cuts.drop === undefined ? {} : { drop: cuts.drop, maxDrop: cuts.maxDrop },
    withExtra ? { extraNames: [...EXTRA_FEATURES], extra: dense.slice(DENSE_COUNT) } : {},
    ridge === undefined ? {} : { embedding: Array.from(ridge.subarray(1 + DENSE_COUNT), (w) => round4(0.5 * w)), embeddingTable: EMBEDDING_TABLE_ID },
  );
  return {
    version: 1,
    hashBits: RECIPE.hashBits,
    denseNames: [...DENSE_FEATURES],
    bias: round4(share * model.bias + fromRidge(0)),
    dense: dense.slice(0, DENSE_COUNT),
    hashed,
    up: cuts.up,
    minUp: cuts.minUp,
    down: cuts.down,
    maxDown: cuts.maxDown,
    trainedOn: Object.assign({ rows: rows.length, l2 }, withExtra ? { extras: 'cue families' } : {}, embeddingL2 === undefined ? {} : { embeddingL2 }),
    ...edges,
  };
};

/** The hand-signal logit and the model's prediction of each row. */
export const predictRows = (weights: TrafficWeights, set: readonly TrafficRow[]): (OutOfFold & { name: string })[] => {
  const model = loadTrafficModel(weights);
  return set.map((r) => ({ name: r.name, logit: r.logit, y: trafficPrediction(model, r.features, r.inputs), tier: r.tier }));
};

/** What `npm run train:traffic` does with its rows (scripts/train-traffic.ts explains the choices). */
export interface TrafficRecipe {
  /** Cross-validation fold of each row (by conversation group). */
  folds: readonly number[];
  /** Rows whose out-of-fold predictions score the cuts (the batches written after session 3's cues). */
  scored: (name: string) => boolean;
  /** Right tiers that no chosen cut may break (the old 144), predicted by the model fitted on every row. */
  guard: readonly TrafficRow[];
  l2s: readonly number[];
  /** Session 8: penalties of the embedding part tried with each L2 (absent: the text model alone). */
  embeddingL2s?: readonly number[];
  /** Name prefixes whose cross-validated gain is logged one by one. */
  batches?: readonly string[];
  withExtra?: boolean;
  edges?: boolean;
  drop?: boolean;
  log?: (line: string) => void;
}

/**
 * Chooses L2 and cuts on out-of-fold predictions and the guard, then fits on every row: the L2 whose
 * cuts gain most on the scored rows and the guard together (ties to the first in `l2s`). Undefined when
 * no cut gains anything.
 */
export const fitTrafficRecipe = (rows: readonly TrafficRow[], recipe: TrafficRecipe): { l2: number; embeddingL2?: number; gain: number; weights: TrafficWeights } | undefined => {
  const { folds, withExtra = false, edges = true, drop = false, log = () => undefined } = recipe;
  const foldCount = Math.max(...folds) + 1;
  let best: { l2: number; embeddingL2?: number; gain: number; weights: TrafficWeights } | undefined;
  const grid = recipe.l2s.flatMap((l2) => (recipe.embeddingL2s ?? [undefined]).map((embeddingL2) => ({ l2, embeddingL2 })));
  for (const { l2, embeddingL2 } of grid) {
    const fit = (set: readonly TrafficRow[], cuts?: TrafficCuts): TrafficWeights => fitTraffic(set, l2, cuts, withExtra, embeddingL2);
    const name = `l2 ${l2}${embeddingL2 === undefined ? '' : `, embedding l2 ${embeddingL2}`}`;
    const oof = Array.from({ length: foldCount }, (_, f) =>
      predictRows(
        fit(rows.filter((_r, i) => folds[i] !== f)),
        rows.filter((_r, i) => folds[i] === f),
      ),
    ).flat();
    const scored = oof.filter((r) => recipe.scored(r.name));
    const guard = predictRows(fit(rows), recipe.guard);
    const chosen = chooseCuts(scored, SONNET_CUT, OPUS_CUT, guard, edges);
    const { drop: dropCut, maxDrop, ...rest } = chosen;
    const cuts = drop ? chosen : rest;
    if (!drop && dropCut !== undefined) log(`${name}: drop ${dropCut} (hand score <= ${maxDrop}) left out, cross-validated ${JSON.stringify(gainOf(scored, chosen, SONNET_CUT, OPUS_CUT))} with it`);
    const gain = gainOf([...scored, ...guard], cuts, SONNET_CUT, OPUS_CUT).gain;
    const gainText = (set: readonly OutOfFold[]): string => JSON.stringify(gainOf(set, cuts, SONNET_CUT, OPUS_CUT));
    const byBatch = (recipe.batches ?? []).map((prefix) => `${prefix} ${gainText(scored.filter((r) => r.name.startsWith(prefix)))}; `).join('');
    log(`${name}: cuts ${JSON.stringify(cuts)}; cross-validated ${byBatch}all ${gainText(scored)}; guard ${gainText(guard)}`);
    if (gain > (best?.gain ?? 0)) best = { l2, gain, weights: fit(rows, cuts), ...(embeddingL2 === undefined ? {} : { embeddingL2 }) };
  }
  return best;
};
