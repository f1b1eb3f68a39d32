import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { Pool, type Dispatcher } from 'undici';
import { requestBody } from './request-body.js';

export type UpstreamResponse = Dispatcher.ResponseData;

/** A request body: text, or bytes in pieces sent one after another (a large body around its rewritten `model`, never joined). */
export type UpstreamBody = string | readonly Buffer[];

/** Request headers passed from the caller to Anthropic. The caller's own key never is. */
const FORWARDED_HEADER = /^(anthropic-(?!ratelimit)|x-stainless-|user-agent$|accept$)/;

/**
 * The headers of the upstream request, as a flat [name, value, ...] list: undici reads a list with a
 * plain loop, cheaper than the keys of an object built per request.
 */
export function forwardedHeaders(incoming: IncomingHttpHeaders, apiKey: string | undefined): string[] {
  const out = ['content-type', 'application/json'];
  let version = false;
  for (const name in incoming) {
    const value = incoming[name];
    if (value === undefined || !FORWARDED_HEADER.test(name)) continue;
    out.push(name, Array.isArray(value) ? value.join(', ') : value);
    if (name === 'anthropic-version') version = true;
  }
  if (!version) out.push('anthropic-version', '2023-06-01');
  if (apiKey !== undefined) out.push('x-api-key', apiKey);
  return out;
}

/** Query parameters passed to the upstream; any other (a caller's key, say) stays here. */
const FORWARDED_QUERY = ['beta'] as const;

/**
 * The upstream request target: the endpoint's own path and the allowed query parameters, never the caller's
 * target as written (an absolute-form `POST http://elsewhere/v1/messages` must not name where the gateway goes).
 */
export function upstreamPath(endpoint: string, requestTarget: string | undefined): string {
  const q = requestTarget?.indexOf('?') ?? -1;
  if (requestTarget === undefined || q < 0) return endpoint;
  const given = new URLSearchParams(requestTarget.slice(q + 1));
  const kept = new URLSearchParams();
  for (const name of FORWARDED_QUERY) {
    const value = given.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `${endpoint}?${query}` : endpoint;
}

/**
 * A keep-alive connection pool to the Anthropic API (or the simulator). The gateway does its own
 * fallback, so there is no retry here: one call is one attempt.
 */
export class UpstreamClient {
  private readonly pool: Pool;
  private readonly pathPrefix: string;

  constructor(baseUrl: string, connections: number) {
    const url = new URL(baseUrl);
    this.pathPrefix = url.pathname.replace(/\/$/, '');
    this.pool = new Pool(url.origin, {
      connections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      headersTimeout: 0,
      bodyTimeout: 0,
    });
  }

  /** A call whose answer is read through `handler`'s callbacks: no stream object, no promise per call. */
  dispatch(options: { path: string; headers: string[]; body: string | Iterable<Buffer> }, handler: Dispatcher.DispatchHandler): void {
    // undici documents Iterable bodies (docs/api/Dispatcher.md); its typings do not list them.
    const body = options.body as Dispatcher.DispatchOptions['body'];
    this.pool.dispatch({ method: 'POST', path: this.pathPrefix + options.path, headers: options.headers, body }, handler);
  }

  request(options: { method: 'GET' | 'POST' | 'DELETE'; path: string; headers: string[]; body?: UpstreamBody | Readable; signal: AbortSignal }): Promise<UpstreamResponse> {
    const sent = Array.isArray(options.body) ? requestBody(options.body, options.headers) : undefined;
    // undici documents Iterable bodies (docs/api/Dispatcher.md); its typings do not list them.
    const body = (sent?.body ?? options.body) as Dispatcher.RequestOptions['body'];
    return this.pool.request({ method: options.method, path: this.pathPrefix + options.path, headers: sent?.headers ?? options.headers, body, signal: options.signal });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
