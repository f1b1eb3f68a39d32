/**
 * npx tsx scripts/calibrator-study.ts   (session 10, helper S; src/routing/README.md "Session 10: a learned calibrator")
 * Would a small model over the router's own intermediate quantities (scripts/calibrator-capture.ts) pick the tier better
 * than the hand-set combination? Leave one batch out over every batch of every kind: each fold is fitted on the other
 * batches' TUNE rows and scored on the held-out batch's rows; pooled over the folds, by kind, with Haiku<->Opus swaps,
 * on the held-out half's rows (the judge), on the tune-half rows of the held-out batches (where variants are chosen)
 * and on b17-b20 (every row). Exam questions keep their score (exam-kind.ts).
 * The fit rows carry the shipped traffic model's predictions, as serving and `npm run train:calibrator` do (in-sample on
 * the single-turn rows it was fitted on); OOF=on replaces those by 5-fold out-of-fold refits of the traffic model.
 * The shipped recipe: MODELS=multinomial SETS=full L2S=10 COSTS=6 ALLOW=S>H,S>O,O>S.
 * Session 10, later: SETS=embed (+ the ask's mean word vector), kindx (+ served kind x base inputs), text (+ the traffic
 * model's dense text features); MODELS=gbdt (scripts/calibrator-gbdt.ts; TREES DEPTH RATE LAMBDA MINLEAF BINS).
 * The blind judge's batches (`isJudge`: those the calibrator's file skips; JUDGE= to change them) are left out of
 * every fit and every report.
 */
import { tierRank } from '../src/config/schema.js';
import { conversationLogit } from '../src/routing/conversation.js';
import { SIGNAL_KINDS } from '../src/routing/signals.js';
import { DEFAULT_CUT_LOGITS } from '../src/routing/tiers.js';
import { recordedCuts } from '../src/routing/traffic-cuts.js';
import { loadTrafficModel, shippedTrafficModel, trafficPrediction } from '../src/routing/traffic-model.js';
import { fitTraffic, type TrafficRow } from '../src/routing/train-traffic.js';
import { groupHash, isHeldOut, trafficExamples } from '../test/routing/traffic/index.js';
import { capture, FOLLOW_UPS, SCRIPTS, type Captured } from './calibrator-capture.js';
import { meanEmbedding, EMBEDDING_DIMS } from '../src/routing/embeddings.js';
import { boostedProbs, fitBoosted, type BoostKnobs } from './calibrator-gbdt.js';
import { batchOf, isJudge } from './lib/routed-rows.js';
import { dot, fitLogistic, fitMultinomial, multinomialProbs, sigmoid, standardise, standardiser } from './calibrator-models.js';

const { sonnet: SONNET_CUT, opus: OPUS_CUT } = DEFAULT_CUT_LOGITS;
const clip = (x: number, lo = -4, hi = 4): number => Math.min(hi, Math.max(lo, x));

const rows = trafficExamples.filter((e) => !isJudge(e)).map((e) => ({ ...capture(e, isHeldOut(e)), group: e.group, lang: e.lang }));
const labelOf = (r: Captured): number => tierRank(r.tier);

// The traffic move as traffic-model.ts makes it, from a given prediction (for out-of-fold predictions).
const cuts = recordedCuts(shippedTrafficModel.weights);
const moveOf = (r: Captured, y: number): number => {
  const p = sigmoid(r.hand);
  let moved = r.hand;
  if (r.hand < SONNET_CUT) {
    if (cuts.lift !== undefined && p >= (cuts.minLift ?? 0) && y >= cuts.lift) moved = SONNET_CUT + 0.05;
  } else if (r.hand < OPUS_CUT) {
    if (y >= cuts.up && p >= cuts.minUp) moved = OPUS_CUT + 0.05;
    else if (y <= cuts.down && p <= cuts.maxDown) moved = SONNET_CUT - 0.05;
  }
  return moved > r.hand && r.hand >= SONNET_CUT && r.clearTransform ? r.hand : moved;
};

