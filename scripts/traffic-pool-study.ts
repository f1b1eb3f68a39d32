/**
 * npx tsx scripts/traffic-pool-study.ts (session 9 study; src/routing/README.md, "Session 9")
 * Leave one batch out over every single-turn English batch (the older rows as one group, b4- to b12-): each variant
 * is fitted on the other batches' rows (ROWS=all: both halves; default the tune half), its penalty and cuts chosen
 * as `npm run train:traffic` does (5 folds by conversation group, scored on b-batch rows, the old 144 as guard), and
 * the held-out batch is routed by classify(). The text model's L2 is 0.004 (the recipe's choice in 13 of 14 fits,
 * session 7), so its fits are shared by every variant. Variants:
 *  - text: today's text model; avg-mean: session 8's mean of the text model and a ridge model of the text statistics
 *    and the ask's mean word embedding;
 *  - avg-meanmax: the ridge part also reads the per-dimension max of the ask's word vectors;
 *  - avg-topk: the ridge part also reads the max and the mean of the top 3 of the ask's words projected on the mean
 *    model's direction (one scalar per word: a hard concept word is not diluted by a long ask);
 *  - ordinal: two models, "above Haiku" and "Opus" (each the mean of a logistic text model's probability and a
 *    ridge model of the 0/1 target); the up move reads P(Opus), down and lift read P(above Haiku).
 * VARIANTS='text;avg-mean' picks variants; GROUPS='b7,b9' picks held-out groups.
 */
import { tierRank } from '../src/config/schema.js';
import { EMBEDDING_DIMS, rowVector } from '../src/routing/embeddings.js';
import { linearLogit, trainLinear, type LinearModel } from '../src/routing/logreg.js';
import { fitRidge } from '../src/routing/ridge.js';
import { isClearTransform } from '../src/routing/signals.js';
import { DENSE_COUNT, type TextFeatures } from '../src/routing/text-features.js';
import { DEFAULT_CUT_LOGITS } from '../src/routing/tiers.js';
import { chooseCuts, gainOf, type OutOfFold, type TrafficCuts } from '../src/routing/traffic-cuts.js';
import type { AskAdjust } from '../src/routing/traffic-model.js';
import { trafficRows, type TrafficRow } from '../src/routing/train-traffic.js';
import { RECIPE } from '../src/routing/train.js';
import { realisticExamples } from '../test/routing/realistic-examples.js';
import { concat, noTrafficModel, pct, scoreOf, type Score } from './lib/traffic-study.js';
import { groupHash, isHeldOut, trafficExamples, type TrafficExample } from '../test/routing/traffic/index.js';

const { sonnet: SONNET_CUT, opus: OPUS_CUT } = DEFAULT_CUT_LOGITS;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const D = EMBEDDING_DIMS;
const TEXT_L2 = 0.004;
const GRID = process.env.EMB_L2S?.split(',').map(Number) ?? [0.3, 1, 3, 10];
const FOLDS = 5;
const ALL = process.env.ROWS === 'all';

/** The pooled vectors of an ask: mean and per-dimension max of its distinct in-table words, and each word's vector. */
interface Pooled {
  mean: Float64Array;
  max: Float64Array;
  words: Float64Array[];
}
const pool = (f: Pick<TextFeatures, 'rows' | 'rowCount'>): Pooled => {
  const mean = new Float64Array(D);
  const max = new Float64Array(D);
  const words: Float64Array[] = [];
  for (let i = 0; i < f.rowCount; i += 1) {
    const v = new Float64Array(D);
    rowVector(f.rows[i] as number, v);
    words.push(v);
    for (let d = 0; d < D; d += 1) {
      mean[d] = (mean[d] as number) + (v[d] as number) / f.rowCount;
      max[d] = i === 0 ? (v[d] as number) : Math.max(max[d] as number, v[d] as number);
    }
  }
  return { mean, max, words };
};

type Row = TrafficRow & { pooled: Pooled };
type Input = Pick<Row, 'features' | 'pooled'>;
/** A fitted variant: y for the up move, y for down and lift (the same for one-model variants). */
type Predict = (r: Input) => { up: number; down: number };

const dot = (w: Float64Array, x: Float64Array, from: number): number => x.reduce((s, v, i) => s + (w[from + i] as number) * v, w[0] as number);

