import type { Ticket, UsageReport } from '../limits/index.js';
import type { MessagesBody } from '../messages/schema.js';
import { tailTrace } from '../metrics/tail-trace.js';
import { featureOf } from '../money/guards.js';
import { pricedParts, type PricedPart } from '../money/pricing.js';
import { totalUsage, type Usage } from '../upstream/usage.js';
import type { RequestContext } from './context.js';
import type { Dispatched } from './dispatch.js';
import { settleMoney } from './money.js';

/** Label value for requests that never reached an org or a model (a fixed set, never request text). */
const NONE = 'none';

const PROMPT_LOG_CHARS = 2_000;

function lastUserText(body: MessagesBody): string | undefined {
  const last = body.messages.findLast((m) => m.role === 'user');
  if (!last) return undefined;
  const text = typeof last.content === 'string' ? last.content : last.content.map((b) => (typeof b.text === 'string' ? b.text : '')).join('\n');
  return text.slice(0, PROMPT_LOG_CHARS);
}

const seconds = (fromMs: number, toMs: number): number => Math.max(0, toMs - fromMs) / 1000;

function usageReport(usage: Usage | undefined): UsageReport | undefined {
  if (!usage) return undefined;
  return {
    inputTokens: usage.inputTokens,
    cacheCreationInputTokens: usage.cacheCreationInputTokens,
    outputTokens: usage.outputTokens,
  };
}

/**
 * The gateway's own time: arrival to upstream send (minus time queued for budget, which is the org's
 * wait, not our work), plus upstream end to last byte written.
 */
function overheadSeconds(ctx: RequestContext): number | undefined {
  const t = ctx.timings;
  if (t.upstreamSentAt === undefined || t.upstreamEndedAt === undefined || t.finishedAt === undefined) return undefined;
  const before = t.upstreamSentAt - t.arrivedAt - (ctx.queuedMs ?? 0);
  return Math.max(0, before + (t.finishedAt - t.upstreamEndedAt)) / 1000;
}

/**
 * Tokens and cost in the metrics, attempt by attempt (a server-side fallback bills every iteration at its
 * own model's price), labelled with catalogue IDs only. Returns the request's cost in USD.
 */
function recordUsage(ctx: RequestContext, parts: readonly PricedPart[]): number {
  const { metrics } = ctx.services;
  const org = ctx.org?.id ?? NONE;
  let cost = 0;
  for (const { model, usage: u, costUsd: partCost } of parts) {
    metrics.tokens.inc({ org, model, type: 'input' }, u.inputTokens);
    metrics.tokens.inc({ org, model, type: 'output' }, u.outputTokens);
    metrics.tokens.inc({ org, model, type: 'cache_write' }, u.cacheCreationInputTokens);
    metrics.tokens.inc({ org, model, type: 'cache_read' }, u.cacheReadInputTokens);
    metrics.cost.inc({ org, model }, partCost);
    cost += partCost;
  }
  return cost;
}

/**
 * The usage to charge. A stream that ended before its final usage (`message_delta`), because the caller left,
 * the drain cut it or the upstream failed, is charged its output as estimated from the deltas relayed, not as
 * the `message_start` placeholder (`estimated` then).
 */
function chargedUsage(ctx: RequestContext, dispatched: Dispatched | undefined): { usage: Usage | undefined; estimated: boolean } {
  const { usage } = ctx;
  const scanner = dispatched?.scanner;
  if (!scanner || scanner.sawMessageDelta || scanner.sawMessageStop || !usage) return { usage, estimated: false };
  const outputTokens = Math.max(usage.outputTokens, scanner.relayedOutputTokens());
  return { usage: Object.assign({}, usage, { outputTokens }), estimated: true };
}

/**
 * Stage 7, when the response has closed, whatever stage the request stopped at: metrics, the budget
 * ticket settled with real usage (unused OTPM returned, ITPM estimate corrected), and one log line.
 */