/** Out-of-fold traffic predictions for the rows the shipped traffic model was fitted on (tune, single, en, b1-b16). */
const oofY = new Map<string, number>();
if (process.env.OOF === 'on') {
  const skip = String(shippedTrafficModel.weights.trainedOn?.skip ?? '').split(',').filter((s) => s !== '');
  const fitted = rows.filter((r) => !r.heldOut && r.kind === 'single' && r.lang === 'en' && !skip.some((p) => r.name.startsWith(p)));
  const trows: TrafficRow[] = fitted.map((r) => ({ name: r.name, tier: r.tier, features: r.features, inputs: new Float64Array(5), logit: r.hand }));
  const foldOf = (i: number): number => (groupHash((fitted[i] as (typeof fitted)[number]).group) >>> 1) % 5;
  const l2 = Number(shippedTrafficModel.weights.trainedOn?.l2);
  const embeddingL2 = Number(shippedTrafficModel.weights.trainedOn?.embeddingL2);
  for (let f = 0; f < 5; f += 1) {
    const model = loadTrafficModel(fitTraffic(trows.filter((_, i) => foldOf(i) !== f), l2, cuts, false, embeddingL2));
    trows.forEach((t, i) => {
      if (foldOf(i) === f) oofY.set(t.name, trafficPrediction(model, t.features));
    });
  }
  console.log(`out-of-fold traffic predictions for ${oofY.size} fit rows (the shipped model saw them)`);
}

/** Inputs of a row; `y` is the traffic prediction to use (in-sample or out of fold). */
type FeatureSet = 'small' | 'full' | 'embed' | 'kindx' | 'text';
/** The request's kind as serving can see it: agent (tools), non-English, multi-turn, single. */
const servedKind = (r: Captured): number => (r.view.tools > 0 ? 2 : !r.view.askShape.english ? 3 : r.view.messages > 1 ? 1 : 0);
const embedScratch = new Float64Array(EMBEDDING_DIMS);
const SKIP_KINDS = new Set(['trafficModel', 'conversation', 'calibrator']);
const KIND_INDEX = SIGNAL_KINDS.map((k, i) => [k, i] as const).filter(([k]) => !SKIP_KINDS.has(k));
const inputs = (r: Captured, y: number, set: FeatureSet): Float64Array => {
  const english = r.view.askShape.english ? 1 : 0;
  const moved = english ? moveOf(r, y) : r.hand;
  const convo = r.view.earlierAsks.length > 0;
  const final = r.moved === moved ? r.final : convo ? conversationLogit(moved, r.history, r.followUp, r.small).logit : moved;
  const hasHistory = Number.isFinite(r.history) ? 1 : 0;
  const base = [clip(final), clip(r.hand), clip(moved - r.hand), english ? y : 0, english, r.view.messages > 1 ? 1 : 0, r.view.tools > 0 ? 1 : 0];
  if (set === 'small') return Float64Array.from(base);
  const kinds = KIND_INDEX.map(([, i]) => r.kinds[i] as number);
  const follow = FOLLOW_UPS.map((f) => (convo && r.followUp === f ? 1 : 0));
  const history = [hasHistory, hasHistory ? clip(r.history) : 0, hasHistory ? clip(r.history - moved) : 0];
  const v = r.view;
  const shape = [Math.log1p(v.askShape.tokens), Math.log(v.messages), Math.log1p(v.toolResults), Math.log1p(v.toolErrors), v.toolStepDone ? 1 : 0, r.clearTransform ? 1 : 0];
  const script = SCRIPTS.map((s) => (v.askShape.script === s ? 1 : 0));
  const full = [...base, ...kinds, ...follow, ...history, ...shape, ...script];
  if (set === 'embed') {
    if (english) meanEmbedding(r.features, embedScratch);
    else embedScratch.fill(0);
    return Float64Array.from([...full, ...embedScratch]);
  }
  if (set === 'text') return Float64Array.from([...full, ...(english ? r.features.dense : r.features.dense.map(() => 0))]);
  if (set === 'kindx') {
    const k = servedKind(r);
    const inter: number[] = [];
    for (let c = 1; c < 4; c += 1) inter.push(...[1, ...base.slice(0, 4)].map((x) => (k === c ? x : 0)));
    return Float64Array.from([...full, ...inter]);
  }
  return Float64Array.from(full);
};
const KNOBS: BoostKnobs = {
  trees: Number(process.env.TREES ?? 100),
  depth: Number(process.env.DEPTH ?? 2),
  rate: Number(process.env.RATE ?? 0.1),
  lambda: Number(process.env.LAMBDA ?? 1),
  minLeaf: Number(process.env.MINLEAF ?? 20),
  bins: Number(process.env.BINS ?? 32),
};
interface Variant {
  name: string;
  set: FeatureSet;
  model: 'ordinal' | 'multinomial' | 'gbdt';
  l2: number;
  /** Keep within one tier of today's route, clear transforms off Opus, acknowledgements where they are. */
  guard: boolean;
  /** Cost of a Haiku<->Opus swap against 1 for a tier off by one: the tier chosen minimises the expected cost. */
  swapCost: number;
}

