import { OUTPUT_WORDS } from './words.js';

/** A piece of a streamed block and the output tokens it stands for (pacing uses them). */
export interface Chunk {
  readonly text: string;
  readonly tokens: number;
}

const capital = (w: string): string => w[0].toUpperCase() + w.slice(1);
const SPACED = OUTPUT_WORDS.map((w) => ` ${w}`);
const CAPITAL = OUTPUT_WORDS.map(capital);
const CAPITAL_SPACED = CAPITAL.map((w) => ` ${w}`);

/**
 * Exactly `n` tokens of deterministic prose: words from a fixed list (one token each) in
 * sentences of 6 to 15 tokens, each ending with "." (one token). The last token is "." too.
 */
export function wordTokens(rng: () => number, n: number): string[] {
  const out: string[] = new Array<string>(n);
  let left = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && (k === n - 1 || left === 1)) {
      out[k] = '.';
      left = 0;
      continue;
    }
    const w = (rng() * OUTPUT_WORDS.length) | 0;
    if (left === 0) {
      left = 6 + ((rng() * 10) | 0);
      out[k] = k === 0 ? CAPITAL[w] : CAPITAL_SPACED[w];
    } else {
      out[k] = SPACED[w];
    }
    left--;
  }
  return out;
}

/** Groups tokens into stream deltas of `min` to `max` tokens each. */
export function chunkTokens(tokens: readonly string[], rng: () => number, min: number, max: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < tokens.length; ) {
    const size = Math.min(tokens.length - i, min + ((rng() * (max - min + 1)) | 0));
    let text = tokens[i];
    for (let j = 1; j < size; j++) text += tokens[i + j];
    chunks.push({ text, tokens: size });
    i += size;
  }
  return chunks;
}

/** Splits a string into pieces of `min` to `max` characters (tool input JSON). */
export function chunkString(s: string, rng: () => number, min: number, max: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < s.length; ) {
    const size = min + ((rng() * (max - min + 1)) | 0);
    const text = s.slice(i, i + size);
    chunks.push({ text, tokens: Math.max(1, Math.round(text.length / 4)) });
    i += size;
  }
  return chunks;
}

export interface Stopped {
  readonly tokens: readonly string[];
  /** Output tokens billed: the kept ones, plus the one that produced the stop sequence. */
  readonly outputTokens: number;
  readonly sequence: string | null;
}

/** Cuts the text before the earliest of `stops`, as upstream does (the sequence itself is not returned). */
export function applyStopSequences(tokens: readonly string[], stops: readonly string[]): Stopped {
  if (stops.length === 0) return { tokens, outputTokens: tokens.length, sequence: null };
  const text = tokens.join('');
  let at = -1;
  let sequence: string | null = null;
  for (const s of stops) {
    if (s.length === 0) continue;
    const i = text.indexOf(s);
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      sequence = s;
    }
  }
  if (at < 0) return { tokens, outputTokens: tokens.length, sequence: null };
  const stopEnd = at + (sequence?.length ?? 0);
  const kept: string[] = [];
  let end = 0;
  let billed = tokens.length;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (end + t.length <= at) kept.push(t);
    else if (end < at) kept.push(t.slice(0, at - end));
    end += t.length;
    if (end >= stopEnd) {
      billed = k + 1;
      break;
    }
  }
  return { tokens: kept, outputTokens: billed, sequence };
}
