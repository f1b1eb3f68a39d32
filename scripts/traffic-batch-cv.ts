/**
 * npx tsx scripts/traffic-batch-cv.ts
 * Leave-one-batch-out evaluation of the traffic model's recipe (src/routing/README.md, session 7): for each
 * batch of single-turn English requests (b4- onwards, and the older unprefixed rows as one group; GROUPS=b7,b9 picks), the model is
 * fitted on the other batches' rows only, its L2 and cuts chosen on those rows only (the cross-validation and
 * old-144 guard of `npm run train:traffic`), and the held-out batch is routed by the whole classify().
 * Compared: no traffic model, the shipped file (fitted on tune rows of b4 to b8, so only b9 is unseen by it),
 * the recipe on the tune half of the other batches, and the recipe on all their rows (both halves).
 * L2S=... overrides the grid of L2 values (default the script's); INNER=batch chooses L2 and cuts by leaving out
 * whole batches inside the training rows instead of 5 folds by conversation group; CUTS=shipped keeps the
 * shipped file's L2 and cuts and refits only the weights.
 */
import { readFileSync } from 'node:fs';
import { createClassifier, shippedModel } from '../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
import { loadTrafficModel, trafficAdjust, type AskAdjust, type TrafficWeights } from '../src/routing/traffic-model.js';
import { recordedCuts } from '../src/routing/traffic-cuts.js';
import { fitTraffic, fitTrafficRecipe, trafficRows, type TrafficRow } from '../src/routing/train-traffic.js';
import { realisticExamples } from '../test/routing/realistic-examples.js';
import { groupHash, isHeldOut, trafficExamples, type TrafficExample } from '../test/routing/traffic/index.js';

const L2S = process.env.L2S?.split(',').map(Number) ?? [0.004, 0.01, 0.03, 0.1];
/** EMB_L2S=0.3,1,3,10: the recipe with the embedding part (session 8), trying these ridge penalties with each L2. */
const EMB_L2S = process.env.EMB_L2S?.split(',').map(Number);
const single = trafficExamples.filter((e) => e.kind === 'single' && e.lang === 'en');
/** Every numbered batch (b4- onwards; session 9: b10- and later too), the older rows as one group. */
const FRESH = [...new Set(single.map((e) => /^b\d+-/.exec(e.name)?.[0]).filter((p): p is string => p !== undefined))];
const batchOf = (name: string): string => /^(b\d+)-/.exec(name)?.[1] ?? 'older';
const ALL_BATCHES = ['older', ...FRESH.map((p) => p.slice(0, -1))];
const BATCHES = ALL_BATCHES.filter((b) => process.env.GROUPS === undefined || process.env.GROUPS.split(',').includes(b));
const rowsOf = (set: readonly TrafficExample[]): TrafficRow[] => trafficRows(set.map((e) => ({ name: e.name, body: e.body, tier: e.tier })));
const allRows = rowsOf(single);
const guard = trafficRows(realisticExamples.filter((e) => e.body.messages.length === 1).map((e) => ({ name: `old-${e.name}`, body: e.body, tier: e.expected })));

const none: AskAdjust = (_view, _features, _bits, logit) => logit;
const routerOf = (adjust: AskAdjust) => {
  const classify = createClassifier(shippedModel, undefined, adjust);
  return (e: { body: TrafficExample['body'] }) => tierForScore(classify(e.body).score, DEFAULT_THRESHOLDS);
};
interface Score {
  right: number;
  n: number;
  swaps: number;
}
const score = (adjust: AskAdjust, set: readonly TrafficExample[]): Score => {
  const tierOf = routerOf(adjust);
  let right = 0;
  let swaps = 0;
  for (const e of set) {
    const got = tierOf(e);
    if (got === e.tier) right += 1;
    else if (got !== 'sonnet' && e.tier !== 'sonnet') swaps += 1;
  }
  return { right, n: set.length, swaps };
};
const old144 = (adjust: AskAdjust): number => {
  const tierOf = routerOf(adjust);
  return realisticExamples.filter((e) => tierOf(e) === e.expected).length;
};