type Predictor = (x: Float64Array) => number[];
const fitVariant = (v: Variant, fit: readonly (typeof rows)[number][]): ((r: Captured) => number) => {
  const ysIn = fit.map((r) => (r.view.askShape.english ? (oofY.get(r.name) ?? r.trafficY) : 0));
  const xs = fit.map((r, i) => inputs(r, ysIn[i] as number, v.set));
  const st = standardiser(xs);
  const zs = xs.map((x) => standardise(st, x));
  const labels = fit.map(labelOf);
  let probs: Predictor;
  if (v.model === 'gbdt') {
    const m = fitBoosted(xs, labels, KNOBS);
    return decide(v, (_, x) => boostedProbs(m, x), (r) => inputs(r, r.view.askShape.english ? r.trafficY : 0, v.set));
  }
  if (v.model === 'ordinal') {
    const above = fitLogistic(zs, labels.map((t) => (t >= 1 ? 1 : 0)), v.l2);
    const opus = fitLogistic(zs, labels.map((t) => (t === 2 ? 1 : 0)), v.l2);
    probs = (x) => {
      const p1 = sigmoid(dot(above, x));
      const p2 = Math.min(p1, sigmoid(dot(opus, x)));
      return [1 - p1, p1 - p2, p2];
    };
  } else {
    const ws = fitMultinomial(zs, labels, v.l2);
    probs = (x) => multinomialProbs(ws, x);
  }
  return decide(v, (_, x) => probs(standardise(st, x)), (r) => inputs(r, r.view.askShape.english ? r.trafficY : 0, v.set));
};
const decide = (v: Variant, probsOf: (r: Captured, x: Float64Array) => number[], inputsOf: (r: Captured) => Float64Array): ((r: Captured) => number) => {
  return (r) => {
    if (r.exam || (SCOPE === 'agent' && r.view.tools === 0)) return r.routed;
    const p = probsOf(r, inputsOf(r));
    const cost = (t: number): number => p.reduce((c, pw, w) => c + pw * (w === t ? 0 : Math.abs(w - t) === 2 ? v.swapCost : 1), 0);
    let best = 0;
    for (let t = 1; t < 3; t += 1) if (cost(t) < cost(best)) best = t;
    // SAFE=p: no move to Opus while P(Haiku) > p, none to Haiku while P(Opus) > p.
    if ((best === 2 && (p[0] as number) > SAFE) || (best === 0 && (p[2] as number) > SAFE)) best = 1;
    if (!v.guard) return best;
    const free = best;
    const routed = r.routed;
    best = Math.min(routed + 1, Math.max(routed - 1, best));
    // As served (calibrator.ts): never below the band the conversation allows (FLOOR=off: the study as first run).
    if (process.env.FLOOR !== 'off') best = Math.max(best, r.floorBand);
    if (r.clearTransform && routed < 2) best = Math.min(best, 1);
    if (r.followUp === 'ack' && r.view.earlierAsks.length > 0) best = routed;
    // ALLOW=...,O>S:H: an Opus-band request comes down only when the model reads it as Haiku work (a swap avoided).
    if (routed === 2 && best === 1 && ALLOW.has('O>S:H')) return free === 0 ? 1 : 2;
    // ALLOW=...,O>S:P with OS_PH=q: down from Opus only while P(Haiku) >= q.
    if (routed === 2 && best === 1 && ALLOW.has('O>S:P')) return (p[0] as number) >= OS_PH ? 1 : 2;
    return best === routed || ALLOW.has(`${'HSO'[routed]}>${'HSO'[best]}`) ? best : routed;
  };
};

const batches = [...new Set(rows.map(batchOf))];
const KINDS = ['single', 'multi', 'agent', 'lang'] as const;
interface Tally { right: number; n: number; swaps: number }
const tally = (pairs: readonly { r: Captured; got: number }[]): Tally => {
  const t = { right: 0, n: pairs.length, swaps: 0 };
  for (const { r, got } of pairs) {
    const want = labelOf(r);
    if (got === want) t.right += 1;
    else if (Math.abs(got - want) === 2) t.swaps += 1;
  }
  return t;
};
const fmt = (t: Tally): string => `${t.right}/${t.n} (${((100 * t.right) / Math.max(1, t.n)).toFixed(1)}%)${t.swaps > 0 ? `, ${t.swaps} H<->O` : ''}`;

const report = (title: string, got: Map<string, number>): void => {
  const pick = (f: (r: (typeof rows)[number]) => boolean): { r: Captured; got: number }[] => rows.filter(f).map((r) => ({ r, got: got.get(r.name) as number }));
  const ho = (k?: string) => tally(pick((r) => r.heldOut && (k === undefined || r.kind === k)));
  const tu = tally(pick((r) => !r.heldOut));
  const late = tally(pick((r) => /^b(17|18|19|20)-/.test(r.name)));
  console.log(`${title.padEnd(34)} held-out ${fmt(ho())} | ${KINDS.map((k) => `${k} ${fmt(ho(k))}`).join(' | ')} || tune rows of held-out batches ${fmt(tu)} || b17-b20 ${fmt(late)}`);
};

