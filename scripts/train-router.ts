/**
 * npm run train:router [-- path/to/train.jsonl]
 * Trains the learned part of the router on every row of the training file and writes
 * src/routing/weights.json. Deterministic: the same data always gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_PATH, loadRows } from './lib/router-data.js';
import { RECIPE, trainWeights } from './lib/router-train.js';

const dataPath = process.argv[2] ?? DEFAULT_DATA_PATH;
const outPath = fileURLToPath(new URL('../src/routing/weights.json', import.meta.url));

const rows = loadRows(dataPath);
const started = performance.now();
const weights = trainWeights(rows);
const nonZero = weights.hashed.filter((w) => w !== 0).length;
writeFileSync(outPath, `${JSON.stringify(weights)}\n`);
console.log(
  `trained on ${rows.length} rows from ${dataPath} (target ${RECIPE.target}, 2^${RECIPE.hashBits} hashed buckets, ${nonZero} non-zero) ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${outPath}`,
);
