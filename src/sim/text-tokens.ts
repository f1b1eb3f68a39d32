import { COMMON_WORDS } from './words.js';

/**
 * Approximates Claude's tokenizer on plain text. A BPE pre-tokenizer splits text into words
 * (with their leading space), digit groups, punctuation runs and whitespace runs; each piece
 * then costs what a ~65k vocabulary typically charges it. Costs are fractional expectations
 * (a 7-letter uncommon word is "about 1.7 tokens"), summed and rounded once per text.
 */

const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const SPACE = 4;
const NEWLINE = 5;
const PUNCT = 6;
const CR = 7;

const ASCII = new Uint8Array(128);
for (let c = 33; c < 127; c++) ASCII[c] = PUNCT;
for (let c = 97; c <= 122; c++) ASCII[c] = LOWER;
for (let c = 65; c <= 90; c++) ASCII[c] = UPPER;
for (let c = 48; c <= 57; c++) ASCII[c] = DIGIT;
for (const c of [9, 11, 12, 32]) ASCII[c] = SPACE;
ASCII[10] = NEWLINE;
ASCII[13] = CR;

const isAsciiLetter = (c: number): boolean => c < 128 && (ASCII[c] === LOWER || ASCII[c] === UPPER);
const isWhitespace = (c: number): boolean => c < 128 && ASCII[c] >= SPACE && ASCII[c] !== PUNCT;
/** Latin-1/Extended letters, Greek, Cyrillic: BPE merges them less, about two characters a token. */
const isExtLetter = (c: number): boolean =>
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f);

/** Frequency-weighted cost of an uncommon word by length (fitted on English prose and code). */
const longWordCost = (length: number): number => (length <= 2 ? 1 : length <= 8 ? 1.08 : 1.2 + (length - 8) * 0.15);

function asciiWordCost(s: string, a: number, b: number): number {
  const length = b - a;
  if (length <= 2) return 1;
  let upper = 0;
  for (let i = a; i < b; i++) if (ASCII[s.charCodeAt(i)] === UPPER) upper++;
  if (upper === length) return length <= 4 ? 1.5 : length / 3;
  if (length <= 4) return 1.04;
  if (length <= 14) {
    const word = s.slice(a, b);
    if (COMMON_WORDS.has(upper === 0 ? word : word.toLowerCase())) return 1;
  }
  return longWordCost(length);
}

/** Cost of a run of ASCII letters, split at camelCase boundaries (getHTTPResponse -> get HTTP Response). */
function asciiRunCost(s: string, a: number, b: number): number {
  let cost = 0;
  let start = a;
  for (let i = a + 1; i < b; i++) {
    const prevUpper = ASCII[s.charCodeAt(i - 1)] === UPPER;
    const curUpper = ASCII[s.charCodeAt(i)] === UPPER;
    const nextLower = i + 1 < b && ASCII[s.charCodeAt(i + 1)] === LOWER;
    if (curUpper && (!prevUpper || nextLower)) {
      cost += asciiWordCost(s, start, i);
      start = i;
    }
  }
  return cost + asciiWordCost(s, start, b);
}

/** The scanner's cursor, shared by the helpers below to avoid allocating a result per piece. */
let pos = 0;

function wordCost(s: string, i: number, n: number): number {
  let ascii = 0;
  let ext = 0;
  const start = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiLetter(c)) ascii++;
    else if (isExtLetter(c)) ext++;
    else break;
  }
  pos = i;
  if (ext === 0) return asciiRunCost(s, start, i);
  return ascii > 0 ? longWordCost(ascii) + ext * 0.75 : ext * 0.55;
}

/** Newlines pair up; a run of spaces is one token and joins a newline before it; tabs cost one each. */
function whitespaceCost(s: string, i: number, n: number): number {
  let newlines = 0;
  let spaces = 0;
  let tabs = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!isWhitespace(c)) break;
    if (c === 10) newlines++;
    else if (c === 9) tabs++;
    else if (c !== 13) spaces++;
  }
  pos = i;
  // The run's last space belongs to the word after it (" word" is one token).
  if (spaces > 0 && i < n && s.charCodeAt(i - 1) === 32) spaces--;
  let cost = Math.ceil(newlines / 3) + tabs;
  if (newlines > 0 && tabs > 0) cost--;
  if (spaces > 0 && newlines === 0 && tabs === 0) cost++;
  return cost;
}

function scan(s: string): number {
  const n = s.length;
  let cost = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const k = ASCII[c];
      if (k === LOWER || k === UPPER) {
        cost += wordCost(s, i, n);
        i = pos;
      } else if (k === DIGIT) {
        let j = i + 1;
        while (j < n && ASCII[s.charCodeAt(j)] === DIGIT) j++;
        cost += Math.ceil((j - i) / 3);
        i = j;
      } else if (k === PUNCT) {
        if (c === 39 && i > 0 && isAsciiLetter(s.charCodeAt(i - 1))) {
          let j = i + 1;
          while (j < n && j - i <= 3 && isAsciiLetter(s.charCodeAt(j))) j++;
          if (j - i >= 2 && j - i <= 3 && (j === n || !isAsciiLetter(s.charCodeAt(j)))) {
            cost += 1; // contractions: 's 't 're 've 'll 'd 'm
            i = j;
            continue;
          }
        }
        let j = i + 1;
        while (j < n && s.charCodeAt(j) < 128 && ASCII[s.charCodeAt(j)] === PUNCT) j++;
        cost += 1 + (j - i - 1) * 0.3;
        i = j;
      } else if (k === SPACE || k === NEWLINE || k === CR) {
        if (c === 32 && i + 1 < n && !isWhitespace(s.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        cost += whitespaceCost(s, i, n);
        i = pos;
      } else {
        cost += 1;
        i++;
      }
    } else if (isExtLetter(c)) {
      cost += wordCost(s, i, n);
      i = pos;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      cost += 2.5; // astral plane: emoji and rare scripts, several byte-level tokens
      i += 2;
    } else {
      cost += c >= 0x3000 && c <= 0x9fff ? 0.85 : 1; // CJK a little under a token a character; other scripts, symbols one
      i++;
    }
  }
  return cost;
}

const MEMO_MIN_LENGTH = 256;
const MEMO_MAX_ENTRIES = 4096;
const memo = new Map<string, number>();

/** Tokens of one piece of text. Long texts are memoised: prompts repeat across requests. */
export function countText(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  if (n < MEMO_MIN_LENGTH) return Math.max(1, Math.round(scan(text)));
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const tokens = Math.max(1, Math.round(scan(text)));
  if (memo.size >= MEMO_MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
  memo.set(text, tokens);
  return tokens;
}
