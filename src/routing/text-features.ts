/**
 * The learned model's inputs: hashed word unigrams and bigrams plus a few dense text statistics,
 * computed in one pass over the characters with no allocation per token.
 * Training (scripts/train-router.ts) and serving call the same function, so they cannot drift.
 */
import { EMBEDDING_ROWS, embeddingRow } from './embeddings.js';

export const DENSE_FEATURES = [
  'log_chars',
  'log_words',
  'digit_frac',
  'log_numbers',
  'log_math_symbols',
  'log_lines',
  'upper_frac',
  'avg_word_len',
  'log_questions',
  'log_currency',
] as const;
export const DENSE_COUNT = DENSE_FEATURES.length;

/** The most hashed features one text can emit; longer texts are cut (callers cap text anyway). */
export const MAX_HASHES = 4096;
/** The most embedding rows one text lists. */
export const MAX_ROWS = 2048;

export interface TextFeatures {
  dense: Float64Array;
  /** Distinct bucket indices (a word or bigram counts once however often it occurs); only the first `hashCount` entries are valid. */
  hashes: Int32Array;
  hashCount: number;
  /** Distinct embedding-table rows of the text's words (embeddings.ts), first seen first; the first `rowCount` are valid. */
  rows: Int32Array;
  rowCount: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BIGRAM_SEED = 0x9e3779b1;

// Character classes for ASCII, looked up instead of tested: this loop is the classifier's hot path.
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const SYMBOL = 4;
const MATH_SYMBOL = 5;
const CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c += 1) CLASS[c] = LOWER;
for (let c = 65; c <= 90; c += 1) CLASS[c] = UPPER;
for (let c = 48; c <= 57; c += 1) CLASS[c] = DIGIT;
/** Punctuation worth a token of its own: maths and code structure. */
for (const s of '(){}[];$\\|#_%') CLASS[s.charCodeAt(0)] = SYMBOL;
for (const s of '=+*/^<>') CLASS[s.charCodeAt(0)] = MATH_SYMBOL;

/**
 * Which buckets the current text has emitted: a bucket is taken when its entry equals the text's stamp,
 * so nothing needs clearing between texts. Presence, not counts, ranks exam questions better (README).
 */
let seen = new Uint16Array(0);
/** The same for embedding rows, under the same stamp. */
const rowSeen = new Uint16Array(EMBEDDING_ROWS);
let stamp = 0;
const nextStamp = (size: number): number => {
  if (seen.length !== size) {
    seen = new Uint16Array(size);
    rowSeen.fill(0);
    stamp = 0;
  }
  if (stamp === 0xffff) {
    seen.fill(0);
    rowSeen.fill(0);
    stamp = 0;
  }
  stamp += 1;
  return stamp;
};

const finalize = (h: number): number => {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  return x >>> 0;
};

/**
 * The 32-bit hash `extractTextFeatures` computes for one word (letters and digits only): FNV-1a of the
 * word with ASCII letters lower-cased and digits read as '0', finalised. The embedding table is keyed by it.
 */
export const wordHash = (word: string): number => {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i += 1) {
    let c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 48 && c <= 57) c = 48;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return finalize(h);
};

/** Marks the unigram `uni` and its bigram with the previous token in `taken`, listing each new bucket in `hashes`; the new count. */
const emitBuckets = (uni: number, prev: number, mask: number, taken: Uint16Array, mark: number, hashes: Int32Array, count: number): number => {
  let n = count;
  const a = uni & mask;
  if (taken[a] !== mark) {
    taken[a] = mark;
    hashes[n++] = a;
  }
  const b = finalize(Math.imul(prev ^ BIGRAM_SEED, FNV_PRIME) ^ uni) & mask;
  if (taken[b] !== mark) {
    taken[b] = mark;
    hashes[n++] = b;
  }
  return n;
};

