import { codeOf, GatewayError, overloaded, type ErrorCode } from '../errors.js';
import { AttemptError, errorCodeLabel, isRetryableOverload } from '../upstream/attempt-error.js';
import { runAttempt, type AttemptOptions, type AttemptResult } from '../upstream/attempt.js';
import { BreakerOpenError } from '../upstream/breakers.js';
import { forwardedHeaders, upstreamPath, type UpstreamBody } from '../upstream/client.js';
import type { UsageReport } from '../limits/index.js';
import type { SseScanner } from '../upstream/sse-scanner.js';
import { inChildSpan } from '../tracing/spans.js';
import type { RequestContext, RouteDecision } from './context.js';

export interface Dispatched extends AttemptResult {
  readonly model: string;
  /** The chain's first model, when a later one answered. */
  readonly fallbackFrom: string | undefined;
  /** Releases the fallback-budget slot and the upstream-limit reservation; call once the answer is over. */
  readonly release: (usage?: UsageReport) => void;
}

export interface DispatchInput {
  readonly decision: RouteDecision;
  /** The caller's body with `model` set to the given model ID. */
  readonly bodyFor: (model: string) => UpstreamBody;
  readonly inputTokens: number;
  readonly maxTokens: number;
  readonly scanner?: () => SseScanner;
  /** Told of each model as the walk tries it (the model an error answer names). */
  readonly onAttempt?: (model: string) => void;
}

/**
 * The SDK tells us how long the caller will wait (`x-stainless-timeout`, seconds); no point trying past it.
 * `callers` says whether that is the caller's own deadline, shorter than the gateway's.
 */
function requestDeadline(ctx: RequestContext): { at: number; callers: boolean } {
  const fromClient = Number(ctx.req.headers['x-stainless-timeout']) * 1000;
  const upstreamTimeout = ctx.conf.config.upstream.timeoutMs;
  const callers = Number.isFinite(fromClient) && fromClient > 0 && fromClient < upstreamTimeout;
  return { at: ctx.timings.arrivedAt + (callers ? fromClient : upstreamTimeout), callers };
}

/** The caller's own deadline passed: its choice, so no breaker hears of it and no retry-after is offered. */
const callerTimedOut = (ctx: RequestContext): GatewayError =>
  new GatewayError('GW_CALLER_DEADLINE', `Request timed out: the deadline the caller set (x-stainless-timeout: ${ctx.req.headers['x-stainless-timeout']} s) passed`);

const fallbackReason = (err: unknown): string =>
  codeOf(err) === 'GW_CIRCUIT_OPEN' ? 'circuit_open' : err instanceof AttemptError ? errorCodeLabel(err) : 'error';

/** How long the upstream (or an open breaker) asked to wait, when it did. */
const retryAfterOf = (err: unknown): number | undefined =>
  err instanceof AttemptError || err instanceof BreakerOpenError ? err.retryAfterMs : undefined;

/**
 * Stage 5: walk the fallback chain. Each model's breaker runs one attempt (headers, plus the SSE events up
 * to the first content delta); an overloaded, timed-out or open model moves the walk to the next one.
 * Other upstream answers, 4xx included, go back to the caller and never count against a breaker.
 */
export async function dispatch(ctx: RequestContext, input: DispatchInput): Promise<Dispatched> {
  const { breakers, fallbackBudget, upstreamLimits, metrics, apiKey } = ctx.services;
  const { config } = ctx.conf;
  const deadline = requestDeadline(ctx);
  const headers = forwardedHeaders(ctx.req.headers, apiKey);
  const path = upstreamPath(ctx.kind === 'chat_completions' ? '/v1/chat/completions' : '/v1/messages', ctx.req.url);
  const chain = input.decision.chain;
  let attempts = 0;
  let lastError: unknown;
  let retryAfter = Number.POSITIVE_INFINITY;
  let onlyRateLimited = true;

  for (let i = 0; i < chain.length && attempts < config.fallback.maxAttempts; i++) {
    const model = chain[i] as string;
    const remainingMs = deadline.at - performance.now();
    if (remainingMs <= 0) {
      if (deadline.callers) throw callerTimedOut(ctx);
      break;
    }
    if (i > 0) metrics.fallbacks.inc({ from: chain[i - 1], to: model, reason: fallbackReason(lastError) });

    const releaseSlot = fallbackBudget.enter(model, i > 0);
    if (!releaseSlot) {
      lastError = new GatewayError('GW_FALLBACK_BUDGET_EXHAUSTED', `fallback budget for ${model} exhausted`);
      onlyRateLimited = false;
      break;
    }
    const reservation = upstreamLimits.check(model, input.inputTokens, input.maxTokens);
    if (!reservation.ok) {
      releaseSlot();
      lastError = new AttemptError('status', 429, `upstream rate limit for ${model}`, reservation.retryAfterMs);
      retryAfter = Math.min(retryAfter, reservation.retryAfterMs);
      continue;
    }
    const release = (usage?: UsageReport): void => {
      releaseSlot();
      reservation.release(usage);
    };

    attempts++;
    input.onAttempt?.(model);
    try {
      const run = (): Promise<AttemptResult> => breakers.run(model, () => runAttempt(attemptOptions(ctx, input, model, path, headers, remainingMs, deadline.callers)));
      // Untraced (the usual case), no span's attributes and no async wrapper around the attempt.
      const result = await (ctx.trace
        ? inChildSpan(ctx.trace, 'gateway.upstream_attempt', attemptAttributes(model, attempts, i > 0 ? chain[0] : undefined), run, (answer) => ({ 'http.response.status_code': answer.status }))
        : run());
      upstreamLimits.observe(model, result.status, result.headers);
      if (result.status >= 400) metrics.upstreamErrors.inc({ model, code: String(result.status) });
      return dispatched(result, model, i > 0 ? chain[0] : undefined, release);
    } catch (err) {
      release();
      const code = codeOf(err);
      if (code === 'GW_CLIENT_GONE') throw err;
      if (code === 'GW_CALLER_DEADLINE') throw callerTimedOut(ctx);
      const retryAfterMs = retryAfterOf(err);
      noteFailure(ctx, model, err, retryAfterMs);
      if (!isRetryableOverload(err, config.fallback.onRateLimit, config.breaker.tripOn)) throw err;
      if (retryAfterMs !== undefined) retryAfter = Math.min(retryAfter, retryAfterMs);
      if (code !== 'GW_UPSTREAM_RATE_LIMITED') onlyRateLimited = false;
      lastError = err;
    }
  }
  throw exhausted(lastError, retryAfter, onlyRateLimited);
}

