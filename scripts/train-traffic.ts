/**
 * npm run train:traffic [-- --dry]
 * Fits the traffic model (src/routing/traffic-model.ts) on the single-turn English requests of the
 * labelled set's tune half (test/routing/traffic) and writes src/routing/traffic-weights.json.
 * Its L2 and move cuts are chosen on predictions the model makes for rows it was not fitted on:
 *  - 5-fold cross-validation by conversation group over the tune rows, scored only on the batches written
 *    after session 3's cues (names "b4-" to "b9-"; FRESH=... overrides): the cues were tuned on the older
 *    rows, so those would say that no move helps;
 *  - the old 144 hand-written examples (test/routing/realistic-examples.ts), never trained on, with the
 *    model fitted on every tune row: mostly everyday asks, they show the moves that break a right tier,
 *    and no cut that breaks one of them is chosen (session 5, sixth batch: otherwise up 0.85 sent four
 *    everyday asks, a late-shipment email among them, to Opus).
 */
import { writeFileSync } from 'node:fs';
import { loadTrafficModel, trafficPrediction, type TrafficWeights } from '../src/routing/traffic-model.js';
import { chooseCuts, fitTraffic, gainOf, trafficRows, type OutOfFold, type TrafficRow } from '../src/routing/train-traffic.js';
import { DEFAULT_THRESHOLDS } from '../src/routing/tiers.js';
import { realisticExamples } from '../test/routing/realistic-examples.js';
import { groupHash, tuneExamples, type TrafficExample } from '../test/routing/traffic/index.js';

const FOLDS = 5;
/**
 * L2S=0.003,0.01 overrides the grid. Fits of about the same cross-validated gain move different exam word
 * problems to Opus, so the grid starts at the L2 that keeps GSM8K APGR at the 0.669 gate (`npm run eval:router`):
 * seventh batch 0.0035; eighth batch 0.004 (+55; 0.003 gave +56 but GSM8K 0.665; src/routing/README.md, session 6).
 */
const L2S = process.env.L2S?.split(',').map(Number) ?? [0.004, 0.01, 0.03, 0.1];
/**
 * EXTRAS=families: the model also reads the hand signals' cue families (step 9: better cross-validated,
 * but exam APGR 0.603 against 0.604, so not shipped); by default the text alone (step 7).
 */
const EXTRAS = process.env.EXTRAS === 'families';
/** EDGES=off: the model moves Sonnet-band asks only (before session 6). */
const EDGES = process.env.EDGES !== 'off';
/**
 * DROP=on: the Opus band may be moved down too. Off by default since the eighth batch, where it was first chosen
 * (+1 cross-validated after the cue steps): it also sent back to Sonnet the asks that a team's own learned part (`routing.weights`,
 * `gateway train-router`) puts in the Opus band, overriding the team's labels (test/routing/router-cli.test.ts).
 */
const DROP = process.env.DROP === 'on';
const logitOf = (p: number): number => Math.log(p / (1 - p));
const [sonnetCut, opusCut] = [logitOf(DEFAULT_THRESHOLDS.sonnet), logitOf(DEFAULT_THRESHOLDS.opus)];

/**
 * SKIP=b9- leaves out the rows whose names start with these prefixes. The shipped file was fitted in session 6,
 * before the ninth batch: refits with it did not keep the exam gate (src/routing/README.md, session 7).
 */
const SKIP = process.env.SKIP?.split(',') ?? [];
const tune = tuneExamples.filter((e) => e.kind === 'single' && e.lang === 'en' && !SKIP.some((prefix) => e.name.startsWith(prefix)));
const rows = trafficRows(tune.map((e) => ({ name: e.name, body: e.body, tier: e.tier })));
const FRESH = process.env.FRESH?.split(',') ?? ['b4-', 'b5-', 'b6-', 'b7-', 'b8-', 'b9-'];
const fresh = (name: string): boolean => FRESH.some((prefix) => name.startsWith(prefix));
// The hash's low bit chose the half; the next bits choose the fold.
const foldOf = (e: TrafficExample): number => (groupHash(e.group) >>> 1) % FOLDS;
const folds = tune.map(foldOf);
const old = trafficRows(realisticExamples.filter((e) => e.body.messages.length === 1).map((e) => ({ name: `old-${e.name}`, body: e.body, tier: e.expected })));

/** The hand-signal logit and the model's prediction of each row. */
const predict = (weights: TrafficWeights, set: readonly TrafficRow[]): (OutOfFold & { name: string })[] => {
  const model = loadTrafficModel(weights);
  return set.map((r) => ({ name: r.name, logit: r.logit, y: trafficPrediction(model, r.features, r.inputs), tier: r.tier }));
};

let best: { l2: number; gain: number; weights?: TrafficWeights } = { l2: 0, gain: 0 };
for (const l2 of L2S) {
  const oof = Array.from({ length: FOLDS }, (_, f) => predict(fitTraffic(rows.filter((_r, i) => folds[i] !== f), l2, undefined, EXTRAS), rows.filter((_r, i) => folds[i] === f))).flat();
  const scored = oof.filter((r) => fresh(r.name));
  const full = fitTraffic(rows, l2, undefined, EXTRAS);
  const oldRows = predict(full, old);
  const chosen = chooseCuts(scored, sonnetCut, opusCut, oldRows, EDGES);
  const { drop, maxDrop, ...rest } = chosen;
  const cuts = DROP ? chosen : rest;
  if (!DROP && drop !== undefined) console.log(`l2 ${l2}: drop ${drop} (hand score <= ${maxDrop}) left out, cross-validated ${JSON.stringify(gainOf(scored, chosen, sonnetCut, opusCut))} with it`);
  const gain = (set: readonly OutOfFold[]) => JSON.stringify(gainOf(set, cuts, sonnetCut, opusCut));
  const byBatch = FRESH.map((prefix) => `${prefix} ${gain(scored.filter((r) => r.name.startsWith(prefix)))}`).join('; ');
  console.log(`l2 ${l2}: cuts ${JSON.stringify(cuts)}; cross-validated ${byBatch}; all ${gain(scored)}; old 144 ${gain(oldRows)}; older tune rows ${gain(oof.filter((r) => !fresh(r.name)))}`);
  const total = gainOf([...scored, ...oldRows], cuts, sonnetCut, opusCut).gain;
  if (total > best.gain) best = { l2, gain: total, weights: fitTraffic(rows, l2, cuts, EXTRAS) };
}
if (best.weights === undefined) throw new Error('no cut gains anything: keep the current file');
console.log(`chosen l2 ${best.l2}, cuts up ${best.weights.up} (hand score >= ${best.weights.minUp}), down ${best.weights.down}, lift ${best.weights.lift} (hand score >= ${best.weights.minLift}), drop ${best.weights.drop}; ${best.weights.hashed.length} non-zero buckets, trained on ${rows.length} rows`);
if (!process.argv.includes('--dry')) writeFileSync('src/routing/traffic-weights.json', `${JSON.stringify(best.weights)}\n`);
