import { stringifyOrUndefined, sumOverJson } from '../messages/bounded-json.js';
import { peek } from '../messages/deferred-strings.js';
import { LongString } from '../messages/long-strings.js';
import { RepeatedTexts, RepeatedTools } from './estimate-memo.js';
import type { MessagesBody } from '../messages/schema.js';

/**
 * The admission estimate of a request's input tokens: one pass over the characters, no vocabulary.
 * It only has to be close: ITPM is corrected with the upstream's real count when the answer ends.
 * Error against the simulator's tokenizer: see README.md.
 *
 * Text: BPE vocabularies hold most words whole, so a run of letters costs about one token, more when
 * it is long; digits go about three to a token, punctuation about one per mark, CJK a little under
 * one per character. Structure costs what Anthropic's own framing does (per message, per block).
 */

const PER_REQUEST = 3;
const PER_MESSAGE = 3;
const PER_BLOCK = 4;
const PER_TOOL = 3;
/** Anthropic's hidden tool-use system prompt, added whenever tools are given. */
const TOOL_PROMPT = 346;
/** An image costs (width x height) / 750 tokens, at most about 1600 after Anthropic's resizing. */
const IMAGE = 1600;
const PDF_PAGE = 2000;
const PDF_BYTES_PER_PAGE = 50_000;
const DOCUMENT = 3000;

const WORD = 1;
const DIGITS = 2;
const PUNCT = 3;

/** Tokens of a run of `length` letters, digits or punctuation marks. */
function runTokens(kind: number, length: number): number {
  if (kind === WORD) return length <= 4 ? 1 : length <= 8 ? 1.05 : 1.2 + (length - 8) * 0.15;
  if (kind === DIGITS) return Math.ceil(length / 3);
  return kind === PUNCT ? 1 + (length - 1) * 0.3 : 0;
}

/**
 * System prompts and tool definitions repeat from request to request, and looking one up costs a fraction of
 * counting it: those are remembered (estimate-memo.ts). Conversation text is not (it is the callers' data, and
 * mostly new).
 */
const MEMO_MIN_CHARS = 64;
const repeatedTexts = new RepeatedTexts(MEMO_MIN_CHARS, (text) => estimateText(text));
const repeatedTools = new RepeatedTools();
const estimateRepeatedText = (text: string): number => repeatedTexts.tokens(text);

/** A tool definition's tokens: those of its JSON text (a definition nested too deeply to serialise, by a walk). */
function toolTokens(tool: unknown): number {
  const known = repeatedTools.known(tool);
  if (known !== undefined) return known;
  const text = stringifyOrUndefined(tool);
  if (text === undefined) return sumOverJson(tool, textTokens);
  const tokens = estimateRepeatedText(text);
  repeatedTools.remember(tool, text.length, tokens);
  return tokens;
}

/** Tokens of a piece of text, by character classes: one run of a class at a time (no closures: it is hot). */
export function estimateText(text: string): number {
  let tokens = 0;
  let kind = 0;
  let run = 0;
  let newlines = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let next: number;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      // camelCase and PascalCase split into pieces
      next = kind === WORD && c <= 90 && text.charCodeAt(i - 1) >= 97 ? -WORD : WORD;
    } else if (c >= 48 && c <= 57) next = DIGITS;
    else if (c < 128 && c !== 32 && c !== 9 && c !== 10 && c !== 13) next = PUNCT;
    else next = 0;
    if (next === kind && next !== 0) {
      run++;
      continue;
    }
    tokens += runTokens(kind, run);
    if (next !== 0) {
      kind = Math.abs(next);
      run = 1;
      continue;
    }
    kind = 0;
    run = 0;
    if (c === 10) newlines++;
    else if (c === 9) tokens++;
    else if (c === 32) {
      if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i - 2) !== 32) tokens++; // indentation
    } else if (c >= 0xd800 && c <= 0xdbff) {
      tokens += 2.5; // emoji and rare scripts
      i++;
    } else if (c !== 13) tokens += c >= 0xc0 && c <= 0x52f ? 0.55 : c >= 0x3000 && c <= 0x9fff ? 0.85 : 1;
  }
  return Math.round(tokens + runTokens(kind, run) + newlines / 3);
}

/**
 * Bounded time on big bodies: the first EXACT_CHARS characters of a request are read exactly; past them, a
 * text is counted from samples of it (its start, middle and end) scaled to its length, and a short one by
 * the request's tokens per character so far. A 1 MB prompt then costs about what 100 kB did.
 */
const EXACT_CHARS = 100_000;
const SAMPLE_CHARS = 2_048;
const SAMPLES = 3;
/** Before anything was read exactly: about four characters a token. */
const DEFAULT_TOKENS_PER_CHAR = 0.25;
/** What the current estimate may still read exactly, and what it read (estimates are synchronous: one at a time). */
let exactCharsLeft = EXACT_CHARS;
let readChars = 0;
let readTokens = 0;

