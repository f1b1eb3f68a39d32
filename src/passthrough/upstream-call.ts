import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { GatewayError } from '../errors.js';
import type { RequestContext } from '../pipeline/context.js';
import { passUpstreamHeaders, setGatewayHeaders, upstreamRequestId } from '../pipeline/relay.js';
import { forwardedHeaders, type UpstreamResponse } from '../upstream/client.js';

export interface CallOptions {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Path and query, as the upstream should see them. */
  readonly path: string;
  readonly body?: string | Readable;
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

/** Writes a whole answer with the upstream's status and the headers worth passing on. */
export function answer(ctx: RequestContext, status: number, upstreamHeaders: UpstreamResponse['headers'], body: Buffer | string): void {
  passUpstreamHeaders(ctx, upstreamHeaders);
  ctx.upstreamRequestId = upstreamRequestId(upstreamHeaders);
  ctx.status = status;
  setGatewayHeaders(ctx);
  ctx.headers.add('content-length', Buffer.byteLength(body));
  ctx.res.writeHead(status, ctx.headers.list);
  ctx.timings.upstreamEndedAt = performance.now();
  ctx.res.end(body);
}

/** Pipes an answer through as it arrives (file content, batch results), `onChunk` seeing each chunk. */
export async function pipeAnswer(ctx: RequestContext, response: UpstreamResponse, onChunk?: (chunk: Buffer) => void): Promise<void> {
  const { res } = ctx;
  passUpstreamHeaders(ctx, response.headers);
  ctx.upstreamRequestId = upstreamRequestId(response.headers);
  const length = response.headers['content-length'];
  if (typeof length === 'string') ctx.headers.add('content-length', length);
  ctx.status = response.statusCode;
  setGatewayHeaders(ctx);
  res.writeHead(response.statusCode, ctx.headers.list);
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    onChunk?.(chunk);
    if (!res.write(chunk)) await drainedOrClosed(res);
  }
  ctx.timings.upstreamEndedAt = performance.now();
  res.end();
}

/** A caller that leaves while the gateway waits for 'drain' never drains: 'close' ends the wait too (the aborted upstream then ends the loop). */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

/** The caller's origin, for URLs the gateway hands out (a batch's `results_url`). */
export function callerOrigin(ctx: RequestContext): string {
  const proto = ctx.req.headers['x-forwarded-proto'];
  const scheme = typeof proto === 'string' && /^https?$/.test(proto) ? proto : 'http';
  return `${scheme}://${ctx.req.headers.host ?? 'localhost'}`;
}
