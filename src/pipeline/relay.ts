import type { ServerResponse } from 'node:http';
import { joined } from '../bytes.js';
import { ERROR_CODES, type ErrorCode } from '../error-codes.js';
import { errorBody, withoutAccountIds } from '../errors.js';
import { header, type HeaderSource } from '../limits/upstream-headers.js';
import { openAiErrorChunk } from '../openai/errors.js';
import { AttemptError } from '../upstream/attempt-error.js';
import type { SseScanner } from '../upstream/sse-scanner.js';
import type { RequestContext } from './context.js';
import type { Dispatched } from './dispatch.js';

/**
 * Upstream response headers worth passing on; the rate-limit ones describe the gateway's account, not
 * the caller's. `request-id` is passed by `setGatewayHeaders`, which also covers answers of our own.
 */
const PASSED_HEADERS = ['content-type', 'retry-after', 'x-should-retry'] as const;

export function sseErrorEvent(type: string, message: string, requestId: string): string {
  return `event: error\ndata: ${JSON.stringify(errorBody(type, message, requestId))}\n\n`;
}

/** Copies the upstream headers worth passing on. */
export function passUpstreamHeaders(ctx: RequestContext, headers: HeaderSource): void {
  for (const name of PASSED_HEADERS) {
    const value = header(headers, name);
    if (value !== undefined) ctx.headers.add(name, value);
  }
}

/** The upstream's `request-id`, which the caller sees in place of the gateway's own. */
export const upstreamRequestId = (headers: HeaderSource): string | undefined => header(headers, 'request-id');

/** Longest route reason sent: a reason quoting a caller's 200 KB model name overflowed the client's header limit. */
const MAX_REASON_CHARS = 300;
/** Header-safe text: anything outside printable ASCII becomes `?` (a reason may quote the caller's model name), cut at MAX_REASON_CHARS. */
const printable = (text: string): string => {
  const short = text.length > MAX_REASON_CHARS ? `${text.slice(0, MAX_REASON_CHARS - 3)}...` : text;
  return /[^\x20-\x7e]/.test(short) ? short.replace(/[^\x20-\x7e]/g, '?') : short;
};

/** `x-gateway-*` and `request-id` headers, on every answer, errors included, as far as they are known. */
export function setGatewayHeaders(ctx: RequestContext): void {
  const headers = ctx.headers;
  if (ctx.org) headers.add('x-gateway-org', ctx.org.id);
  const route = ctx.route;
  if (route) {
    const model = ctx.model ?? route.model;
    headers.add('x-gateway-tier', ctx.conf.modelsById.get(model)?.tier ?? route.tier);
    headers.add('x-gateway-model', model);
    headers.add('x-gateway-route', route.route);
    headers.add('x-gateway-route-reason', printable(route.reason));
  }
  if (ctx.fallbackFrom) headers.add('x-gateway-fallback-from', ctx.fallbackFrom);
  const remainingUsd = ctx.money?.remainingUsd;
  if (remainingUsd !== undefined) headers.add('x-gateway-budget-remaining-usd', remainingUsd.toFixed(6));
  headers.add('request-id', ctx.upstreamRequestId ?? ctx.id);
}

type StreamFailure = 'stream_overloaded' | 'network' | 'timeout';
/** Why a stream was cut before its end: the upstream's fault (counted against its breaker), or the drain's. */
type Cut = 'network' | 'timeout' | 'drain';

type StreamEndCode = 'GW_STREAM_LOST' | 'GW_STREAM_IDLE' | 'GW_SHUTTING_DOWN' | 'GW_STREAM_INCOMPLETE';

const CUT_CODE: Readonly<Record<Cut, StreamEndCode>> = { network: 'GW_STREAM_LOST', timeout: 'GW_STREAM_IDLE', drain: 'GW_SHUTTING_DOWN' };

const CUT_MESSAGE: Readonly<Record<StreamEndCode, string>> = {
  GW_STREAM_LOST: 'Upstream connection lost',
  GW_STREAM_IDLE: 'Upstream stream went silent',
  GW_SHUTTING_DOWN: 'The gateway is shutting down; the stream was cut',
  GW_STREAM_INCOMPLETE: 'Upstream stream ended early',
};

/**
 * Stage 6: pipe the upstream's bytes to the caller as they come, never re-serialised. Held-back SSE events
 * go first, then the rest of the stream. Resolves when the answer is fully written (or the caller left).
 * A stream that cannot be finished ends with a well-formed `event: error`, never a silent close; relay
 * resolves with its code then. `ctx.status`, `usage` and `upstreamRequestId` are the answer's already.
 */
