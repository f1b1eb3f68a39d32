/**
 * A small gradient-boosted ensemble for the calibrator study (scripts/calibrator-study.ts, session 10 later): softmax
 * boosting of depth-limited regression trees on the raw inputs, splits on at most BINS quantile thresholds per input,
 * Newton leaf values with an L2 penalty. Deterministic (no sampling).
 */
interface Node { feature: number; threshold: number; left: number; right: number; value: number }
export type Tree = Node[];
export interface Boosted { trees: Tree[][]; rate: number; base: number[] }

const thresholdsOf = (xs: readonly Float64Array[], j: number, bins: number): number[] => {
  const v = [...new Set(xs.map((x) => x[j] as number))].sort((a, b) => a - b);
  if (v.length <= 1) return [];
  const mids = v.slice(1).map((b, i) => ((v[i] as number) + b) / 2);
  if (mids.length <= bins) return mids;
  return Array.from({ length: bins }, (_, k) => mids[Math.floor(((k + 0.5) * mids.length) / bins)] as number);
};

const leaf = (g: number, h: number, lambda: number): number => -g / (h + lambda);

const grow = (xs: readonly Float64Array[], idx: number[], grad: Float64Array, hess: Float64Array, cuts: number[][], depth: number, lambda: number, minLeaf: number, tree: Tree): number => {
  let G = 0;
  let H = 0;
  for (const i of idx) { G += grad[i] as number; H += hess[i] as number; }
  const at = tree.length;
  tree.push({ feature: -1, threshold: 0, left: -1, right: -1, value: leaf(G, H, lambda) });
  if (depth === 0 || idx.length < 2 * minLeaf) return at;
  const parent = (G * G) / (H + lambda);
  let best = 1e-9;
  let bf = -1;
  let bt = 0;
  cuts.forEach((ts, j) => {
    if (ts.length === 0) return;
    const gl = new Float64Array(ts.length + 1);
    const hl = new Float64Array(ts.length + 1);
    const nl = new Int32Array(ts.length + 1);
    for (const i of idx) {
      const v = (xs[i] as Float64Array)[j] as number;
      let lo = 0;
      let hi = ts.length;
      while (lo < hi) { const m = (lo + hi) >> 1; if (v <= (ts[m] as number)) hi = m; else lo = m + 1; }
      gl[lo] += grad[i] as number; hl[lo] += hess[i] as number; nl[lo] += 1;
    }
    let g = 0; let h = 0; let n = 0;
    for (let k = 0; k < ts.length; k += 1) {
      g += gl[k] as number; h += hl[k] as number; n += nl[k] as number;
      if (n < minLeaf || idx.length - n < minLeaf) continue;
      const gain = (g * g) / (h + lambda) + ((G - g) * (G - g)) / (H - h + lambda) - parent;
      if (gain > best) { best = gain; bf = j; bt = ts[k] as number; }
    }
  });
  if (bf < 0) return at;
  const node = tree[at] as Node;
  node.feature = bf;
  node.threshold = bt;
  node.left = grow(xs, idx.filter((i) => ((xs[i] as Float64Array)[bf] as number) <= bt), grad, hess, cuts, depth - 1, lambda, minLeaf, tree);
  node.right = grow(xs, idx.filter((i) => ((xs[i] as Float64Array)[bf] as number) > bt), grad, hess, cuts, depth - 1, lambda, minLeaf, tree);
  return at;
};

const treeValue = (tree: Tree, x: Float64Array): number => {
  let n = tree[0] as Node;
  while (n.feature >= 0) n = tree[(x[n.feature] as number) <= n.threshold ? n.left : n.right] as Node;
  return n.value;
};

export const boostedScores = (m: Boosted, x: Float64Array): number[] =>
  m.base.map((b, c) => m.trees.reduce((s, round) => s + m.rate * treeValue(round[c] as Tree, x), b));

export const boostedProbs = (m: Boosted, x: Float64Array): number[] => {
  const z = boostedScores(m, x);
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};

export interface BoostKnobs { trees: number; depth: number; rate: number; lambda: number; minLeaf: number; bins: number }

export const fitBoosted = (xs: readonly Float64Array[], ys: readonly number[], k: BoostKnobs, classes = 3): Boosted => {
  const n = xs.length;
  const cuts = Array.from({ length: (xs[0] as Float64Array).length }, (_, j) => thresholdsOf(xs, j, k.bins));
  const base = Array.from({ length: classes }, (_, c) => Math.log((ys.filter((y) => y === c).length + 1) / (n + classes)));
  const f = xs.map(() => Float64Array.from(base));
  const m: Boosted = { trees: [], rate: k.rate, base };
  const all = xs.map((_, i) => i);
  for (let t = 0; t < k.trees; t += 1) {
    const probs = f.map((z) => {
      const top = Math.max(...z);
      const e = Array.from(z, (v) => Math.exp(v - top));
      const s = e.reduce((a, b) => a + b, 0);
      return e.map((v) => v / s);
    });
    const round: Tree[] = [];
    for (let c = 0; c < classes; c += 1) {
      const grad = new Float64Array(n);
      const hess = new Float64Array(n);
      for (let i = 0; i < n; i += 1) {
        const p = (probs[i] as number[])[c] as number;
        grad[i] = p - (ys[i] === c ? 1 : 0);
        hess[i] = Math.max(p * (1 - p), 1e-6);
      }
      const tree: Tree = [];
      grow(xs, all, grad, hess, cuts, k.depth, k.lambda, k.minLeaf, tree);
      round.push(tree);
    }
    m.trees.push(round);
    for (let i = 0; i < n; i += 1) for (let c = 0; c < classes; c += 1) (f[i] as Float64Array)[c] += k.rate * treeValue(round[c] as Tree, xs[i] as Float64Array);
  }
  return m;
};
