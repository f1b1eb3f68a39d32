import { withoutAccountIds } from '../errors.js';
import { requireCitedOwned } from '../files/citations.js';
import { parseCountTokens, parseFor } from '../messages/parse-off-thread.js';
import { forwardedHeaders, upstreamPath } from '../upstream/client.js';
import { authenticate } from './authenticate.js';
import type { RequestContext } from './context.js';
import { replyError } from './index.js';
import { readBody } from './read-body.js';
import { passUpstreamHeaders, setGatewayHeaders, upstreamRequestId } from './relay.js';
import { route } from './route.js';
import { account } from './account.js';

/**
 * POST /v1/messages/count_tokens: authenticated and routed like a message (so `auto` and aliases resolve to
 * the model that would answer), then passed through. No budget is spent on counting.
 */
export async function handleCountTokens(ctx: RequestContext): Promise<void> {
  const { services, conf, req, res } = ctx;
  try {
    const org = (ctx.org = authenticate(req.headers, conf));
    const { body, facts, bodyFor } = await parseCountTokens(await readBody(req, conf.config.server.bodyLimitBytes), parseFor(ctx, org));
    const decision = (ctx.route = route({ body, org, conf, maxTierHeader: req.headers['x-gateway-max-tier'], facts }));
    ctx.model = decision.model;
    await requireCitedOwned(services.ownership, org.id, facts.citedFileIds()); // a count would tell the size of another org's file
    const upstream = await services.upstream.request({
      method: 'POST',
      path: upstreamPath('/v1/messages/count_tokens', req.url),
      headers: forwardedHeaders(req.headers, services.apiKey),
      body: bodyFor(decision.model),
      signal: ctx.clientGone.signal,
    });
    const answered = Buffer.from(await upstream.body.arrayBuffer());
    const bytes = upstream.statusCode >= 400 ? withoutAccountIds(answered) : answered;
    ctx.status = upstream.statusCode;
    ctx.upstreamRequestId = upstreamRequestId(upstream.headers);
    passUpstreamHeaders(ctx, upstream.headers);
    setGatewayHeaders(ctx);
    res.writeHead(upstream.statusCode, ctx.headers.list);
    res.end(bytes);
  } catch (err) {
    replyError(ctx, err);
  } finally {
    account(ctx, undefined, undefined);
  }
}