const textCache = new Map<string, LinearModel>();
const fitText = (train: readonly Row[], key: string, target: (r: Row) => number, loss: 'squared' | 'logistic'): LinearModel => {
  const k = `${key}/${loss}/${target.name}`;
  const cached = textCache.get(k);
  if (cached !== undefined) return cached;
  const examples = train.map((r) => ({ dense: r.features.dense, hashes: r.features.hashes.subarray(0, r.features.hashCount), y: target(r), weight: 1 }));
  const model = trainLinear(examples, Object.assign({}, RECIPE, { denseCount: examples[0]?.dense.length ?? 0, loss, l2: TEXT_L2 }));
  textCache.set(k, model);
  return model;
};
const tierY = (r: Row): number => tierRank(r.tier) / 2;
const aboveHaiku = (r: Row): number => (r.tier === 'haiku' ? 0 : 1);
const isOpus = (r: Row): number => (r.tier === 'opus' ? 1 : 0);
const textY = (m: LinearModel, r: Input): number => linearLogit(m, { dense: r.features.dense, hashes: r.features.hashes.subarray(0, r.features.hashCount) });

const meanCols = (r: Input): Float64Array => concat(r.features.dense, r.pooled.mean);
/** Max and top-3 mean of the ask's words projected on `u` (the mean model's embedding weights). */
const topk = (u: Float64Array, r: Input): Float64Array => {
  const s = r.pooled.words.map((v) => v.reduce((acc, x, d) => acc + x * (u[d] as number), 0)).sort((a, b) => b - a);
  if (s.length === 0) return new Float64Array(2);
  const k = Math.min(3, s.length);
  return Float64Array.from([s[0] as number, s.slice(0, k).reduce((a, b) => a + b, 0) / k]);
};

interface Variant {
  name: string;
  grid: readonly number[];
  fit: (train: readonly Row[], key: string, lambda: number) => Predict;
}
const single = (y: (r: Input) => number): Predict => (r) => {
  const v = y(r);
  return { up: v, down: v };
};
const ridgeOn = (cols: (r: Input) => Float64Array, train: readonly Row[], target: (r: Row) => number, lambda: number): ((r: Input) => number) => {
  const w = fitRidge(train.map(cols), train.map(target), lambda);
  return (r) => dot(w, cols(r), 1);
};
const ALL_VARIANTS: Variant[] = [
  { name: 'text', grid: [0], fit: (train, key) => { const t = fitText(train, key, tierY, 'squared'); return single((r) => textY(t, r)); } },
  {
    name: 'avg-mean',
    grid: GRID,
    fit: (train, key, lambda) => {
      const t = fitText(train, key, tierY, 'squared');
      const e = ridgeOn(meanCols, train, tierY, lambda);
      return single((r) => (textY(t, r) + e(r)) / 2);
    },
  },
  {
    name: 'avg-meanmax',
    grid: GRID,
    fit: (train, key, lambda) => {
      const t = fitText(train, key, tierY, 'squared');
      const e = ridgeOn((r) => concat(r.features.dense, r.pooled.mean, r.pooled.max), train, tierY, lambda);
      return single((r) => (textY(t, r) + e(r)) / 2);
    },
  },
  {
    name: 'avg-topk',
    grid: GRID,
    fit: (train, key, lambda) => {
      const t = fitText(train, key, tierY, 'squared');
      const w = fitRidge(train.map(meanCols), train.map(tierY), lambda);
      const u = w.subarray(1 + DENSE_COUNT);
      const e = ridgeOn((r) => concat(meanCols(r), topk(u, r)), train, tierY, lambda);
      return single((r) => (textY(t, r) + e(r)) / 2);
    },
  },
  {
    name: 'ordinal',
    grid: GRID,
    fit: (train, key, lambda) => {
      const [tA, tO] = [fitText(train, key, aboveHaiku, 'logistic'), fitText(train, key, isOpus, 'logistic')];
      const [eA, eO] = [ridgeOn(meanCols, train, aboveHaiku, lambda), ridgeOn(meanCols, train, isOpus, lambda)];
      // On the cut grids' scales: up reads 0.5 + P(Opus), down and lift read P(above Haiku) (offset per move in cutsOf).
      return (r) => ({ up: 0.5 + (sigmoid(textY(tO, r)) + eO(r)) / 2, down: (sigmoid(textY(tA, r)) + eA(r)) / 2 });
    },
  },
];
const VARIANTS = ALL_VARIANTS.filter((v) => process.env.VARIANTS === undefined || process.env.VARIANTS.split(';').includes(v.name));

