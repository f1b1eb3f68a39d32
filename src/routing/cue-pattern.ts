/**
 * Reading a cue pattern's source (`cue-scan.ts`): its top-level alternatives, the literal words a word alternative
 * starts with, and the characters every match of a symbol alternative needs.
 */

/** `\b` is ASCII: a word character is [A-Za-z0-9_]. */
export const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);

/** Skips a character class (`[...]`, whose parentheses are literal): the index of its `]`. */
const classEnd = (source: string, open: number): number => {
  let i = open + 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i;
};

/** Splits a regex fragment at its top-level `|`. */
export const alternatives = (source: string): string[] => {
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
export const prefixesOf = (alt: string): string[] => {
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

const QUANTIFIER = /^(?:[*+?]|\{\d*,?\d*\})\??/;

/**
 * A character that every match of `alt` contains, and that is no word character (a maths symbol, a backslash):
 * the first top-level atom that is such a literal or a class of such characters, and is not optional. Undefined
 * when there is none (a group, a class with word characters and the like are stepped over).
 */
const symbolsOf = (alt: string): string[] | undefined => {
  for (let i = 0; i < alt.length; ) {
    let end = i;
    let chars: string[] | undefined;
    const c = alt[i] as string;
    if (c === '(') end = closingParen(alt, i);
    else if (c === '[') {
      end = classEnd(alt, i);
      const body = alt.slice(i + 1, end);
      // A plain list of characters: no negation, range or escape.
      if (!/^\^|-|\\/.test(body) && ![...body].some((x) => isWordChar(x.charCodeAt(0)))) chars = [...body];
    } else if (c === '\\') {
      end = i + 1;
      const e = alt[end] ?? '';
      if (!/[a-zA-Z0-9]/.test(e) && !isWordChar(e.charCodeAt(0))) chars = [e];
    } else if (!'.^$'.includes(c) && !isWordChar(c.charCodeAt(0))) chars = [c];
    const quantifier = QUANTIFIER.exec(alt.slice(end + 1))?.[0] ?? '';
    // Optional (?, *, {0,...}): not needed. One or more (+, {2}): needed.
    if (quantifier !== '' && !/^(?:\+|\{[1-9])/.test(quantifier)) chars = undefined;
    if (chars !== undefined) return chars;
    i = end + 1 + quantifier.length;
  }
  return undefined;
};

/** A quick test that a text holds one of the characters every match of `source` needs; undefined when it cannot tell. */
export const symbolCheck = (source: string): RegExp | undefined => {
  const needed = alternatives(source).map(symbolsOf);
  if (needed.some((x) => x === undefined)) return undefined;
  const chars = [...new Set(needed.flat() as string[])];
  return new RegExp(`[${chars.map((x) => (/[\\\]^-]/.test(x) ? `\\${x}` : x)).join('')}]`);
};