const today = new Map(rows.map((r) => [r.name, r.routed]));
report('today (shipped router)', today);
const byBatch = (got: Map<string, number>): string =>
  batches.map((b) => `${b} ${tally(rows.filter((r) => batchOf(r) === b && r.heldOut).map((r) => ({ r, got: got.get(r.name) as number }))).right}/${tally(rows.filter((r) => batchOf(r) === b && r.heldOut).map((r) => ({ r, got: today.get(r.name) as number }))).right}`).join(' ');
if (process.env.FOLDS === 'on') console.log(`  per batch (held-out rows, variant/today): ${byBatch(today)}`);

const L2S = process.env.L2S?.split(',').map(Number) ?? [1, 10, 100];
const MODELS = (process.env.MODELS?.split(',') ?? ['ordinal', 'multinomial']) as Variant['model'][];
const SETS = (process.env.SETS?.split(',') ?? ['small', 'full']) as FeatureSet[];
/** ALLOW=S>O,O>S: the moves the calibrator may make (default every one-tier move). */
const ALLOW = new Set(process.env.ALLOW?.split(',') ?? ['H>S', 'S>H', 'S>O', 'O>S']);
/** SCOPE=agent: the calibrator moves agent requests (with tools) only. */
const SCOPE = process.env.SCOPE ?? 'all';
/** FIT=agent: fitted on agent requests' tune rows only. */
const FIT = process.env.FIT ?? 'all';
const OS_PH = Number(process.env.OS_PH ?? 0.2);
const SAFE = Number(process.env.SAFE ?? 1);
const COSTS = process.env.COSTS?.split(',').map(Number) ?? [1, 3, 6];
const GUARDS = process.env.GUARD === 'both' ? [true, false] : [process.env.GUARD !== 'off'];
for (const model of MODELS)
  for (const set of SETS)
    for (const l2 of L2S)
      for (const guard of GUARDS)
      for (const swapCost of COSTS) {
        const knobs = model === 'gbdt' ? ` ${KNOBS.trees}x${KNOBS.depth} r${KNOBS.rate} lam${KNOBS.lambda} min${KNOBS.minLeaf}` : ` l2=${l2}`;
        const v: Variant = { name: `${model} ${set}${knobs} swap=${swapCost}${guard ? '' : ' unguarded'}`, set, model, l2, guard, swapCost };
        const got = new Map<string, number>();
        for (const b of batches) {
          const predict = fitVariant(v, rows.filter((r) => !r.heldOut && !r.exam && batchOf(r) !== b && (FIT !== 'agent' || r.view.tools > 0)));
          for (const r of rows) if (batchOf(r) === b) got.set(r.name, predict(r));
        }
        report(v.name, got);
        if (process.env.FOLDS === 'on') console.log(`  per batch (held-out rows, variant/today): ${byBatch(got)}`);
        if (process.env.MOVES === 'on') {
          const names = ['H', 'S', 'O'];
          const line: string[] = [];
          for (const k of KINDS)
            for (let a = 0; a < 3; a += 1)
              for (let b = 0; b < 3; b += 1) {
                if (a === b) continue;
                const moved = rows.filter((r) => r.heldOut && r.kind === k && r.routed === a && got.get(r.name) === b);
                if (moved.length === 0) continue;
                const gain = moved.filter((r) => labelOf(r) === b).length - moved.filter((r) => labelOf(r) === a).length;
                line.push(`${k} ${names[a]}->${names[b]} ${moved.length} (${gain >= 0 ? '+' : ''}${gain})`);
              }
          console.log(`  held-out moves (n, net rows): ${line.join('; ')}`);
        }
        if (process.env.SWAPS === 'on') {
          const swap = (r: Captured, t: number): boolean => Math.abs(t - labelOf(r)) === 2;
          for (const r of rows.filter((x) => x.heldOut && swap(x, got.get(x.name) as number) !== swap(x, x.routed)))
            console.log(`  ${swap(r, r.routed) ? 'undone' : 'made  '} ${r.kind} ${r.name}: want ${r.tier}, today ${r.routed}, now ${got.get(r.name)} (hand ${r.hand.toFixed(2)}, final ${r.final.toFixed(2)}, y ${r.trafficY.toFixed(2)}, ${r.followUp})`);
        }
      }
