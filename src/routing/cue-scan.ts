/**
 * Counting a family's cue words without scanning the text once per family. A family's pattern is
 * `\b(?:alternatives)\b`, optionally after a few non-word alternatives (maths symbols). Each alternative
 * starts with a literal prefix ("design", "race condition", "c++"); the text is walked once, at each word start
 * the text is followed down a trie of the prefixes, and only the families whose prefixes begin there are tried
 * (a sticky regex of just their alternatives that fit the word's first letters, at that position).
 * Counts equal those of one global scan per family: a family's next match is its first match starting at or
 * after the end of its previous one, and every match starts at a word start that one of its prefixes begins.
 */

import { alternatives, isWordChar, prefixesOf, symbolCheck } from './cue-pattern.js';

const CAP = 8;
/** A family's alternatives are cut per key: the first KEY_CHARS characters of a word (fewer when a prefix is shorter). */
const KEY_CHARS = 3;
const WORDS_START = '\\b(?:';

export interface WordScanner {
  /** Sets each family's match count (capped) in `out`, reading lower-cased text. */
  count(lower: string, out: Record<string, number>): void;
}

/** Words that begin with one key: how to try each family there. */
interface Bucket {
  /** Per family: its pattern cut to the alternatives whose prefixes fit the key (same order, so the same match). */
  tests: (RegExp | undefined)[];
}

/**
 * The prefixes as a trie over their characters, with the keys' buckets on the way. Edges live in an open-addressed
 * table of typed arrays keyed by node * 128 + character (any character >= 127 is 127). A node ends
 * prefixes of the families in `ends[node]` (a bit each); a prefix with a character >= 127 stops at the node before
 * it and is compared in full there (`checks`). Looking a word up walks the text as far as some prefix goes.
 */
interface Trie {
  edgeKeys: Int32Array;
  edgeNodes: Int32Array;
  shift: number;
  ends: Int32Array;
  bucketAt: Int32Array;
  buckets: Bucket[];
  checks: Map<number, [string, number][]>;
}

/** The slot of `key` in the edge table, or of the empty slot where it would go. */
const edgeSlot = (edgeKeys: Int32Array, shift: number, key: number): number => {
  const mask = edgeKeys.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> shift;
  while (edgeKeys[slot] !== key && edgeKeys[slot] !== -1) slot = (slot + 1) & mask;
  return slot;
};
const charKey = (c: number): number => (c < 127 ? c : 127);

/**
 * A bucket per key of KEY_CHARS characters that some prefix starts with, and per shorter prefix. At a word start
 * the longest key with a bucket is used: every alternative that can match there has a prefix fitting that key.
 */
const trieFor = (lists: readonly string[]): Trie => {
  if (lists.length > 31) throw new Error('cue scan: at most 31 families');
  const parsed = lists.map((list) => alternatives(list).map((alt) => ({ alt, prefixes: prefixesOf(alt) })));
  const heads = new Set<string>();
  for (const { prefixes } of parsed.flat()) for (const p of prefixes) heads.add(p.slice(0, KEY_CHARS));
  const paths = [...heads, ...parsed.flatMap((list) => list.flatMap(({ prefixes }) => prefixes))];
  const size = 1 + paths.reduce((n, p) => n + p.length, 0);
  const bits = Math.max(4, Math.ceil(Math.log2(size * 2)));
  const trie: Trie = {
    edgeKeys: new Int32Array(1 << bits).fill(-1),
    edgeNodes: new Int32Array(1 << bits),
    shift: 32 - bits,
    ends: new Int32Array(size),
    bucketAt: new Int32Array(size).fill(-1),
    buckets: [],
    checks: new Map(),
  };
  let nodes = 1;
  /** The node reached from the root along `path`'s characters (made as needed), up to `length` of them. */
  const nodeOf = (path: string, length: number): number => {
    let node = 0;
    for (let i = 0; i < length; i += 1) {
      const key = node * 128 + charKey(path.charCodeAt(i));
      const slot = edgeSlot(trie.edgeKeys, trie.shift, key);
      if (trie.edgeKeys[slot] === -1) {
        trie.edgeKeys[slot] = key;
        trie.edgeNodes[slot] = nodes++;
      }
      node = trie.edgeNodes[slot] as number;
    }
    return node;
  };
  for (const head of heads) {
    const fits = (p: string): boolean => (p.length < head.length ? head.startsWith(p) : p.startsWith(head));
    const tests: (RegExp | undefined)[] = [];
    parsed.forEach((list, family) => {
      const alts = list.filter(({ prefixes }) => prefixes.some(fits));
      if (alts.length > 0) tests[family] = new RegExp(`\\b(?:${alts.map(({ alt }) => alt).join('|')})\\b`, 'y');
    });
    trie.bucketAt[nodeOf(head, head.length)] = trie.buckets.length;
    trie.buckets.push({ tests });
  }
  parsed.forEach((list, family) => {
    for (const prefix of new Set(list.flatMap(({ prefixes }) => prefixes))) {
      let plain = 0;
      while (plain < prefix.length && charKey(prefix.charCodeAt(plain)) !== 127) plain += 1;
      const node = nodeOf(prefix, plain);
      if (plain === prefix.length) trie.ends[node] = (trie.ends[node] as number) | (1 << family);
      else trie.checks.set(node, [...(trie.checks.get(node) ?? []), [prefix, family]]);
    }
  });
  return trie;
};

