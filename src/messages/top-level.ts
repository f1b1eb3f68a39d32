/** Offsets of a JSON value in the body text: `start` inclusive, `end` exclusive (quotes included). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TopLevel {
  /** The first top-level key that appears twice, if any (keys compared after unescaping). */
  readonly duplicate: string | undefined;
  /** Where the top-level `model` string value sits, if `model` is a string. */
  readonly model: Span | undefined;
  /** Whether a string `"file_id"` (escaped or not) appears at any depth: when not, the body cites no file. */
  readonly namesFileIds: boolean;
}

const QUOTE = 0x22;
const COLON = 0x3a;
const BACKSLASH = 0x5c;

/**
 * One pass over a valid JSON object's text, reading its top-level keys. Iterative, so nesting depth
 * costs nothing; strings are skipped with `indexOf`. (A plain charCode loop rather than a regex finding
 * the next structural character: docs/performance-rules.md.)
 * JSON.parse keeps the last of two equal keys while a byte-level rewrite would change the first, so the
 * gateway refuses duplicates rather than guess which one the upstream would read.
 */
export function scanTopLevel(json: string): TopLevel {
  const seen = new Set<string>();
  let model: Span | undefined;
  let namesFileIds = false;
  let depth = 0;
  for (let at = 0; at < json.length; at++) {
    const c = json.charCodeAt(at);
    if (c !== QUOTE) {
      if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) depth--;
      continue;
    }
    const end = stringEnd(json, at);
    const start = at;
    at = end - 1;
    namesFileIds ||= isFileIdString(json, start, end);
    if (depth !== 1) continue;
    const colon = nextNonSpace(json, end);
    if (json.charCodeAt(colon) !== COLON) continue;
    const key = stringText(json, start, end);
    if (seen.has(key)) return { duplicate: key, model, namesFileIds };
    seen.add(key);
    if (key === 'model') {
      const value = nextNonSpace(json, colon + 1);
      model = json.charCodeAt(value) === QUOTE ? { start: value, end: stringEnd(json, value) } : undefined;
    }
  }
  return { duplicate: undefined, model, namesFileIds };
}

const FILE_ID = '"file_id"';
/** The longest spelling of `"file_id"`: every character escaped as `\uXXXX`. */
const FILE_ID_MAX_CHARS = 2 + 7 * 6;

/** Whether the string token at [open, end) reads `file_id`; only a short one is looked at, so a long text costs nothing. */
function isFileIdString(json: string, open: number, end: number): boolean {
  const length = end - open;
  if (length === FILE_ID.length) return json.startsWith(FILE_ID, open);
  return length > FILE_ID.length && length <= FILE_ID_MAX_CHARS && stringText(json, open, end) === 'file_id';
}

/**
 * The JSON text with its top-level `"model"` string value replaced, every other byte untouched.
 * The gateway forwards the caller's raw body rather than re-serialising it, so fields it does not know
 * (and their exact formatting) reach the upstream as sent. `json` must be valid JSON (validate ran first).
 */
export function withModel(json: string, model: string, span: Span | undefined = scanTopLevel(json).model): string {
  if (!span) throw new Error('body has no top-level "model" string');
  return json.slice(0, span.start) + JSON.stringify(model) + json.slice(span.end);
}

/** The span's offsets in the UTF-8 bytes of `json` (only the text before the span is measured). */
export function byteSpan(json: string, span: Span | undefined): Span | undefined {
  if (!span) return undefined;
  const start = Buffer.byteLength(json.slice(0, span.start));
  return { start, end: start + Buffer.byteLength(json.slice(span.start, span.end)) };
}

/**
 * `withModel` on the caller's bytes: three pieces around the new value (`byteSpan` gives `span`), nothing
 * copied or encoded again; for bodies large enough that re-encoding the text would cost more than the pieces.
 */
export function withModelBytes(raw: Buffer, span: Span | undefined, model: string): Buffer[] {
  if (!span) throw new Error('body has no top-level "model" string');
  return [raw.subarray(0, span.start), Buffer.from(JSON.stringify(model)), raw.subarray(span.end)];
}

/** A string token's value: sliced when it has no escapes, else decoded by JSON.parse. */
function stringText(json: string, open: number, end: number): string {
  const inner = json.slice(open + 1, end - 1);
  return inner.includes('\\') ? (JSON.parse(json.slice(open, end)) as string) : inner;
}

/** The offset just past the closing quote of the string that opens at `openQuote`. */
function stringEnd(json: string, openQuote: number): number {
  let i = openQuote + 1;
  for (;;) {
    const q = json.indexOf('"', i);
    if (q < 0) return json.length;
    let backslashes = 0;
    for (let b = q - 1; json.charCodeAt(b) === BACKSLASH; b--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

function nextNonSpace(json: string, from: number): number {
  let i = from;
  for (let c = json.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = json.charCodeAt(++i));
  return i;
}
