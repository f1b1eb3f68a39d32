import type { ServerResponse } from 'node:http';
import type { Request, Response } from 'express';
import type { OrgConfig } from '../config/schema.js';
import { withoutAccountIds } from '../errors.js';
import { account } from '../pipeline/account.js';
import { authenticate } from '../pipeline/authenticate.js';
import type { RequestContext } from '../pipeline/context.js';
import { replyError } from '../pipeline/index.js';
import { newContext } from '../pipeline/new-context.js';
import { passUpstreamHeaders, setGatewayHeaders, upstreamRequestId } from '../pipeline/relay.js';
import type { UpstreamResponse } from '../upstream/client.js';
import type { Services } from '../services.js';

export type ApiStep = (ctx: RequestContext, org: OrgConfig, params: Readonly<Record<string, string>>) => Promise<void>;

/**
 * An Express route for the Batches and Files endpoints: authenticate, then the step, then account (the
 * request metric with the route label `batch` or `file`, and the log line). Errors in Anthropic's shape.
 * The steps answer through `answer` and `pipeAnswer` below, which note the answer in the context.
 */
export function apiRoute(services: Services, kind: 'batches' | 'files', step: ApiStep) {
  return (req: Request, res: Response): void => {
    const ctx = newContext(req, res, services, kind);
    const params = req.params as Record<string, string>;
    void (async () => {
      try {
        const org = (ctx.org = authenticate(req.headers, ctx.conf));
        await step(ctx, org, params);
      } catch (err) {
        replyError(ctx, err);
      } finally {
        account(ctx, undefined, undefined);
      }
    })();
  };
}

/** Writes a whole answer with the upstream's status and the headers worth passing on. */
export function answer(ctx: RequestContext, status: number, upstreamHeaders: UpstreamResponse['headers'], answered: Buffer | string): void {
  const body = status >= 400 ? withoutAccountIds(Buffer.from(answered)) : answered;
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
