import { ERROR_CODES, type ErrorCode } from '../error-codes.js';
import { asGatewayError, codeOf, errorBody, errorHeaders } from '../errors.js';
import { requireCitedOwned } from '../files/citations.js';
import type { Ticket } from '../limits/index.js';
import { budgetedParse, parseMessages, type ParsedMessages } from '../messages/parse-off-thread.js';
import { openAiErrorBody, openAiErrorChunk } from '../openai/errors.js';
import { account } from './account.js';
import { admitRequest } from './admit.js';
import { checkToolTurns, readMoney, reserveMoney } from './money.js';
import { authenticate } from './authenticate.js';
import type { RequestContext } from './context.js';
import { dispatch, type Dispatched } from './dispatch.js';
import { expectsContinue, readBody } from './read-body.js';
import { relay, setGatewayHeaders, sseErrorEvent, upstreamRequestId } from './relay.js';
import { routeRequest, sharedConversationTier } from './route.js';

/**
 * POST /v1/messages, as one readable walk:
 * authenticate -> validate -> route -> admit -> dispatch -> relay -> account.
 * Any stage may stop the walk with a GatewayError, which `replyError` turns into Anthropic's shape.
 * The stages return what they learn; only the walk writes it into the context.
 */
export async function handleMessages(ctx: RequestContext): Promise<void> {
  const { services, conf, req } = ctx;
  let ticket: Ticket | undefined;
  let dispatched: Dispatched | undefined;
  ctx.trace = services.tracing?.startRequest(req.headers);
  try {
    const org = (ctx.org = authenticate(req.headers, conf));
    services.metrics.inflight.inc({ org: org.id });
    let parsed: ParsedMessages | undefined = await parseMessages(await readBody(req, conf.config.server.bodyLimitBytes), budgetedParse(ctx, org));
    const { body, facts } = parsed;
    ctx.body = body;
    ctx.stream = body.stream === true;
    const citing = requireCitedOwned(services.ownership, org.id, facts.citedFileIds());
    if (citing) await citing;
    ctx.money = await readMoney(ctx, org, facts);
    checkToolTurns(ctx, org, facts);

    const conversationTier = await sharedConversationTier(ctx, body, org, facts);
    const decision = (ctx.route = routeRequest(ctx, body, org, { sticky: services.sticky, facts, conversationTier }));

    const inputTokens = facts.inputTokens();
    ticket = await admitRequest(ctx, org, inputTokens, body.max_tokens);
    ctx.queuedMs = ticket.queuedMs;
    await reserveMoney(ctx, org, decision, inputTokens, body.max_tokens);

    dispatched = await dispatch(ctx, { decision, bodyFor: parsed.bodyFor, inputTokens, maxTokens: body.max_tokens, onAttempt: (model) => (ctx.model = model) });
    // Sent: the body's bytes (up to server.bodyLimitBytes) are not kept alive for the rest of a stream.
    parsed = undefined;
    await relayAnswer(ctx, dispatched);
    if ((decision.route === 'auto' || decision.route === 'conversation') && ctx.status === 200) services.sticky.rememberAll(facts.stickyRememberKeys(org.id), dispatched.model);
  } catch (err) {
    replyError(ctx, err);
  } finally {
    if (ctx.org) services.metrics.inflight.dec({ org: ctx.org.id });
    account(ctx, ticket, dispatched);
  }
}

/** Stage 6 for a dispatched answer (/v1/messages and chat completions): what it tells of the request noted, then relayed. */
export async function relayAnswer(ctx: RequestContext, dispatched: Dispatched): Promise<void> {
  ctx.model = dispatched.model;
  ctx.fallbackFrom = dispatched.fallbackFrom;
  ctx.status = dispatched.status;
  ctx.usage = dispatched.usage;
  ctx.upstreamRequestId = upstreamRequestId(dispatched.headers);
  const cut = await relay(ctx, dispatched);
  if (cut) noteError(ctx, cut);
}

const noteError = (ctx: RequestContext, code: ErrorCode): void => {
  ctx.errorType = ERROR_CODES[code].type;
  ctx.errorCode = code;
};

/** An error as Anthropic would send it: a JSON body before anything was written, an SSE error event after. */
export function replyError(ctx: RequestContext, err: unknown): void {
  const { res } = ctx;
  const thrown = codeOf(err);
  if (thrown === 'GW_CLIENT_GONE' || ctx.clientGone.aborted) {
    ctx.status ??= 499;
    if (!res.writableEnded) res.destroy();
    return;
  }
  const error = asGatewayError(err);
  // Only a fault without a code is the gateway's own: the others are expected, and logged where they happen.
  if (thrown === 'GW_INTERNAL') {
    ctx.services.logger.error({ err, gatewayRequestId: ctx.id }, 'internal error');
  }
  ctx.errorType = error.type;
  ctx.errorCode = error.code;
  const openAi = ctx.kind === 'chat_completions';
  if (res.headersSent) {
    // The status line is gone: the code reaches the log line and the metrics only.
    if (!res.writableEnded) res.end(openAi ? openAiErrorChunk(error.type, error.message, error.code) : sseErrorEvent(error.type, error.message, ctx.id));
    return;
  }
  ctx.status = error.status;
  const headers = ctx.headers;
  headers.addAll(error.headers);
  headers.addAll(errorHeaders(error.code));
  // A client that waited for 100 Continue sends no body after a 413, so its connection cannot be reused.
  if (error.status === 413 && expectsContinue(ctx.req)) headers.add('connection', 'close');
  setGatewayHeaders(ctx);
  headers.add('content-type', 'application/json');
  res.writeHead(error.status, headers.list);
  const body = openAi ? openAiErrorBody(error.type, error.message, error.code) : errorBody(error.type, error.message, ctx.upstreamRequestId ?? ctx.id);
  res.end(JSON.stringify(body));
}
