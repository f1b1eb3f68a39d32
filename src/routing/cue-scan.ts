/**
 * Counting a family's cue words without scanning the text once per family. A family's pattern is
 * `\b(?:alternatives)\b`, optionally after a few non-word alternatives (maths symbols). Each alternative
 * starts with a literal prefix ("design", "race condition", "c++"); the text is walked once, and at each word
 * start the prefixes sharing its first three letters are checked, and only the families whose prefixes begin
 * there are tried (a sticky regex of just their fitting alternatives, at that position).
 * Counts equal those of one global scan per family: a family's next match is its first match starting at or
 * after the end of its previous one, and every match starts at a word start that one of its prefixes begins.
 */

const CAP = 8;
/** `\b` is ASCII: a word character is [A-Za-z0-9_]. */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
/**
 * Words are looked up by their first KEY_CHARS characters (fewer when a prefix is shorter), packed in a small
 * integer. Prefixes are ASCII: any other character packs as 127, which no prefix has.
 */
const KEY_CHARS = 3;
const keyOf = (text: string, at: number, length: number): number => {
  let key = 0;
  for (let i = 0; i < KEY_CHARS; i += 1) key = key * 128 + (i < length ? Math.min(text.charCodeAt(at + i) || 0, 127) : 0);
  return key;
};
const WORDS_START = '\\b(?:';

/** Skips a character class (`[...]`, whose parentheses are literal): the index of its `]`. */
const classEnd = (source: string, open: number): number => {
  let i = open + 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i;
};

/** Splits a regex fragment at its top-level `|`. */
const alternatives = (source: string): string[] => {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
};

const closingParen = (source: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === '[') i = classEnd(source, i);
    else if (source[i] === '(') depth += 1;
    else if (source[i] === ')' && (depth -= 1) === 0) return i;
  }
  throw new Error(`cue pattern: unbalanced group in ${source}`);
};

/** The literal texts one of which every match of `alt` starts with. */
const prefixesOf = (alt: string): string[] => {
  if (alt.startsWith('(?:')) {
    const end = closingParen(alt, 0);
    if (alt[end + 1] === '?' || alt[end + 1] === '*') throw new Error(`cue pattern: optional leading group in ${alt}`);
    return alternatives(alt.slice(3, end)).flatMap(prefixesOf);
  }
  if (alt === '\\d') return [...'0123456789'];
  let out = '';
  for (let i = 0; i < alt.length; i += 1) {
    let c = alt[i] as string;
    if (c === '\\') {
      c = alt[i + 1] ?? '';
      if (/[a-zA-Z]/.test(c)) break; // \w, \d, \b, \s: not a literal
      i += 1;
    } else if ('([.|'.includes(c)) break;
    const next = alt[i + 1];
    if (next === '?' || next === '*' || next === '{') break;
    out += c;
    if (next === '+') break;
  }
  if (out === '' || !isWordChar(out.charCodeAt(0))) throw new Error(`cue pattern: no literal prefix in ${alt}`);
  return [out];
};

export interface WordScanner {
  /** Sets each family's match count (capped) in `out`, reading lower-cased text. */
  count(lower: string, out: Record<string, number>): void;
}

/** Words that begin with one key: which families to try there, and how. */
interface Bucket {
  /** The prefixes that fit the key (start with it, or it starts with them), and the family of each. */
  prefixes: string[];
  families: Int32Array;
  /** Per family: its pattern cut to the alternatives whose prefixes fit the key (same order, so the same match). */
  tests: (RegExp | undefined)[];
}

/**
 * The keys as a trie over their characters (ASCII; any other character is 127, as in keyOf): the child of node n by
 * character c is next[n * 128 + c] (0 for none: the root is nobody's child), and the bucket of the key ending at a
 * node is bucketAt[node] (-1 for none). Looking a word up reads at most KEY_CHARS entries, and finds the longest key.
 */
interface KeyTrie {
  next: Int32Array;
  bucketAt: Int32Array;
  buckets: Bucket[];
}

/**
 * A bucket per key of KEY_CHARS characters that some prefix starts with, and per shorter prefix. At a word start
 * the longest key with a bucket is used: every alternative that can match there has a prefix fitting that key.
 */
