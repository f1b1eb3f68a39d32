import type { TokenDimension } from './types.js';

/** Where headers are read from: anything with `get(name)` (WHATWG `Headers`, `RawHeaders`), or a plain object. */
export type HeaderSource = HeaderGetter | Readonly<Record<string, string | string[] | undefined>>;
interface HeaderGetter {
  get(name: string): string | null | undefined;
}
const isGetter = (headers: HeaderSource): headers is HeaderGetter => typeof headers.get === 'function';

const NAME: Record<TokenDimension, string> = { rpm: 'requests', itpm: 'input-tokens', otpm: 'output-tokens' };

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
  for (const [dimension, name] of Object.entries(NAME) as [TokenDimension, string][]) {
    const remaining = number(header(headers, `anthropic-ratelimit-${name}-remaining`));
    if (remaining === undefined) continue;
    found.set(dimension, {
      limit: number(header(headers, `anthropic-ratelimit-${name}-limit`)),
      remaining,
      resetAt: time(header(headers, `anthropic-ratelimit-${name}-reset`)),
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
