import { asGatewayError, errorBody, shouldRetry } from '../errors.js';
import { requireCitedOwned } from '../files/citations.js';
import type { Ticket } from '../limits/index.js';
import { parseMessages } from '../messages/parse-off-thread.js';
import { openAiErrorBody, openAiErrorChunk } from '../openai/errors.js';
import { ClientGoneError } from '../client-gone-error.js';
import { AttemptError } from '../upstream/attempt-error.js';
import { account } from './account.js';
import { admitRequest } from './admit.js';
import { checkMoney, reserveMoney } from './money.js';
import { authenticate } from './authenticate.js';
import type { RequestContext } from './context.js';
import { dispatch, type Dispatched } from './dispatch.js';
import { expectsContinue, readBody } from './read-body.js';
import { relay, setGatewayHeaders, sseErrorEvent } from './relay.js';
import { routeRequest } from './route.js';

/**
 * POST /v1/messages, as one readable walk:
 * authenticate -> validate -> route -> admit -> dispatch -> relay -> account.
 * Any stage may stop the walk with a GatewayError, which `replyError` turns into Anthropic's shape.
 */
export async function handleMessages(ctx: RequestContext): Promise<void> {
  const { services, conf, req } = ctx;
  let ticket: Ticket | undefined;
  let dispatched: Dispatched | undefined;
  ctx.trace = services.tracing?.startRequest(req.headers);
  try {
    const org = (ctx.org = authenticate(req.headers, conf));
    services.metrics.inflight.inc({ org: org.id });
    const parsed = await parseMessages(await readBody(req, conf.config.server.bodyLimitBytes), {
      orgId: org.id,
      weights: conf.config.routing.weights,
      signal: ctx.clientGone.signal,
      metrics: services.metrics,
      refusalBeforeBody: () => services.limits.refusalBeforeBody(org),
    });
    const { body, facts } = parsed;
    ctx.rawBody = parsed.raw;
    ctx.body = body;
    ctx.stream = body.stream === true;
    const citing = requireCitedOwned(services.ownership, org.id, facts.citedFileIds());
    if (citing) await citing;
    await checkMoney(ctx, org, facts);

    const decision = routeRequest(ctx, body, org, services.sticky, facts);

    const inputTokens = facts.inputTokens();
    ticket = await admitRequest(ctx, org, inputTokens, body.max_tokens);
    await reserveMoney(ctx, org, decision, inputTokens, body.max_tokens);

    dispatched = await dispatch(ctx, { decision, bodyFor: parsed.bodyFor, inputTokens, maxTokens: body.max_tokens });
    await relay(ctx, dispatched);
    if ((decision.route === 'auto' || decision.route === 'conversation') && ctx.status === 200) services.sticky.rememberAll(facts.stickyRememberKeys(org.id), dispatched.model);
  } catch (err) {
    replyError(ctx, err);
  } finally {
    if (ctx.org) services.metrics.inflight.dec({ org: ctx.org.id });
    account(ctx, ticket, dispatched);
  }
}

/** An error as Anthropic would send it: a JSON body before anything was written, an SSE error event after. */
export function replyError(ctx: RequestContext, err: unknown): void {
  const { res } = ctx;
  if (err instanceof ClientGoneError || ctx.clientGone.aborted) {
    ctx.status ??= 499;
    if (!res.writableEnded) res.destroy();
    return;
  }
  const error = asGatewayError(err);
  if (error.status >= 500 && error.status !== 529 && !(err instanceof AttemptError)) {
    ctx.services.logger.error({ err, gatewayRequestId: ctx.id }, 'internal error');
  }
  ctx.errorType = error.type;
  const openAi = ctx.kind === 'chat_completions';
  if (res.headersSent) {
    if (!res.writableEnded) res.end(openAi ? openAiErrorChunk(error.type, error.message) : sseErrorEvent(error.type, error.message, ctx.id));
    return;
  }
  ctx.status = error.status;
  const headers = ctx.headers;
  headers.addAll(error.headers);
  headers.add('x-should-retry', shouldRetry(error.status));
  // A client that waited for 100 Continue sends no body after a 413, so its connection cannot be reused.
  if (error.status === 413 && expectsContinue(ctx.req)) headers.add('connection', 'close');
  setGatewayHeaders(ctx);
  headers.add('content-type', 'application/json');
  res.writeHead(error.status, headers.list);
  const body = openAi ? openAiErrorBody(error.type, error.message) : errorBody(error.type, error.message, ctx.upstreamRequestId ?? ctx.id);
  res.end(JSON.stringify(body));
}
