/**
 * npm run train:traffic [-- --dry]
 * Fits the traffic model (src/routing/traffic-model.ts) on the single-turn English requests of the
 * labelled set's tune half (test/routing/traffic) and writes src/routing/traffic-weights.json.
 * Its L2 and move cuts are chosen by 5-fold cross-validation by conversation group, scored only on
 * the fourth batch's tune rows (names "b4-"): the hand cues were tuned on the other tune rows, so
 * those would say that no move helps.
 */
import { writeFileSync } from 'node:fs';
import { createClassifier, shippedModel } from '../src/routing/classifier.js';
import { loadTrafficModel, trafficPrediction, type AskAdjust } from '../src/routing/traffic-model.js';
import { chooseCuts, fitTraffic, gainOf, NO_MOVES, type OutOfFold } from '../src/routing/train-traffic.js';
import { DEFAULT_THRESHOLDS } from '../src/routing/tiers.js';
import { groupHash, tuneExamples, type TrafficExample } from '../test/routing/traffic/index.js';

const FOLDS = 5;
const L2S = [0.003, 0.01, 0.03, 0.1];
const logitOf = (p: number): number => Math.log(p / (1 - p));
const [sonnetCut, opusCut] = [logitOf(DEFAULT_THRESHOLDS.sonnet), logitOf(DEFAULT_THRESHOLDS.opus)];

const rows = tuneExamples.filter((e) => e.kind === 'single' && e.lang === 'en');
const fresh = (e: TrafficExample): boolean => e.name.startsWith('b4-');
// The hash's low bit chose the half; the next bits choose the fold.
const foldOf = (e: TrafficExample): number => (groupHash(e.group) >>> 1) % FOLDS;

/** The hand-signal logit and the traffic model's prediction of each row, through the serving path. */
const outOfFold = (l2: number): (OutOfFold & { e: TrafficExample })[] => {
  const out: (OutOfFold & { e: TrafficExample })[] = [];
  for (let f = 0; f < FOLDS; f += 1) {
    const model = loadTrafficModel(fitTraffic(rows.filter((e) => foldOf(e) !== f), l2));
    let seen = { logit: NaN, y: NaN };
    const probe: AskAdjust = (_view, features, _bits, logit) => {
      seen = { logit, y: trafficPrediction(model, features) };
      return logit;
    };
    const classify = createClassifier(shippedModel, undefined, probe);
    for (const e of rows.filter((r) => foldOf(r) === f)) {
      seen = { logit: NaN, y: NaN };
      classify(e.body);
      out.push({ e, logit: seen.logit, y: seen.y, tier: e.tier });
    }
  }
  return out;
};

let best = { l2: L2S[0] as number, cuts: NO_MOVES, gain: 0 };
for (const l2 of L2S) {
  const oof = outOfFold(l2);
  const cuts = chooseCuts(oof.filter((r) => fresh(r.e)), sonnetCut, opusCut);
  const onFresh = gainOf(oof.filter((r) => fresh(r.e)), cuts, sonnetCut, opusCut);
  const onOld = gainOf(oof.filter((r) => !fresh(r.e)), cuts, sonnetCut, opusCut);
  console.log(`l2 ${l2}: cuts ${JSON.stringify(cuts)}; fourth batch (${oof.filter((r) => fresh(r.e)).length}) ${JSON.stringify(onFresh)}; older tune rows ${JSON.stringify(onOld)}`);
  if (onFresh.gain > best.gain) best = { l2, cuts, gain: onFresh.gain };
}
const weights = fitTraffic(rows, best.l2, best.cuts);
console.log(`chosen l2 ${best.l2}, cuts ${JSON.stringify(best.cuts)}; ${weights.hashed.length} non-zero buckets, trained on ${rows.length} rows`);
if (!process.argv.includes('--dry')) writeFileSync('src/routing/traffic-weights.json', `${JSON.stringify(weights)}\n`);
