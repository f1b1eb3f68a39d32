import type { Readable } from 'node:stream';
import { GatewayError } from '../errors.js';
import type { RequestContext } from '../pipeline/context.js';
import { forwardedHeaders, type UpstreamBody, type UpstreamResponse } from '../upstream/client.js';

export interface CallOptions {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Path and query, as the upstream should see them. */
  readonly path: string;
  readonly body?: UpstreamBody | Readable;
  /** For a streamed upload: the caller's own content type (multipart boundary) and length. */
  readonly upload?: { contentType: string; contentLength?: string };
}

/**
 * One upstream call for the Batches and Files endpoints. These are not model calls: no breaker and no
 * fallback; the gateway's key replaces the caller's, as for /v1/messages.
 */
export async function callUpstream(ctx: RequestContext, options: CallOptions): Promise<UpstreamResponse> {
  const headers = forwardedHeaders(ctx.req.headers, ctx.services.apiKey);
  if (options.upload) {
    headers[1] = options.upload.contentType; // forwardedHeaders starts with content-type
    if (options.upload.contentLength !== undefined) headers.push('content-length', options.upload.contentLength);
  }
  ctx.timings.upstreamSentAt ??= performance.now();
  try {
    return await ctx.services.upstream.request({ method: options.method, path: options.path, headers, body: options.body, signal: ctx.clientGone.signal });
  } catch (err) {
    if (ctx.clientGone.aborted) throw err;
    throw new GatewayError('GW_UPSTREAM_UNREACHABLE', 'The upstream could not be reached');
  }
}

export async function readAll(response: UpstreamResponse): Promise<Buffer> {
  return Buffer.from(await response.body.arrayBuffer());
}

/** The caller's origin, for URLs the gateway hands out (a batch's `results_url`). */
export function callerOrigin(ctx: RequestContext): string {
  const proto = ctx.req.headers['x-forwarded-proto'];
  const scheme = typeof proto === 'string' && /^https?$/.test(proto) ? proto : 'http';
  return `${scheme}://${ctx.req.headers.host ?? 'localhost'}`;
}