export function relay(ctx: RequestContext, upstream: Dispatched): Promise<ErrorCode | undefined> {
  const { res } = ctx;
  // A stream that fails after its first content counts against the answering model's breaker.
  const onStreamFailure = (reason: StreamFailure): void =>
    ctx.services.breakers.recordFailure(upstream.model, new AttemptError(reason, 200, `stream failed after content: ${reason}`));
  passUpstreamHeaders(ctx, upstream.headers);
  setGatewayHeaders(ctx);
  const { rest, scanner } = upstream;
  if (!scanner) {
    // A whole JSON answer: one write with a content-length, headers and body together.
    const bytes = upstream.status >= 400 ? withoutAccountIds(joined(upstream.held)) : joined(upstream.held);
    ctx.headers.add('content-length', bytes.length);
    res.writeHead(upstream.status, ctx.headers.list);
    ctx.timings.upstreamEndedAt = performance.now();
    res.end(bytes);
    return closed(res, undefined);
  }
  res.writeHead(upstream.status, ctx.headers.list);
  const tail = rest?.takeAll();
  if (!rest || tail) {
    // The whole stream is here already: one write, with an error event if it ended unfinished.
    for (const chunk of tail ?? []) {
      scanner.push(chunk);
      upstream.held.push(chunk);
    }
    ctx.timings.upstreamEndedAt = performance.now();
    const cut = streamEnded(scanner, onStreamFailure);
    if (cut) upstream.held.push(Buffer.from(errorEvent(ctx, cut)));
    res.end(joined(upstream.held));
    if (scanner.sawContent) ctx.timings.firstTokenAt = performance.now();
    return closed(res, cut);
  }
  res.cork();
  for (const chunk of upstream.held) res.write(chunk);
  res.uncork();
  if (scanner.sawContent) ctx.timings.firstTokenAt = performance.now();

  upstream.clearDeadline();
  return new Promise((resolve) => {
    const onDrain = (): void => rest.resume();
    let cause: 'silence' | 'drain' | undefined;
    const forget = ctx.services.openStreams.add(() => {
      cause = 'drain';
      upstream.abort();
    });
    // Silence from the upstream ends the stream; while the caller is not reading, the pause is the caller's.
    const idle = setTimeout(() => {
      if (res.writableNeedDrain) return void idle.refresh();
      cause = 'silence';
      upstream.abort();
    }, ctx.conf.config.upstream.streamIdleTimeoutMs);
    const end = (failure?: Cut): void => {
      clearTimeout(idle);
      forget();
      ctx.timings.upstreamEndedAt = performance.now();
      res.off('drain', onDrain);
      const cut = streamEnded(scanner, onStreamFailure, failure);
      if (cut && !res.writableEnded) res.write(errorEvent(ctx, cut));
      void closed(res, cut).then(resolve);
    };
    res.on('drain', onDrain);
    rest.pipe({
      data: (chunk) => {
        idle.refresh();
        if (scanner.push(chunk)) ctx.timings.firstTokenAt = performance.now();
        return res.write(chunk);
      },
      end: () => end(),
      error: () => end(ctx.clientGone.aborted ? undefined : cause === 'drain' ? 'drain' : cause === 'silence' ? 'timeout' : 'network'),
    });
  });
}

/**
 * The upstream stream stopped (cleanly, or with `failure`): a failure or an overloaded_error counts
 * against the model's breaker. Returns the code of the error event the caller gets, unless the stream
 * ended properly. A connection lost after `message_stop` (say, before the chunked encoding's last chunk) cut nothing.
 */
function streamEnded(scanner: SseScanner, onStreamFailure: (reason: StreamFailure) => void, lost?: Cut): StreamEndCode | undefined {
  const cut = scanner.sawMessageStop ? undefined : lost;
  if (cut && cut !== 'drain') onStreamFailure(cut);
  else if (!cut && scanner.error?.type === 'overloaded_error') onStreamFailure('stream_overloaded');
  return cut ? CUT_CODE[cut] : !scanner.sawMessageStop && !scanner.error ? 'GW_STREAM_INCOMPLETE' : undefined;
}

function errorEvent(ctx: RequestContext, code: StreamEndCode): string {
  const { type } = ERROR_CODES[code];
  const message = CUT_MESSAGE[code];
  return ctx.kind === 'chat_completions' ? openAiErrorChunk(type, message, code) : sseErrorEvent(type, message, ctx.id);
}

/**
 * Ends the answer if need be; resolves with `value` once the response is closed, which a ServerResponse is
 * right after its last byte went out (or when the caller left): one listener, for either.
 */
function closed<T>(res: ServerResponse, value: T): Promise<T> {
  if (!res.writableEnded) res.end();
  if (res.writableFinished || res.destroyed) return Promise.resolve(value);
  return new Promise((resolve) => res.on('close', () => resolve(value))); // it closes once: no `once` wrapper needed
}
