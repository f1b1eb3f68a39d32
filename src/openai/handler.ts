import { joined } from '../bytes.js';
import { requireCitedOwned } from '../files/citations.js';
import type { Ticket } from '../limits/index.js';
import { budgetedParse, parseChatCompletions, type ParsedMessages } from '../messages/parse-off-thread.js';
import { account } from '../pipeline/account.js';
import { admitRequest } from '../pipeline/admit.js';
import { checkToolTurns, readMoney, reserveMoney } from '../pipeline/money.js';
import { authenticate } from '../pipeline/authenticate.js';
import type { RequestContext } from '../pipeline/context.js';
import { dispatch, type Dispatched } from '../pipeline/dispatch.js';
import { relayAnswer, replyError } from '../pipeline/index.js';
import { readBody } from '../pipeline/read-body.js';
import { routeRequest, sharedConversationTier } from '../pipeline/route.js';
import { ChatChunkScanner } from './chunk-scanner.js';
import { usageOfCompletion } from './usage.js';

/**
 * POST /v1/chat/completions, the OpenAI-compatible call, walked through the same stages as /v1/messages:
 * authenticate -> validate -> route -> admit -> dispatch -> relay -> account. Routing and budgets read the
 * request as a Messages body; the caller's bytes go to Anthropic's compatibility endpoint with only `model`
 * rewritten, and the answer (JSON or `data:` chunks to `[DONE]`) comes back unchanged.
 */
export async function handleChatCompletions(ctx: RequestContext): Promise<void> {
  const { services, conf, req } = ctx;
  let ticket: Ticket | undefined;
  let dispatched: Dispatched | undefined;
  ctx.trace = services.tracing?.startRequest(req.headers);
  try {
    const org = (ctx.org = authenticate(req.headers, conf));
    services.metrics.inflight.inc({ org: org.id });
    let parsed: ParsedMessages | undefined = await parseChatCompletions(await readBody(req, conf.config.server.bodyLimitBytes), budgetedParse(ctx, org));
    const { facts } = parsed;
    const citing = requireCitedOwned(services.ownership, org.id, facts.citedFileIds());
    if (citing) await citing;
    const body = (ctx.body = parsed.body);
    ctx.stream = body.stream === true;
    ctx.money = await readMoney(ctx, org, facts);
    checkToolTurns(ctx, org, facts);

    const conversationTier = await sharedConversationTier(ctx, body, org, facts);
    const decision = (ctx.route = routeRequest(ctx, body, org, { facts, conversationTier }));

    const inputTokens = facts.inputTokens();
    ticket = await admitRequest(ctx, org, inputTokens, body.max_tokens);
    ctx.queuedMs = ticket.queuedMs;
    await reserveMoney(ctx, org, decision, inputTokens, body.max_tokens);

    const input = { decision, bodyFor: parsed.bodyFor, inputTokens, maxTokens: body.max_tokens, scanner: () => new ChatChunkScanner(inputTokens), onAttempt: (model: string) => (ctx.model = model) };
    dispatched = await dispatch(ctx, input);
    // Sent: the body's bytes are not kept alive for the rest of a stream.
    parsed = undefined;
    if (!dispatched.scanner && dispatched.status === 200) usageOfCompletion(dispatched.usage, joined(dispatched.held).toString('utf8'));
    await relayAnswer(ctx, dispatched);
  } catch (err) {
    replyError(ctx, err);
  } finally {
    if (ctx.org) services.metrics.inflight.dec({ org: ctx.org.id });
    account(ctx, ticket, dispatched);
  }
}