function textTokens(text: string): number {
  if (text.length <= exactCharsLeft) {
    exactCharsLeft -= text.length;
    return counted(text.length, estimateText(text));
  }
  if (text.length <= SAMPLE_CHARS * SAMPLES) {
    exactCharsLeft = 0;
    const ratio = readChars > 0 ? readTokens / readChars : DEFAULT_TOKENS_PER_CHAR;
    return Math.ceil(text.length * ratio);
  }
  return sampledTokens(text.length, (start) => ({ text: text.slice(start, start + SAMPLE_CHARS), size: SAMPLE_CHARS }));
}

/** Tokens of a text of `length` (characters, or bytes) from SAMPLES samples of it, each `size` long in that unit, scaled. */
function sampledTokens(length: number, sampleAt: (offset: number) => { readonly text: string; readonly size: number }): number {
  exactCharsLeft = 0;
  let size = 0;
  let tokens = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const sample = sampleAt(Math.floor(((length - SAMPLE_CHARS) * i) / (SAMPLES - 1)));
    tokens += counted(sample.text.length, estimateText(sample.text));
    size += sample.size;
  }
  return Math.ceil((tokens / size) * length);
}

/**
 * Tokens of the text at `holder[key]`. A long string a large body's parse left undecoded (long-strings.ts) and
 * past what is read exactly is sampled from its bytes and scaled to its byte length: it is never decoded whole.
 */
function textAt(holder: Obj, key: string): number {
  const value = peek(holder, key);
  if (value instanceof LongString && value.bytes > exactCharsLeft) return sampledTokens(value.bytes, (offset) => value.sample(offset, SAMPLE_CHARS));
  return textTokens(str(holder[key]));
}

function counted(chars: number, tokens: number): number {
  readChars += chars;
  readTokens += tokens;
  return tokens;
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** Tokens of a JSON value as its text; one nested too deeply to serialise is measured by an iterative walk. */
function jsonTokens(v: unknown): number {
  if (v === undefined) return 0;
  const text = stringifyOrUndefined(v);
  return text === undefined ? sumOverJson(v, textTokens) : textTokens(text);
}

function blockTokens(block: unknown, lastTurn: boolean, depth: number): number {
  if (typeof block === 'string') return textTokens(block);
  if (!isObj(block)) return 0;
  switch (block.type) {
    case 'text':
      return textAt(block, 'text');
    case 'image':
      return IMAGE;
    case 'document':
      return PER_BLOCK + documentTokens(block.source, depth) + textTokens(str(block.title)) + textTokens(str(block.context));
    case 'tool_use':
    case 'server_tool_use':
      return PER_BLOCK + textTokens(str(block.name)) + jsonTokens(block.input);
    case 'tool_result':
      return PER_BLOCK + (Array.isArray(peek(block, 'content')) ? nestedTokens(block.content as unknown[], lastTurn, depth) : textAt(block, 'content'));
    case 'thinking': // thinking of earlier turns is dropped from the prompt upstream
      return lastTurn ? textTokens(str(block.thinking)) : 0;
    case 'redacted_thinking':
      return lastTurn ? Math.ceil(str(block.data).length / 5) : 0;
    default:
      return PER_BLOCK + jsonTokens(block);
  }
}

function documentTokens(source: unknown, depth: number): number {
  if (!isObj(source)) return DOCUMENT;
  if (source.type === 'text') return textAt(source, 'data');
  if (source.type === 'content' && Array.isArray(source.content)) return nestedTokens(source.content, true, depth);
  if (source.type === 'base64') return Math.max(1, Math.round((str(source.data).length * 0.75) / PDF_BYTES_PER_PAGE)) * PDF_PAGE;
  return DOCUMENT;
}

function listTokens(blocks: readonly unknown[], lastTurn: boolean, depth = 0): number {
  let total = 0;
  for (const block of blocks) total += blockTokens(block, lastTurn, depth);
  return total;
}

/** Blocks nested in a block (tool results, documents); past MAX_NESTING measured as JSON, whose walk cannot overflow the stack. */
const MAX_NESTING = 32;
const nestedTokens = (blocks: readonly unknown[], lastTurn: boolean, depth: number): number =>
  depth < MAX_NESTING ? listTokens(blocks, lastTurn, depth + 1) : jsonTokens(blocks);

/** Estimated input tokens of a Messages request: system, messages, tools, with framing. */
export function estimateInputTokens(body: MessagesBody): number {
  exactCharsLeft = EXACT_CHARS;
  readChars = 0;
  readTokens = 0;
  let total = PER_REQUEST;
  const tools = body.tools ?? [];
  if (tools.length > 0) total += TOOL_PROMPT;
  for (const tool of tools) total += PER_TOOL + toolTokens(tool);
  if (typeof body.system === 'string') total += body.system.length > 0 ? 1 + estimateRepeatedText(body.system) : 0;
  else if (Array.isArray(body.system)) total += (body.system.length > 0 ? 1 : 0) + listTokens(body.system, true);
  body.messages.forEach((message, index) => {
    const lastTurn = index >= body.messages.length - 2;
    total += PER_MESSAGE;
    const content = peek(message, 'content');
    total += Array.isArray(content) ? listTokens(content, lastTurn) : textAt(message, 'content');
  });
  return total;
}