const trieFor = (lists: readonly string[]): KeyTrie => {
  const parsed = lists.map((list) => alternatives(list).map((alt) => ({ alt, prefixes: prefixesOf(alt) })));
  const keys = new Map<number, string>();
  for (const { prefixes } of parsed.flat()) for (const p of prefixes) keys.set(keyOf(p, 0, Math.min(p.length, KEY_CHARS)), p.slice(0, KEY_CHARS));
  const heads = [...keys.values()];
  const nodes = 1 + heads.reduce((n, head) => n + head.length, 0);
  const trie: KeyTrie = { next: new Int32Array(nodes * 128), bucketAt: new Int32Array(nodes).fill(-1), buckets: [] };
  let used = 1;
  for (const head of heads) {
    const fits = (p: string): boolean => (p.length < head.length ? head.startsWith(p) : p.startsWith(head));
    const prefixes: string[] = [];
    const families: number[] = [];
    const tests: (RegExp | undefined)[] = [];
    parsed.forEach((list, family) => {
      const alts = list.filter(({ prefixes }) => prefixes.some(fits));
      if (alts.length === 0) return;
      tests[family] = new RegExp(`\\b(?:${alts.map(({ alt }) => alt).join('|')})\\b`, 'y');
      for (const p of new Set(alts.flatMap(({ prefixes }) => prefixes.filter(fits)))) {
        prefixes.push(p);
        families.push(family);
      }
    });
    let node = 0;
    for (let i = 0; i < head.length; i += 1) {
      const slot = node * 128 + Math.min(head.charCodeAt(i), 127);
      if (trie.next[slot] === 0) trie.next[slot] = used++;
      node = trie.next[slot] as number;
    }
    trie.bucketAt[node] = trie.buckets.length;
    trie.buckets.push({ prefixes, families: Int32Array.from(families), tests });
  }
  return trie;
};

/** The bucket of the longest key that the text at `at` starts with; undefined if none. */
const bucketAt = (trie: KeyTrie, text: string, at: number): Bucket | undefined => {
  let node = 0;
  let found = -1;
  for (let i = 0; i < KEY_CHARS; i += 1) {
    const c = text.charCodeAt(at + i);
    // A character 0 or past the end ends the key (keyOf pads with 0, which no prefix holds).
    if (!(c > 0)) break;
    node = trie.next[node * 128 + (c < 127 ? c : 127)] as number;
    if (node === 0) break;
    const b = trie.bucketAt[node] as number;
    if (b >= 0) found = b;
  }
  return found < 0 ? undefined : trie.buckets[found];
};

/** A scanner for the given families' patterns (word patterns as described above, lower-case). */
export const wordScanner = (patterns: readonly { family: string; pattern: RegExp }[]): WordScanner => {
  const lists: string[] = [];
  const symbols: (RegExp | undefined)[] = [];
  for (const { pattern } of patterns) {
    const source = pattern.source;
    const at = source.lastIndexOf(WORDS_START);
    if (at < 0 || !source.endsWith(')\\b')) throw new Error(`cue pattern: not a word list: ${source}`);
    lists.push(source.slice(at + WORDS_START.length, -3));
    symbols.push(at > 0 ? new RegExp(source.slice(0, at - 1), 'g') : undefined);
  }
  const trie = trieFor(lists);
  // Per family: its count, and the end of its last match. Reused: count() runs to the end before it can run again.
  const ends = new Int32Array(patterns.length);
  const counts = new Int32Array(patterns.length);

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
        const bucket = bucketAt(trie, lower, p);
        if (bucket === undefined) continue;
        const { prefixes, families } = bucket;
        let tried = 0;
        for (let k = 0; k < prefixes.length; k += 1) {
          const i = families[k] as number;
          const bit = 1 << i;
          if ((tried & bit) !== 0 || !lower.startsWith(prefixes[k] as string, p)) continue;
          tried |= bit;
          if (counts[i] === CAP || p < (ends[i] as number)) continue;
          const re = bucket.tests[i] as RegExp;
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
        if (re !== undefined) {
          re.lastIndex = 0;
          while (n < CAP && re.exec(lower) !== null) n += 1;
        }
        out[(patterns[i] as { family: string }).family] = n;
      }
    },
  };
};
