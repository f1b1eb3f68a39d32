import type { Price } from '../config/schema.js';

/** Token usage as Anthropic reports it. */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheCreationInputTokens: number;
  cacheReadInputTokens: number;
  /** The part of cacheCreationInputTokens written with the 1-hour TTL, billed at its own price. */
  cacheCreation1hInputTokens: number;
  /** Server-side fallback: every attempt, each billed at its own model's price (`usage.iterations`). */
  iterations: IterationUsage[] | undefined;
}

/** One entry of `usage.iterations`: the model that ran (when the API names it) and what it used. */
export interface IterationUsage {
  readonly model: string | undefined;
  readonly usage: Usage;
}

export const emptyUsage = (): Usage => ({
  inputTokens: 0,
  outputTokens: 0,
  cacheCreationInputTokens: 0,
  cacheReadInputTokens: 0,
  cacheCreation1hInputTokens: 0,
  iterations: undefined,
});

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * Folds an Anthropic `usage` object into `into`. Fields present overwrite: `message_delta` counts are
 * cumulative, so the last value seen is the total.
 */
export function mergeUsage(into: Usage, raw: unknown): void {
  if (raw === null || typeof raw !== 'object') return;
  const u = raw as Record<string, unknown>;
  into.inputTokens = num(u.input_tokens) ?? into.inputTokens;
  into.outputTokens = num(u.output_tokens) ?? into.outputTokens;
  into.cacheCreationInputTokens = num(u.cache_creation_input_tokens) ?? into.cacheCreationInputTokens;
  into.cacheReadInputTokens = num(u.cache_read_input_tokens) ?? into.cacheReadInputTokens;
  const breakdown = u.cache_creation as Record<string, unknown> | null | undefined;
  if (breakdown && typeof breakdown === 'object') {
    into.cacheCreation1hInputTokens = num(breakdown.ephemeral_1h_input_tokens) ?? into.cacheCreation1hInputTokens;
  }
  if (Array.isArray(u.iterations) && u.iterations.length > 0) into.iterations = u.iterations.map(iterationUsage);
}

function iterationUsage(raw: unknown): IterationUsage {
  const usage = emptyUsage();
  const entry = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  mergeUsage(usage, entry);
  usage.iterations = undefined; // an attempt is billed as itself, whatever it lists
  return { model: typeof entry.model === 'string' ? entry.model : undefined, usage };
}

/** What was billed, attempt by attempt: the iterations when the answer lists them, else the usage itself. */
export const billedParts = (usage: Usage, answeredBy: string): readonly IterationUsage[] =>
  usage.iterations ?? [{ model: answeredBy, usage }];

/** The tokens of every attempt added up, for budgets and the log. */
export function totalUsage(usage: Usage): Usage {
  if (!usage.iterations) return usage;
  const total = emptyUsage();
  for (const { usage: part } of usage.iterations) {
    total.inputTokens += part.inputTokens;
    total.outputTokens += part.outputTokens;
    total.cacheCreationInputTokens += part.cacheCreationInputTokens;
    total.cacheReadInputTokens += part.cacheReadInputTokens;
    total.cacheCreation1hInputTokens += part.cacheCreation1hInputTokens;
  }
  return total;
}

/** USD at the catalogue's list prices (per million tokens); 1-hour cache writes at 2x input unless priced. */
export function costUsd(usage: Usage, price: Price): number {
  const oneHour = Math.min(usage.cacheCreation1hInputTokens, usage.cacheCreationInputTokens);
  const fiveMinute = usage.cacheCreationInputTokens - oneHour;
  const micro =
    usage.inputTokens * price.input +
    usage.outputTokens * price.output +
    fiveMinute * price.cacheWrite +
    oneHour * (price.cacheWrite1h ?? price.input * 2) +
    usage.cacheReadInputTokens * price.cacheRead;
  return micro / 1_000_000;
}

/**
 * The `usage` object of an Anthropic message (`enclosing` 1) or `message_start` event (2) in JSON text. `usage`
 * comes last, so only that object is parsed, found from the end (an unescaped `"usage":` cannot occur inside
 * a JSON string); the whole text is parsed only if that fails.
 */
export function usageInJson(text: string, enclosing = 1): unknown {
  const at = text.lastIndexOf('"usage":');
  if (at >= 0) {
    const start = text.indexOf('{', at);
    const last = start >= 0 && usageEndsAnswers ? lastMember(text, start, enclosing) : undefined;
    if (last !== undefined) return last;
    const end = start < 0 ? -1 : matchingBrace(text, start);
    if (end > 0) {
      try {
        return JSON.parse(text.slice(start, end + 1));
      } catch {
        // fall through to the whole text
      }
    }
  }
  try {
    const parsed = JSON.parse(text) as { usage?: unknown; message?: { usage?: unknown } };
    return parsed.usage ?? parsed.message?.usage;
  } catch {
    return undefined;
  }
}

/**
 * Whether answers end with their usage, as Anthropic writes them (`usage` the last member of the message and
 * of the event around it). Cleared by the first that does not (an OpenAI-format answer with a member after
 * its usage would do): its parse failed, and a thrown SyntaxError (~4.5 µs) costs more than `matchingBrace`
 * (~0.65 µs on a usage object), which is used from then on, as before this shortcut.
 */
let usageEndsAnswers = true;

/**
 * The value at `start` parsed as the text's last member, the `enclosing` closing braces that end the text
 * left out; undefined if the text does not end so. Parsing succeeds only if that value's own closing
 * brace is right before them.
 */
function lastMember(text: string, start: number, enclosing: number): unknown {
  let end = text.length;
  for (let i = 0; i < enclosing; i++) {
    do end--;
    while (end > start && isJsonSpace(text.charCodeAt(end)));
    if (text.charCodeAt(end) !== 0x7d /* } */) return undefined;
  }
  try {
    return JSON.parse(text.slice(start, end));
  } catch {
    usageEndsAnswers = false;
    return undefined;
  }
}

const isJsonSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */) depth++;
    else if (c === 0x7d /* } */ && --depth === 0) return i;
  }
  return -1;
}
