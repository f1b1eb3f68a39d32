/**
 * Counting a family's cue words without scanning the text once per family. A family's pattern is
 * `\b(?:alternatives)\b`, optionally after a few non-word alternatives (maths symbols). Each alternative
 * starts with a literal prefix ("design", "race condition", "c++"); the text is walked once, and at each word
 * start only the families whose prefixes begin there are tried (a sticky regex at that position).
 * Counts equal those of one global scan per family: a family's next match is its first match starting at or
 * after the end of its previous one, and every match starts at a word start that one of its prefixes begins.
 */

const CAP = 8;
/** `\b` is ASCII: a word character is [A-Za-z0-9_]. */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
/** A prefix is looked up by its first two characters (one-character prefixes under their one). */
const keyAt = (text: string, at: number, length: number): number => text.charCodeAt(at) * 65_536 + (length > 1 ? text.charCodeAt(at + 1) : 0);
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


/** The families (bit mask) whose prefixes in `list` begin at `at`. */
const matching = (list: readonly [string, number][] | undefined, text: string, at: number): number => {
  let mask = 0;
  if (list !== undefined) for (const [prefix, families] of list) if (text.startsWith(prefix, at)) mask |= families;
  return mask;
};

export interface WordScanner {
  /** Adds each family's match count (capped) to `out`, reading lower-cased text. */
  count(lower: string, out: Record<string, number>): void;
}

/** A scanner for the given families' patterns (word patterns as described above, lower-case). */
export const wordScanner = (patterns: readonly { family: string; pattern: RegExp }[]): WordScanner => {
  const sticky: RegExp[] = [];
  const symbols: (RegExp | undefined)[] = [];
  /** By the first two characters of a prefix: [prefix, bit mask of the families it starts]. */
  const byStart = new Map<number, [string, number][]>();
  patterns.forEach(({ pattern }, i) => {
    const source = pattern.source;
    const at = source.lastIndexOf(WORDS_START);
    if (at < 0 || !source.endsWith(')\\b')) throw new Error(`cue pattern: not a word list: ${source}`);
    sticky.push(new RegExp(source.slice(at), 'y'));
    symbols.push(at > 0 ? new RegExp(source.slice(0, at - 1), 'g') : undefined);
    for (const prefix of alternatives(source.slice(at + WORDS_START.length, -3)).flatMap(prefixesOf)) {
      const key = keyAt(prefix, 0, prefix.length);
      const list = byStart.get(key) ?? [];
      const entry = list.find(([p]) => p === prefix);
      if (entry) entry[1] |= 1 << i;
      else list.push([prefix, 1 << i]);
      byStart.set(key, list);
    }
  });
  const oneChar = [...byStart.keys()].some((k) => k % 65_536 === 0);

  return {
    count(lower, out) {
      const ends = new Int32Array(patterns.length);
      const counts = new Int32Array(patterns.length);
      let wasWord = false;
      for (let p = 0; p < lower.length; p += 1) {
        const word = isWordChar(lower.charCodeAt(p));
        const start = word && !wasWord;
        wasWord = word;
        if (!start) continue;
        let mask = matching(byStart.get(keyAt(lower, p, 2)), lower, p);
        if (oneChar) mask |= matching(byStart.get(keyAt(lower, p, 1)), lower, p);
        if (mask === 0) continue;
        for (let i = 0; mask !== 0; i += 1, mask >>>= 1) {
          if ((mask & 1) === 0 || counts[i] === CAP || p < (ends[i] as number)) continue;
          const re = sticky[i] as RegExp;
          re.lastIndex = p;
          if (re.test(lower)) {
            counts[i] += 1;
            ends[i] = re.lastIndex;
          }
        }
      }
      patterns.forEach(({ family }, i) => {
        let n = counts[i] as number;
        const re = symbols[i];
        if (re !== undefined) {
          re.lastIndex = 0;
          while (n < CAP && re.exec(lower) !== null) n += 1;
        }
        out[family] = n;
      });
    },
  };
};