/**
 * Fills `out` (a reusable buffer) for `text`. Digits hash as '0' so numbers are classed by length,
 * not value; letters are lower-cased; non-ASCII letters are part of words.
 * One loop with no closures: the counters stay in registers (this is the classifier's hot path).
 */
export const extractTextFeatures = (text: string, hashBits: number, out: TextFeatures): void => {
  const mask = (1 << hashBits) - 1;
  const hashes = out.hashes;
  const rows = out.rows;
  const mark = nextStamp(mask + 1);
  const taken = seen;
  const length = text.length;
  let count = 0;
  let rowCount = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  let wordLen = 0;
  let prev = 0;
  let words = 0;
  let letters = 0;
  let digits = 0;
  let uppers = 0;
  let numbers = 0;
  let mathSymbols = 0;
  let lines = 1;
  let questions = 0;
  let currency = 0;
  let wordHasLetter = false;

  // One step past the end, as a space: it ends the last word.
  for (let i = 0; i <= length; i += 1) {
    let c = i < length ? text.charCodeAt(i) : 32;
    const cls = c < 128 ? (CLASS[c] as number) : LOWER;
    if (cls === LOWER || cls === UPPER || cls === DIGIT) {
      if (!inWord) {
        inWord = true;
        h = FNV_OFFSET;
        wordLen = 0;
        wordHasLetter = false;
      }
      if (cls === DIGIT) {
        digits += 1;
        c = 48;
      } else {
        wordHasLetter = true;
        if (cls === UPPER) {
          uppers += 1;
          c += 32;
        }
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      wordLen += 1;
      continue;
    }
    // '.' or ',' between digits continues a number (3.14, 1,000).
    if ((c === 46 || c === 44) && inWord && !wordHasLetter && CLASS[text.charCodeAt(i + 1)] === DIGIT) continue;
    if (inWord) {
      const uni = finalize(h);
      if (count + 2 <= MAX_HASHES) {
        count = emitBuckets(uni, prev, mask, taken, mark, hashes, count);
        prev = uni;
      }
      if (wordHasLetter && rowCount < MAX_ROWS) {
        const row = embeddingRow(uni);
        if (row >= 0 && rowSeen[row] !== mark) {
          rowSeen[row] = mark;
          rows[rowCount++] = row;
        }
      }
      words += 1;
      letters += wordLen;
      if (!wordHasLetter) numbers += 1;
      inWord = false;
    }
    if (cls === OTHER) {
      if (c === 10) lines += 1;
      else if (c === 63) questions += 1;
      continue;
    }
    if (c === 36) currency += 1;
    if (cls === MATH_SYMBOL) mathSymbols += 1;
    if (count + 2 <= MAX_HASHES) {
      const uni = finalize(Math.imul(FNV_OFFSET ^ c ^ 0x100, FNV_PRIME));
      count = emitBuckets(uni, prev, mask, taken, mark, hashes, count);
      prev = uni;
    }
  }

  const chars = Math.max(1, length);
  const d = out.dense;
  d[0] = Math.log1p(length) / 8;
  d[1] = Math.log1p(words) / 6;
  d[2] = Math.min(1, (digits / chars) * 5);
  d[3] = Math.log1p(numbers) / 3;
  d[4] = Math.log1p(mathSymbols) / 3;
  d[5] = Math.log1p(lines) / 3;
  d[6] = Math.min(1, (uppers / Math.max(1, letters + digits)) * 5);
  d[7] = words ? Math.min(1.5, letters / words / 8) : 0;
  d[8] = Math.log1p(questions) / 2;
  d[9] = Math.log1p(currency) / 2;
  out.hashCount = count;
  out.rowCount = rowCount;
};

export const newTextFeatures = (): TextFeatures => ({
  dense: new Float64Array(DENSE_COUNT),
  hashes: new Int32Array(MAX_HASHES),
  hashCount: 0,
  rows: new Int32Array(MAX_ROWS),
  rowCount: 0,
});