export function account(ctx: RequestContext, ticket: Ticket | undefined, dispatched: Dispatched | undefined): void {
  const { metrics, logger } = ctx.services;
  const t = ctx.timings;
  t.finishedAt ??= performance.now();
  tailTrace?.request(ctx.upstreamRequestId ?? ctx.id, t);
  const { usage, estimated: outputEstimated } = chargedUsage(ctx, dispatched);
  // Every attempt's tokens added up (a server-side fallback bills each), for the budgets and the log.
  const tokens = usage && totalUsage(usage);
  const report = ctx.status !== undefined && ctx.status < 400 ? usageReport(tokens) : undefined;
  ticket?.settle(report);
  dispatched?.release(report);
  const parts = usage && ctx.model ? pricedParts(usage, ctx.model, ctx.conf) : [];
  settleMoney(ctx, parts);

  const org = ctx.org?.id ?? NONE;
  const model = ctx.model ?? NONE;
  const code = String(ctx.status ?? 499);
  const tier = (ctx.model && ctx.conf.modelsById.get(ctx.model)?.tier) ?? ctx.route?.tier ?? NONE;
  const route = ctx.route?.route ?? NONE;
  const duration = seconds(t.arrivedAt, t.finishedAt);
  const overhead = overheadSeconds(ctx);
  let cost = 0;

  if (ctx.kind === 'messages' || ctx.kind === 'chat_completions') {
    metrics.requests.inc({ org, tier, model, route, code });
    // The status class, so that latency objectives are built on successes and fast failures stay apart.
    metrics.requestDuration.observe({ org, model, stream: ctx.stream ? 'true' : 'false', code: `${code[0]}xx` }, duration);
    if (t.firstTokenAt !== undefined && ctx.model) metrics.timeToFirstToken.observe({ model }, seconds(t.arrivedAt, t.firstTokenAt));
    if (overhead !== undefined) metrics.overhead.observe(overhead);
    if (ctx.org) cost = recordUsage(ctx, parts);
  } else if (ctx.kind === 'batches' || ctx.kind === 'files') {
    // Their own route label; their tokens and cost are counted when a batch's results are read.
    metrics.requests.inc({ org, tier, model, route: ctx.kind === 'batches' ? 'batch' : 'file', code });
    metrics.requestDuration.observe({ org, model, stream: 'false', code: `${code[0]}xx` }, duration);
  }

  if (ctx.errorCode) metrics.errors.inc({ code: ctx.errorCode });

  ctx.trace?.end(
    {
      'gen_ai.request.model': ctx.body?.model,
      'gen_ai.response.model': ctx.model,
      'gen_ai.usage.input_tokens': usage?.inputTokens,
      'gen_ai.usage.output_tokens': usage?.outputTokens,
      'gateway.org': ctx.org?.id,
      'gateway.tier': tier === NONE ? undefined : tier,
      'gateway.route': ctx.route?.route,
      'gateway.feature': ctx.money?.feature ?? (ctx.org ? featureOf(ctx.org, ctx.req.headers['x-gateway-feature']) : undefined),
      'gateway.cost_usd': cost,
      'gateway.fallback_from': ctx.fallbackFrom,
    },
    ctx.status,
  );

  logger.info(
    {
      requestId: ctx.upstreamRequestId ?? ctx.id,
      gatewayRequestId: ctx.id,
      kind: ctx.kind,
      org,
      route,
      tier,
      model,
      fallbackFrom: ctx.fallbackFrom,
      feature: ctx.money?.feature,
      reason: ctx.route?.reason,
      stream: ctx.stream,
      status: ctx.status,
      errorType: ctx.errorType,
      errorCode: ctx.errorCode,
      outputEstimated: outputEstimated || undefined,
      tokens: tokens && {
        input: tokens.inputTokens,
        output: tokens.outputTokens,
        cacheWrite: tokens.cacheCreationInputTokens,
        cacheRead: tokens.cacheReadInputTokens,
      },
      costUsd: cost,
      durationMs: Math.round(duration * 1000),
      ttftMs: t.firstTokenAt !== undefined ? Math.round(t.firstTokenAt - t.arrivedAt) : undefined,
      // Microseconds rounded as `toFixed(3)` of the milliseconds would, without a string and its parse (~0.3 µs).
      overheadMs: overhead !== undefined ? Math.round(overhead * 1e6) / 1000 : undefined,
      queuedMs: ctx.queuedMs,
      // Redacted by the logger unless server.logPrompts is set.
      prompt: ctx.body && ctx.conf.config.server.logPrompts ? lastUserText(ctx.body) : undefined,
    },
    'request',
  );
}