const BY_BATCH = process.env.INNER === 'batch';
const INNER_FOLDS = Number(process.env.INNER_FOLDS ?? 5);
const innerFold = (e: TrafficExample): number => (BY_BATCH ? ALL_BATCHES.indexOf(batchOf(e.name)) : (groupHash(e.group) >>> 1) % INNER_FOLDS);
/** The recipe of `npm run train:traffic` on the given rows (no traffic model when no cut gains). */
const recipe = (set: readonly TrafficExample[]): { adjust: AskAdjust; note: string } => {
  const rows = allRows.filter((r) => set.some((e) => e.name === r.name));
  if (process.env.CUTS === 'shipped') {
    const w = fitTraffic(rows, Number(shippedWeights.trainedOn?.l2), shippedCuts);
    return { adjust: trafficAdjust(loadTrafficModel(w)), note: `${rows.length} rows, shipped cuts` };
  }
  const folds = set.map(innerFold);
  const used = [...new Set(folds)].sort((a, b) => a - b);
  const best = fitTrafficRecipe(rows, {
    folds: folds.map((f) => used.indexOf(f)),
    scored: (name) => FRESH.some((p) => name.startsWith(p)),
    guard,
    l2s: L2S,
    ...(EMB_L2S === undefined ? {} : { embeddingL2s: EMB_L2S }),
  });
  if (best === undefined) return { adjust: none, note: 'no cut gains' };
  const w = best.weights;
  return { adjust: trafficAdjust(loadTrafficModel(w)), note: `${rows.length} rows, l2 ${best.l2}${best.embeddingL2 === undefined ? '' : `/${best.embeddingL2}`}, up ${w.up}/${w.minUp}, down ${w.down}/${w.maxDown}, lift ${w.lift}/${w.minLift}` };
};

const shippedWeights = JSON.parse(readFileSync('src/routing/traffic-weights.json', 'utf8')) as TrafficWeights;
const shipped = trafficAdjust(loadTrafficModel(shippedWeights));
const shippedCuts = recordedCuts(shippedWeights);
const variants = ['none', 'shipped', 'tune', 'all'] as const;
const pooled = Object.fromEntries(variants.map((v) => [v, { right: 0, n: 0, swaps: 0 }])) as Record<(typeof variants)[number], Score>;
const pct = (s: Score): string => `${s.right}/${s.n} (${((100 * s.right) / s.n).toFixed(1)}%)${s.swaps > 0 ? `, ${s.swaps} H↔O` : ''}`;
console.log(`| held-out batch | rows | no traffic model | shipped file | recipe on the other batches' tune half | recipe on all the other batches' rows |`);
console.log('|---|---|---|---|---|---|');
const notes: string[] = [];
for (const batch of BATCHES) {
  const held = single.filter((e) => batchOf(e.name) === batch);
  const rest = single.filter((e) => batchOf(e.name) !== batch);
  const tune = recipe(rest.filter((e) => !isHeldOut(e)));
  const all = recipe(rest);
  const scores = { none: score(none, held), shipped: score(shipped, held), tune: score(tune.adjust, held), all: score(all.adjust, held) };
  for (const v of variants) if (batch !== 'older') for (const k of ['right', 'n', 'swaps'] as const) pooled[v][k] += scores[v][k];
  console.log(`| ${batch} | ${held.length} | ${pct(scores.none)} | ${pct(scores.shipped)} | ${pct(scores.tune)} | ${pct(scores.all)} |`);
  notes.push(`${batch}: tune recipe ${tune.note}, old 144 ${old144(tune.adjust)}; all-rows recipe ${all.note}, old 144 ${old144(all.adjust)}`);
}
console.log(`| pooled, numbered batches | ${pooled.none.n} | ${pct(pooled.none)} | ${pct(pooled.shipped)} | ${pct(pooled.tune)} | ${pct(pooled.all)} |`);
console.log(`\nold 144: no traffic model ${old144(none)}, shipped ${old144(shipped)}`);
for (const line of notes) console.log(line);
