/** One training example in the learned model's feature space. */
export interface Example {
  dense: Float64Array;
  hashes: Int32Array;
  /** Target: 0/1 for the logistic loss, any real for the squared loss. */
  y: number;
  weight: number;
}

export interface TrainOptions {
  denseCount: number;
  /** The last `embedCount` dense inputs are the mean word embedding, penalised by l2Embed instead of l2Dense. */
  embedCount?: number;
  l2Embed?: number;
  hashBits: number;
  loss: 'logistic' | 'squared';
  /** L2 penalty on the hashed weights (dense ones get l2Dense). */
  l2: number;
  l2Dense: number;
  iterations: number;
  learningRate: number;
}

export interface LinearModel {
  bias: number;
  dense: Float64Array;
  hashed: Float64Array;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export const linearLogit = (model: LinearModel, ex: Pick<Example, 'dense' | 'hashes'>): number => {
  let z = model.bias;
  for (let k = 0; k < ex.dense.length; k += 1) z += (model.dense[k] as number) * (ex.dense[k] as number);
  const n = ex.hashes.length;
  if (n > 0) {
    let sum = 0;
    for (let k = 0; k < n; k += 1) sum += model.hashed[ex.hashes[k] as number] as number;
    z += sum / Math.sqrt(n);
  }
  return z;
};

/**
 * Full-batch Adam on the L2-regularised loss. Full batch, fixed iteration count and zero
 * initialisation make the result depend on the data alone: no shuffling, no seed needed.
 */
export const trainLinear = (examples: readonly Example[], options: TrainOptions): LinearModel => {
  const size = 1 << options.hashBits;
  const denseCount = options.denseCount;
  const embedCount = options.embedCount ?? 0;
  const l2Embed = options.l2Embed ?? options.l2Dense;
  const params = new Float64Array(1 + denseCount + size);
  const grad = new Float64Array(params.length);
  const m = new Float64Array(params.length);
  const v = new Float64Array(params.length);
  const view = (): LinearModel => ({
    bias: params[0] as number,
    dense: params.subarray(1, 1 + denseCount),
    hashed: params.subarray(1 + denseCount),
  });
  const model = view();
  let weightTotal = 0;
  for (const ex of examples) weightTotal += ex.weight;
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let t = 1; t <= options.iterations; t += 1) {
    grad.fill(0);
    for (const ex of examples) {
      const z = linearLogit(model, ex);
      const residual = options.loss === 'logistic' ? sigmoid(z) - ex.y : z - ex.y;
      const g = (residual * ex.weight) / weightTotal;
      grad[0] = (grad[0] as number) + g;
      for (let k = 0; k < denseCount; k += 1) grad[1 + k] = (grad[1 + k] as number) + g * (ex.dense[k] as number);
      const n = ex.hashes.length;
      if (n === 0) continue;
      const gh = g / Math.sqrt(n);
      const base = 1 + denseCount;
      for (let k = 0; k < n; k += 1) {
        const idx = base + (ex.hashes[k] as number);
        grad[idx] = (grad[idx] as number) + gh;
      }
    }
    for (let k = 1; k < params.length; k += 1) {
      const l2 = k <= denseCount - embedCount ? options.l2Dense : k <= denseCount ? l2Embed : options.l2;
      grad[k] = (grad[k] as number) + l2 * (params[k] as number);
    }
    const lr = (options.learningRate * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
    for (let k = 0; k < params.length; k += 1) {
      const gk = grad[k] as number;
      const mk = beta1 * (m[k] as number) + (1 - beta1) * gk;
      const vk = beta2 * (v[k] as number) + (1 - beta2) * gk * gk;
      m[k] = mk;
      v[k] = vk;
      params[k] = (params[k] as number) - (lr * mk) / (Math.sqrt(vk) + 1e-8);
    }
  }
  return view();
};
