/**
 * Script, language and length of a text, from its characters alone: no model, no allocation.
 * Length is in estimated tokens, because a Japanese paragraph of 120 characters carries as
 * much as an English one of 400 (text without spaces must not read as "short").
 */

export interface TextShape {
  /** Estimated tokens (Claude-like tokenizers: about 4 Latin characters or 1 to 1.5 CJK characters a token). */
  tokens: number;
  /** Whether the text reads as English (or is too short or symbolic to say otherwise). */
  english: boolean;
  /** The dominant non-Latin script, if any: 'cjk', 'hangul', 'cyrillic', 'arabic', 'indic', 'other'. */
  script: string;
}

/** Characters per token by script, from typical tokenizer behaviour. */
const CHARS_PER_TOKEN = { latin: 4, cjk: 1.1, hangul: 1.6, cyrillic: 3, arabic: 2.5, indic: 2.2, other: 2.5 } as const;
type Script = keyof typeof CHARS_PER_TOKEN;

/** The scripts in a fixed order, counted by index (the order of CHARS_PER_TOKEN, in which tokens are summed). */
const SCRIPTS = Object.keys(CHARS_PER_TOKEN) as Script[];
const PER_TOKEN = SCRIPTS.map((s) => CHARS_PER_TOKEN[s]);
const [LATIN, CJK, HANGUL, CYRILLIC, ARABIC, INDIC, OTHER] = SCRIPTS.map((_, i) => i) as [number, number, number, number, number, number, number];

const scriptOf = (c: number): number => {
  if (c < 0x250) return LATIN;
  if (c >= 0x400 && c < 0x530) return CYRILLIC;
  if (c >= 0x600 && c < 0x700) return ARABIC;
  if (c >= 0x900 && c < 0xe00) return INDIC;
  if ((c >= 0x3040 && c < 0x3100) || (c >= 0x3400 && c < 0xa000) || (c >= 0xf900 && c < 0xfb00)) return CJK;
  if ((c >= 0xac00 && c < 0xd7b0) || (c >= 0x1100 && c < 0x1200)) return HANGUL;
  if (c >= 0x1e00 && c < 0x1f00) return LATIN; // Latin Extended Additional (Vietnamese)
  return OTHER;
};

/**
 * Function words that make up a large share of any English sentence and rarely appear in
 * other Latin-script languages ("a", "in", "is" are shared with some and left out).
 */
const ENGLISH_WORDS = 'the and of to that for with this what how you your are be it my our we can on from which why when there their have has was were will would should does do not an or as by if me who whom whose where been being into than then them they these those about after could some only any but'.split(' ');
/** Function words of other Latin-script languages, absent from English. */
const FOREIGN_WORDS = (
  'el la los las del por para que una con como es ist und der die das nicht ein eine zu mit für le les des du et est une pour dans sur avec qui ce il pas ' +
  'um não uma com os da do em por são il di che non della nel nella gli questo questa anche per sono het een van zijn niet voor op ik je jest nie się że ve bir bu için ile yeni daha gibi và của có là không những được cho ' +
  // More of the commonest short words, so that a short question ("Gibt es unendlich viele ...?") shows its language too
  // (none that a unit, a locale, code or an English word could be: Mi, en, de, ci, hat, det, ini ...).
  'gibt viele sind wie wir ich auf auch oder aber kann wenn noch nur bei nach über mein wird haben habe je nous vous mais sont avant cette leur ont elle ils ' +
  'hay pero muy más este esta sus tiene puedo hacer mio mais tem você seu sua isso às czy jak są dla przez może wat maar ook dat och att är som på inte jag hur vad har ' +
  'yang dari itu untuk dengan tidak saya kami že jsem není'
).split(' ');

