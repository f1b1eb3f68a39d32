import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { errorTypeFor } from '../errors.js';
import type { SimState } from './state.js';

/** Anthropic's Messages limit. */
export const BODY_LIMIT_BYTES = 32 * 1024 * 1024;

/** One request and its response, with what is needed to stop any timer when the client goes away. */
export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly state: SimState;
  readonly requestId: string;
  readonly path: string;
  /** False for /_sim calls, which stay out of the stats. */
  readonly counted: boolean;
  /** Set when the response is finished or the connection closed: write nothing more. */
  closed: boolean;
  timer: NodeJS.Timeout | undefined;
}

export function createExchange(state: SimState, req: IncomingMessage, res: ServerResponse, path: string, counted: boolean): Exchange {
  const ex: Exchange = { req, res, state, requestId: `req_sim_${state.nextId()}`, path, counted, closed: false, timer: undefined };
  res.once('close', () => {
    ex.closed = true;
    clearTimer(ex);
  });
  return ex;
}

/** Runs `fn` after `ms` unless the client disconnects first; one timer per exchange, counted in stats. */
export function setTimer(ex: Exchange, ms: number, fn: () => void): void {
  clearTimer(ex);
  ex.state.stats.pendingTimers++;
  ex.timer = setTimeout(() => {
    ex.timer = undefined;
    ex.state.stats.pendingTimers--;
    if (!ex.closed) fn();
  }, ms);
}

export function clearTimer(ex: Exchange): void {
  if (ex.timer === undefined) return;
  clearTimeout(ex.timer);
  ex.timer = undefined;
  ex.state.stats.pendingTimers--;
}

/** Runs `fn` now, or after `ms` if positive. */
export function after(ex: Exchange, ms: number, fn: () => void): void {
  if (ms <= 0) fn();
  else setTimer(ex, ms, fn);
}

export function sendJson(ex: Exchange, status: number, body: string, headers: OutgoingHttpHeaders = {}): void {
  if (ex.closed || ex.res.headersSent) return;
  headers['content-type'] = 'application/json';
  headers['content-length'] = Buffer.byteLength(body);
  headers['request-id'] = ex.requestId;
  ex.res.writeHead(status, headers);
  ex.res.end(body);
  if (ex.counted) ex.state.countResponse(status);
}

export const errorJson = (type: string, message: string, requestId: string): string =>
  JSON.stringify({ type: 'error', error: { type, message }, request_id: requestId });

export function sendError(ex: Exchange, status: number, message: string, headers: OutgoingHttpHeaders = {}): void {
  sendJson(ex, status, errorJson(errorTypeFor(status), message, ex.requestId), headers);
}

/** The raw body's bytes, or null when it is over the limit (the rest is drained, unread). */
export function readRawBody(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.once('end', () => resolve(size > limit ? null : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
    req.once('error', reject);
  });
}

export function recordRequest(ex: Exchange, body: string): void {
  const headers: Record<string, string> = {};
  const raw = ex.req.headers;
  for (const name in raw) {
    const v = raw[name];
    if (v !== undefined) headers[name] = Array.isArray(v) ? v.join(', ') : v;
  }
  ex.state.record({ method: ex.req.method ?? 'GET', url: ex.req.url ?? '/', headers, body });
}