const ordinal = (v: Variant): boolean => v.name === 'ordinal';
/** Offsets that put P(above Haiku) on the down and lift grids of traffic-cuts.ts. */
const [DOWN_AT, LIFT_AT] = [-0.7, 0.4];
interface Scored extends OutOfFold {
  up: number;
  down: number;
}
const cutsOf = (v: Variant, scored: readonly Scored[], guard: readonly Scored[]): TrafficCuts => {
  const at = (set: readonly Scored[], pick: (s: Scored) => number): OutOfFold[] => set.map((s) => ({ logit: s.logit, tier: s.tier, y: pick(s) }));
  const choose = (pick: (s: Scored) => number): TrafficCuts => chooseCuts(at(scored, pick), SONNET_CUT, OPUS_CUT, at(guard, pick), true);
  if (!ordinal(v)) {
    const { drop: _d, maxDrop: _m, ...cuts } = choose((s) => s.up);
    return cuts;
  }
  const up = choose((s) => s.up);
  const down = choose((s) => s.down + DOWN_AT);
  const lift = choose((s) => s.down + LIFT_AT);
  return { up: up.up, minUp: up.minUp, down: down.down - DOWN_AT, maxDown: down.maxDown, ...(lift.lift === undefined ? {} : { lift: lift.lift - LIFT_AT, minLift: lift.minLift }) };
};
/** The gain of cuts on both y's (ordinal cuts are on P's own scale, one-model cuts on y). */
const movedTier = (cuts: TrafficCuts, logit: number, up: number, down: number): number => {
  const p = sigmoid(logit);
  if (logit < SONNET_CUT) return cuts.lift !== undefined && p >= (cuts.minLift ?? 0) && down >= cuts.lift ? SONNET_CUT + 0.05 : logit;
  if (logit >= OPUS_CUT) return logit;
  if (up >= cuts.up && p >= cuts.minUp) return OPUS_CUT + 0.05;
  if (down <= cuts.down && p <= cuts.maxDown) return SONNET_CUT - 0.05;
  return logit;
};

const examples = trafficExamples.filter((e) => e.kind === 'single' && e.lang === 'en');
const byName = new Map(trafficExamples.map((e) => [e.name, e]));
const withPool = (rows: TrafficRow[]): Row[] => rows.filter((r) => !Number.isNaN(r.logit)).map((r) => Object.assign(r, { pooled: pool(r.features) }));
const rows = withPool(trafficRows(examples.map((e) => ({ name: e.name, body: e.body, tier: e.tier }))));
const guard = withPool(trafficRows(realisticExamples.filter((e) => e.body.messages.length === 1).map((e) => ({ name: `old-${e.name}`, body: e.body, tier: e.expected }))));
const groupOf = (name: string): string => /^(b\d+)-/.exec(name)?.[1] ?? 'older';
const ALL_GROUPS = [...new Set(examples.map((e) => groupOf(e.name)))];
const GROUP_INDEX = new Map(ALL_GROUPS.map((g, i) => [g, i]));
const GROUPS = [...new Set(examples.map((e) => groupOf(e.name)))].filter((g) => process.env.GROUPS === undefined || process.env.GROUPS.split(',').includes(g));
/** INNER=batch: cuts and penalties chosen by leaving out whole batches inside the training rows (session 7's option). */
const BY_BATCH = process.env.INNER === 'batch';
const foldOf = (r: Row): number => (BY_BATCH ? GROUP_INDEX.get(groupOf(r.name)) ?? 0 : (groupHash((byName.get(r.name) as TrafficExample).group) >>> 1) % FOLDS);
const fresh = (name: string): boolean => groupOf(name) !== 'older';