const ENGLISH = 1;
const FOREIGN = 2;
/** A word's hash: its length and characters, so that a word is looked up without slicing it out of the text. */
const wordHash = (text: string, start: number, end: number): number => {
  let h = end - start;
  for (let i = start; i < end; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
};
/**
 * The function words in an open-addressed table of their hashes (a typed array, looked up without allocating);
 * a word found by hash is compared in full. English words come first, so a word in both lists is English.
 */
const TABLE_BITS = 10;
const tableWords: string[] = [];
const tableKinds: number[] = [];
const tableHashes: number[] = [];
const slots = new Int16Array(1 << TABLE_BITS).fill(-1);
for (const [list, kind] of [
  [ENGLISH_WORDS, ENGLISH],
  [FOREIGN_WORDS, FOREIGN],
] as const) {
  for (const word of list) {
    if (tableWords.includes(word)) continue;
    const h = wordHash(word, 0, word.length);
    let slot = h & (slots.length - 1);
    while ((slots[slot] as number) >= 0) slot = (slot + 1) & (slots.length - 1);
    slots[slot] = tableWords.length;
    tableWords.push(word);
    tableKinds.push(kind);
    tableHashes.push(h);
  }
}
/** ENGLISH, FOREIGN or 0 for the word text[start, end). */
const functionWord = (text: string, start: number, end: number): number => {
  const h = wordHash(text, start, end);
  for (let slot = h & (slots.length - 1); ; slot = (slot + 1) & (slots.length - 1)) {
    const k = slots[slot] as number;
    if (k < 0) return 0;
    const word = tableWords[k] as string;
    if (tableHashes[k] === h && word.length === end - start && text.startsWith(word, start)) return tableKinds[k] as number;
  }
};

/** Enough for a sentence or two: language and script show early, and this runs on every ask. */
const SCAN_CHARS = 320;

/** Reads the first SCAN_CHARS characters for script and language, and the whole length for tokens. */
export const textShape = (text: string): TextShape => {
  const n = Math.min(text.length, SCAN_CHARS);
  const counts = new Int32Array(SCRIPTS.length);
  let english = 0;
  let foreign = 0;
  let accented = 0;
  let words = 0;
  let longWords = 0;
  let vowelEnds = 0;
  // Lower-cased once; words are looked up in it only when short enough to be function words (6 letters at most) (a rare
  // character whose lower case is longer, such as U+0130, shifts the words after it: harmless here).
  const lowerText = text.slice(0, n).toLowerCase();
  let start = -1;
  // One step past the end, as a space: it ends the last word. No closure, so the counters stay in registers.
  for (let i = 0; i <= n; i += 1) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const isLetter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c < 0x1f00);
    if (isLetter) {
      counts[LATIN] += 1;
      if (c >= 0xc0) accented += 1;
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const length = i - start;
      words += 1;
      if (length <= 6) {
        const kind = functionWord(lowerText, start, i);
        if (kind === ENGLISH) english += 1;
        else if (kind === FOREIGN) foreign += 1;
      }
      if (length >= 3) {
        longWords += 1;
        const last = lowerText.charCodeAt(i - 1);
        if (last === 97 || last === 105 || last === 111) vowelEnds += 1;
      }
      start = -1;
    }
    if (c >= 0x250) counts[scriptOf(c)] += 1;
  }
  let top = OTHER;
  for (const s of [CJK, HANGUL, CYRILLIC, ARABIC, INDIC]) if ((counts[s] as number) > (counts[top] as number)) top = s;
  // Tokens: the scanned mix of scripts, extrapolated to the whole text.
  let letters = 0;
  let tokens = 0;
  for (let s = 0; s < SCRIPTS.length; s += 1) {
    letters += counts[s] as number;
    tokens += (counts[s] as number) / (PER_TOKEN[s] as number);
  }
  const perChar = letters > 0 ? tokens / letters : 1 / CHARS_PER_TOKEN.latin;
  // Another script for a fifth of the letters (identifiers and code stay Latin in any language), or
  // more function words of other Latin-script languages than of English.
  const otherScript = letters - (counts[LATIN] as number) >= 0.2 * letters;
  // Without function words to go by: Romance words end in a, i or o far more often than English ones.
  const romance = english <= 1 && longWords >= 4 && vowelEnds >= 0.35 * longWords;
  // Accented letters and almost no English function words (English prose has them in about one word of five).
  const accentedOnly = longWords >= 4 && accented >= 2 && english <= 0.12 * words;
  const latinForeign = (foreign >= 2 && foreign > english) || (foreign >= 2 && english === foreign && accented > 0) || romance || accentedOnly;
  const isEnglish = !otherScript && !latinForeign;
  return { tokens: Math.round(text.length * perChar), english: isEnglish, script: otherScript ? (SCRIPTS[top] as Script) : '' };
};
