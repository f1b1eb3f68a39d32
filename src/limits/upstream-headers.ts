import { RATE_LIMIT_HEADERS } from './headers.js';
import { TOKEN_DIMENSIONS, type TokenDimension } from './types.js';

/** Where headers are read from: anything with `get(name)` (WHATWG `Headers`, `RawHeaders`), or a plain object. */
export type HeaderSource = HeaderGetter | Readonly<Record<string, string | string[] | undefined>>;
interface HeaderGetter {
  get(name: string): string | null | undefined;
}
const isGetter = (headers: HeaderSource): headers is HeaderGetter => typeof headers.get === 'function';

export interface ObservedLimit {
  limit: number | undefined;
  remaining: number;
  /** Epoch ms when the upstream bucket is full again. */
  resetAt: number | undefined;
}

export function header(headers: HeaderSource, name: string): string | undefined {
  if (isGetter(headers)) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

const number = (value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
};

const time = (value: string | undefined): number | undefined => {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
};

/** anthropic-ratelimit-{requests,input-tokens,output-tokens}-{limit,remaining,reset}, per dimension present. */
export function observedLimits(headers: HeaderSource): Map<TokenDimension, ObservedLimit> {
  const found = new Map<TokenDimension, ObservedLimit>();
  for (const dimension of TOKEN_DIMENSIONS) {
    const names = RATE_LIMIT_HEADERS[dimension];
    const remaining = number(header(headers, names.remaining));
    if (remaining === undefined) continue;
    found.set(dimension, {
      limit: number(header(headers, names.limit)),
      remaining,
      resetAt: time(header(headers, names.reset)),
    });
  }
  return found;
}

/** `retry-after-ms`, else `retry-after` in seconds or as an HTTP date; undefined when absent. */
export function retryAfterMs(headers: HeaderSource, now = Date.now()): number | undefined {
  const ms = number(header(headers, 'retry-after-ms'));
  if (ms !== undefined) return Math.max(0, ms);
  const raw = header(headers, 'retry-after');
  const seconds = number(raw);
  if (seconds !== undefined) return Math.max(0, seconds * 1000);
  const at = time(raw);
  return at === undefined ? undefined : Math.max(0, at - now);
}
