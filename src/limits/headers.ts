import { secondsUntil, type TokenBucket } from './bucket.js';
import type { TokenDimension } from './types.js';

const HEADER_NAME: Record<TokenDimension, string> = { rpm: 'requests', itpm: 'input-tokens', otpm: 'output-tokens' };

/** anthropic-ratelimit-{requests,input-tokens,output-tokens}-{limit,remaining,reset}, by dimension. */
export const RATE_LIMIT_HEADERS = Object.fromEntries(
  Object.entries(HEADER_NAME).map(([dimension, name]) => [
    dimension,
    { limit: `anthropic-ratelimit-${name}-limit`, remaining: `anthropic-ratelimit-${name}-remaining`, reset: `anthropic-ratelimit-${name}-reset` },
  ]),
) as Record<TokenDimension, { limit: string; remaining: string; reset: string }>;

export type Levels = ReadonlyMap<TokenDimension, number>;

const formatted = new Map<number, string>();

/** RFC 3339 in whole seconds, as Anthropic writes it: 2026-05-01T12:00:03Z. Memoised: every answer carries a few. */
export function rfc3339(epochMs: number): string {
  const second = Math.ceil(epochMs / 1000);
  let text = formatted.get(second);
  if (text === undefined) {
    if (formatted.size >= 256) formatted.clear();
    text = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
    formatted.set(second, text);
  }
  return text;
}

/**
 * anthropic-ratelimit-*-{limit,remaining,reset} for each budgeted dimension. `reset` is when the
 * bucket will be full again (Anthropic's meaning: "fully replenished"); `retry-after` on a 429 says
 * when the request that was refused would fit.
 */
export function rateLimitHeaders(
  buckets: ReadonlyMap<TokenDimension, TokenBucket>,
  levels: Levels,
  now = Date.now(),
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [dimension, bucket] of buckets) {
    const level = levels.get(dimension);
    if (level !== undefined) addRateLimitHeaders(headers, dimension, bucket, level, now);
  }
  return headers;
}

/** One dimension's three headers, at `level`, into `headers`. */
export function addRateLimitHeaders(headers: Record<string, string>, dimension: TokenDimension, bucket: TokenBucket, level: number, now: number): void {
  const names = RATE_LIMIT_HEADERS[dimension];
  headers[names.limit] = String(Math.floor(bucket.perMinute));
  // Not String(): `remaining` is a new number with nearly every request, and String() keeps each one's
  // text in V8's number-to-string cache, an old-generation table, until it is promoted (~96 bytes of
  // old-generation garbage per request at 500 req/s). toFixed builds a string the cache never sees.
  headers[names.remaining] = Math.max(0, Math.floor(level)).toFixed(0);
  headers[names.reset] = rfc3339(now + secondsUntil(bucket, level, bucket.perMinute) * 1000);
}

/** Whole seconds, at least 1. */
export const retryAfter = (seconds: number): string => String(Math.max(1, Math.ceil(seconds)));
