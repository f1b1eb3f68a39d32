import { invalidRequest, rateLimited, storeUnavailable as unavailable, type GatewayError } from '../errors.js';
import type { Refusal } from './attempt.js';
import type { TokenBucket } from './bucket.js';
import { rateLimitHeaders, retryAfter } from './headers.js';
import type { LimiterSet } from './limiter-set.js';
import type { LimitDimension, TokenDimension } from './types.js';

export const DESCRIPTION: Record<LimitDimension, string> = {
  rpm: 'requests per minute',
  itpm: 'input tokens per minute',
  otpm: 'output tokens per minute',
  concurrency: 'concurrent requests',
};

/** 429 rate_limit_error for a refused try: retry-after from the refill, and the buckets' headers. */
export function budgetExceeded(orgId: string, set: LimiterSet, refusal: Refusal): GatewayError {
  const { blocked } = refusal;
  const limit = blocked === 'concurrency' ? (set.slots?.size ?? 0) : Math.floor(set.capacity(blocked) ?? 0);
  const headers = rateLimitHeaders(set.buckets, refusal.levels);
  headers['retry-after'] = retryAfter(refusal.retryAfterSec);
  return rateLimited(
    `Rate limit exceeded for org "${orgId}": ${DESCRIPTION[blocked]} (limit ${limit}). Retry after ${headers['retry-after']} s.`,
    headers,
    'GW_ORG_RATE_LIMITED',
  );
}

/** 400 for a request larger than a whole bucket: it could never be admitted, so waiting or retrying is pointless. */
export function neverFits(orgId: string, dimension: TokenDimension, bucket: TokenBucket, need: number): GatewayError {
  const what = dimension === 'otpm' ? `max_tokens (${need})` : dimension === 'itpm' ? `The input (about ${need} tokens)` : 'The request';
  const limit = Math.floor(bucket.perMinute);
  return invalidRequest(
    `${what} exceeds the whole budget of org "${orgId}" for ${DESCRIPTION[dimension]} (${limit}); it can never be admitted as it is.`,
    'GW_NEVER_FITS_BUDGET',
  );
}

/** Fail-closed, or a store that answers PING but keeps failing: 503, try again shortly. */
export const storeUnavailable = (): GatewayError =>
  unavailable('GW_LIMITS_STORE_UNAVAILABLE', 'Budgets cannot be checked: the rate-limit store is unavailable. Try again shortly.');