/** A scanner for the given families' patterns (word patterns as described above, lower-case). */
export const wordScanner = (patterns: readonly { family: string; pattern: RegExp }[]): WordScanner => {
  const lists: string[] = [];
  const symbols: (RegExp | undefined)[] = [];
  const symbolChecks: (RegExp | undefined)[] = [];
  for (const { pattern } of patterns) {
    const source = pattern.source;
    const at = source.lastIndexOf(WORDS_START);
    if (at < 0 || !source.endsWith(')\\b')) throw new Error(`cue pattern: not a word list: ${source}`);
    lists.push(source.slice(at + WORDS_START.length, -3));
    symbols.push(at > 0 ? new RegExp(source.slice(0, at - 1), 'g') : undefined);
    symbolChecks.push(at > 0 ? symbolCheck(source.slice(0, at - 1)) : undefined);
  }
  const trie = trieFor(lists);
  const { edgeKeys, edgeNodes, ends: prefixEnds, bucketAt } = trie;
  // Per family: its count, and the end of its last match. Reused: count() runs to the end before it can run again.
  const ends = new Int32Array(patterns.length);
  const counts = new Int32Array(patterns.length);

  const { shift } = trie;
  const child = (node: number, c: number): number => {
    const key = node * 128 + c;
    const slot = edgeSlot(edgeKeys, shift, key);
    return edgeKeys[slot] === key ? (edgeNodes[slot] as number) : 0;
  };
  /** Children of the root and of its children in flat tables: most words leave the trie within two characters. */
  const depth1 = Int32Array.from({ length: 128 }, (_, c) => child(0, c));
  const depth2 = Int32Array.from({ length: 128 * 128 }, (_, i) => (depth1[i >> 7] === 0 ? 0 : child(depth1[i >> 7] as number, i & 127)));
  const hasChecks = trie.checks.size > 0;

  /** The families some prefix of which the text starts with at `p` (a bit each), and the bucket to try them by. */
  let bucket = -1;
  const familiesAt = (lower: string, p: number): number => {
    let found = 0;
    bucket = -1;
    const c0 = charKey(lower.charCodeAt(p));
    let node = depth1[c0] as number;
    for (let d = 0; node !== 0; d += 1) {
      found |= prefixEnds[node] as number;
      if (d < KEY_CHARS && (bucketAt[node] as number) >= 0) bucket = bucketAt[node] as number;
      const checks = hasChecks ? trie.checks.get(node) : undefined;
      if (checks !== undefined) for (const [prefix, family] of checks) if (lower.startsWith(prefix, p)) found |= 1 << family;
      if (p + d + 1 >= lower.length) break;
      const c = charKey(lower.charCodeAt(p + d + 1));
      node = d === 0 ? (depth2[c0 * 128 + c] as number) : child(node, c);
    }
    return found;
  };

  return {
    count(lower, out) {
      ends.fill(0);
      counts.fill(0);
      let wasWord = false;
      for (let p = 0; p < lower.length; p += 1) {
        const word = isWordChar(lower.charCodeAt(p));
        const start = word && !wasWord;
        wasWord = word;
        if (!start) continue;
        const found = familiesAt(lower, p);
        if (found === 0) continue;
        const tests = (trie.buckets[bucket] as Bucket).tests;
        for (let rest = found; rest !== 0; rest &= rest - 1) {
          const i = 31 - Math.clz32(rest & -rest);
          if (counts[i] === CAP || p < (ends[i] as number)) continue;
          const re = tests[i] as RegExp;
          re.lastIndex = p;
          if (re.test(lower)) {
            counts[i] += 1;
            ends[i] = re.lastIndex;
          }
        }
      }
      for (let i = 0; i < patterns.length; i += 1) {
        let n = counts[i] as number;
        const re = symbols[i];
        // Most texts hold none of the characters a maths symbol needs: one quick test instead of a scan.
        if (re !== undefined && symbolChecks[i]?.test(lower) !== false) {
          re.lastIndex = 0;
          while (n < CAP && re.exec(lower) !== null) n += 1;
        }
        out[(patterns[i] as { family: string }).family] = n;
      }
    },
  };
};
