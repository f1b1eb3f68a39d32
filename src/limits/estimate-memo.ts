/**
 * What the estimate remembers of texts that repeat from request to request (system prompts, tool definitions),
 * found without hashing them: every request's copy is a new string, so a Map keyed by the text hashed all of
 * it each time (~1 µs for a 400-character prompt), and a tool was serialised first (~2 µs for one small tool)
 * only to be looked up. Texts are found by their length and compared; tools by their name and compared member
 * by member, which is cheaper than writing them out (docs/performance-rules.md).
 */

const MAX_CHARS = 16_384;
const BUDGET_CHARS = 2_000_000;
const MAX_TOOLS = 4_096;
/** Texts kept per length (the oldest goes): a look-up compares at most this many. */
const PER_LENGTH = 16;

interface Remembered<K> {
  readonly key: K;
  readonly tokens: number;
}

/** Tokens by text, for texts of `minChars` to MAX_CHARS characters; forgets everything when BUDGET_CHARS are held. */
export class RepeatedTexts {
  private readonly byLength = new Map<number, Remembered<string>[]>();
  private chars = 0;

  constructor(
    private readonly minChars: number,
    private readonly count: (text: string) => number,
  ) {}

  tokens(text: string): number {
    if (text.length < this.minChars || text.length > MAX_CHARS) return this.count(text);
    let same = this.byLength.get(text.length);
    if (same) for (const r of same) if (r.key === text) return r.tokens;
    if (this.chars + text.length > BUDGET_CHARS) {
      this.byLength.clear();
      this.chars = 0;
      same = undefined;
    }
    const tokens = this.count(text);
    if (!same) this.byLength.set(text.length, (same = []));
    if (same.length >= PER_LENGTH) same.shift();
    else this.chars += text.length;
    same.push({ key: text, tokens });
    return tokens;
  }
}

/**
 * Tokens of tool definitions by name, each with the definition it was counted from: a definition equal to it as
 * JSON (`sameJson`) has the same text, so the same tokens. Only definitions of at most MAX_CHARS characters as
 * text are kept (the caller says how long), up to MAX_TOOLS of them and BUDGET_CHARS of text in all: the
 * definitions are the callers' parsed objects, held until forgotten.
 */
export class RepeatedTools {
  private readonly byName = new Map<string, Remembered<unknown>>();
  private chars = 0;

  known(tool: unknown): number | undefined {
    const name = nameOf(tool);
    const r = name === undefined ? undefined : this.byName.get(name);
    return r && sameJson(r.key, tool) ? r.tokens : undefined;
  }

  remember(tool: unknown, textChars: number, tokens: number): void {
    const name = nameOf(tool);
    if (name === undefined || textChars > MAX_CHARS) return;
    if (this.byName.size >= MAX_TOOLS || this.chars + textChars > BUDGET_CHARS) {
      this.byName.clear();
      this.chars = 0;
    }
    this.byName.set(name, { key: tool, tokens });
    this.chars += textChars;
  }
}

const nameOf = (tool: unknown): string | undefined => {
  const name = typeof tool === 'object' && tool !== null ? (tool as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : undefined;
};

/**
 * Whether two parsed JSON values would be written out alike by JSON.stringify: same types, same keys in the same
 * order, equal strings, numbers and booleans. `a` is one that was written out (so not nested too deeply to recurse).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const other = Object.keys(b);
  if (keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key !== other[i] || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