const attemptAttributes = (model: string, attempt: number, fallbackFrom: string | undefined) => ({ 'gen_ai.request.model': model, 'gateway.attempt': attempt, 'gateway.fallback_from': fallbackFrom });

/** One attempt at `model`, within what is left of the request's deadline (the caller's own, when `callers`). */
function attemptOptions(
  ctx: RequestContext,
  input: DispatchInput,
  model: string,
  path: string,
  headers: string[],
  remainingMs: number,
  callers: boolean,
): AttemptOptions {
  const { config } = ctx.conf;
  const attemptLimitMs = ctx.stream ? config.upstream.attemptTimeoutMs : config.upstream.timeoutMs;
  return {
    client: ctx.services.upstream,
    path,
    headers,
    body: input.bodyFor(model),
    stream: ctx.stream,
    scanner: input.scanner,
    timeoutMs: Math.min(attemptLimitMs, remainingMs),
    callersDeadline: callers && remainingMs < attemptLimitMs,
    clientGone: ctx.clientGone,
    failOn: (status) => config.breaker.tripOn.includes(status) || (status === 429 && config.fallback.onRateLimit),
    onSend: () => {
      ctx.timings.upstreamSentAt ??= performance.now();
    },
  };
}

/** What a failed attempt tells: an upstream fault's own text to the log, an upstream status to the upstream limits. */
function noteFailure(ctx: RequestContext, model: string, err: unknown, retryAfterMs: number | undefined): void {
  const code = codeOf(err);
  if (UPSTREAM_FAULT[code]) ctx.services.logger.warn({ gatewayRequestId: ctx.id, model, code, detail: (err as Error).message }, 'upstream attempt failed');
  if (err instanceof AttemptError && err.status !== undefined) {
    ctx.services.upstreamLimits.observe(model, err.status, retryAfterMs !== undefined ? { 'retry-after-ms': String(retryAfterMs) } : {});
  }
}

/** The attempt's result plus the model and the release, written out field by field (see test/unit/object-literal-shapes). */
function dispatched(result: AttemptResult, model: string, fallbackFrom: string | undefined, release: Dispatched['release']): Dispatched {
  const { status, headers, held, rest, scanner, usage, abort, clearDeadline } = result;
  return { status, headers, held, rest, scanner, usage, abort, clearDeadline, model, fallbackFrom, release };
}

/** What the caller is told when the last model tried failed at the network or HTTP level (no library text). */
const UPSTREAM_FAULT: Readonly<Partial<Record<ErrorCode, string>>> = {
  GW_UPSTREAM_UNREACHABLE: 'The upstream API could not be reached, or dropped the connection.',
  GW_UPSTREAM_INVALID_ANSWER: 'The upstream API sent an answer that is not a valid Anthropic response.',
  GW_UPSTREAM_TIMEOUT: 'The upstream API did not answer in time.',
};

/**
 * Every allowed model was open, overloaded or rate-limited: 529 (or 429 if only rate limits stood in the way);
 * 502 when the last one tried could not be reached, timed out or broke the protocol.
 */
function exhausted(lastError: unknown, retryAfter: number, onlyRateLimited: boolean): GatewayError {
  const seconds = Number.isFinite(retryAfter) ? Math.max(1, Math.ceil(retryAfter / 1000)) : 1;
  const code = codeOf(lastError);
  if (onlyRateLimited && code === 'GW_UPSTREAM_RATE_LIMITED') {
    return new GatewayError(code, 'Upstream rate limit reached for every allowed model', { 'retry-after': String(seconds) });
  }
  const fault = UPSTREAM_FAULT[code];
  if (fault) return new GatewayError(code, fault);
  const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
  return overloaded(seconds, `Overloaded${detail}`);
}