const recipe = (v: Variant, train: readonly Row[], key: string): { predict: Predict; cuts: TrafficCuts; lambda: number } | undefined => {
  let best: { predict: Predict; cuts: TrafficCuts; lambda: number; gain: number } | undefined;
  for (const lambda of v.grid) {
    const scored: Scored[] = [];
    for (let f = 0; f < (BY_BATCH ? ALL_GROUPS.length : FOLDS); f += 1) {
      if (!train.some((r) => foldOf(r) === f)) continue;
      const predict = v.fit(
        train.filter((r) => foldOf(r) !== f),
        `${key}/f${f}`,
        lambda,
      );
      for (const r of train) if (foldOf(r) === f && fresh(r.name)) scored.push({ logit: r.logit, tier: r.tier, y: 0, ...predict(r) });
    }
    const predict = v.fit(train, key, lambda);
    const guarded: Scored[] = guard.map((r) => ({ logit: r.logit, tier: r.tier, y: 0, ...predict(r) }));
    const cuts = cutsOf(v, scored, guarded);
    const gainAt = (set: readonly Scored[]): number =>
      set.reduce((g, s) => {
        const moved = movedTier(cuts, s.logit, s.up, s.down);
        return moved === s.logit ? g : g + gainOf([{ logit: s.logit, tier: s.tier, y: moved > s.logit ? 99 : -99 }], { up: 98, minUp: 0, down: -98, maxDown: 1, lift: 98, minLift: 0 }, SONNET_CUT, OPUS_CUT).gain;
      }, 0);
    const gain = gainAt([...scored, ...guarded]);
    if (gain > (best?.gain ?? 0)) best = { predict, cuts, lambda, gain };
  }
  return best;
};

const adjustOf = (predict: Predict, cuts: TrafficCuts): AskAdjust => (view, features, _bits, logit, signals) => {
  if (!(view.messages === 1 && view.tools === 0 && view.askShape.english)) return logit;
  const { up, down } = predict({ features, pooled: pool(features) });
  const moved = movedTier(cuts, logit, up, down);
  return moved > logit && logit >= SONNET_CUT && isClearTransform(signals) ? logit : moved;
};
const old144 = realisticExamples.map((e) => ({ body: e.body, tier: e.expected }));

const names = ['none', ...VARIANTS.map((v) => v.name)];
const pooledAll = new Map(names.map((n) => [n, { right: 0, n: 0, swaps: 0 }]));
const pooledFresh = new Map(names.map((n) => [n, { right: 0, n: 0, swaps: 0 }]));
console.log(`inner folds ${BY_BATCH ? 'by batch' : 'by group'}, rows ${ALL ? 'all' : 'tune half'}, text L2 ${TEXT_L2}, ridge grid ${GRID.join(',')}`);
console.log(`| held-out batch | ${names.join(' | ')} |`);
console.log(`|---|${names.map(() => '---').join('|')}|`);
const notes: string[] = [];
for (const g of GROUPS) {
  const held = examples.filter((e) => groupOf(e.name) === g);
  const train = rows.filter((r) => groupOf(r.name) !== g && (ALL || !isHeldOut(byName.get(r.name) as TrafficExample)));
  const cells: string[] = [];
  const add = (name: string, s: Score): void => {
    for (const k of ['right', 'n', 'swaps'] as const) {
      (pooledAll.get(name) as Score)[k] += s[k];
      if (g !== 'older') (pooledFresh.get(name) as Score)[k] += s[k];
    }
    cells.push(pct(s));
  };
  add('none', scoreOf(noTrafficModel, held));
  for (const v of VARIANTS) {
    const best = recipe(v, train, `${g}/${ALL}`);
    const adjust = best === undefined ? noTrafficModel : adjustOf(best.predict, best.cuts);
    add(v.name, scoreOf(adjust, held));
    notes.push(`${g} ${v.name}: ${best === undefined ? 'no cut gains' : `λ ${best.lambda} cuts ${JSON.stringify(best.cuts)}`}; old 144 ${scoreOf(adjust, old144).right}`);
  }
  console.log(`| ${g} (${held.length}) | ${cells.join(' | ')} |`);
}
console.log(`| pooled, every group | ${names.map((n) => pct(pooledAll.get(n) as Score)).join(' | ')} |`);
console.log(`| pooled b4 to b12 | ${names.map((n) => pct(pooledFresh.get(n) as Score)).join(' | ')} |`);
for (const line of notes) console.log(line);
