import type { OrgConfig } from '../config/schema.js';
import { codeOf } from '../errors.js';
import type { BodyFacts } from '../messages/body-facts.js';
import { UsdBudgets, type MoneyTicket } from '../money/budget.js';
import { featureOf, toolTurnsExceeded } from '../money/guards.js';
import { estimateUsd, type PricedPart } from '../money/pricing.js';
import type { RequestContext, RouteDecision } from './context.js';

/** What the money stages learn about a request (docs/money.md). */
export interface MoneyState {
  readonly feature: string;
  readonly conversation: string | undefined;
  readonly ceiling: RouteBudgetCeiling | undefined;
  /** For `x-gateway-budget-remaining-usd`: read before routing, then the reservation's view, 0 once refused. */
  remainingUsd: number | undefined;
  ticket?: MoneyTicket;
}

type RouteBudgetCeiling = NonNullable<ReturnType<typeof UsdBudgets.ceiling>>;

/**
 * Before routing: the feature, the conversation, the org's settled spend (for `x-gateway-budget-remaining-usd` and
 * the ceiling its `policy.downgrade` marks set).
 */
export async function readMoney(ctx: RequestContext, org: OrgConfig, facts: BodyFacts): Promise<MoneyState> {
  const { budgets, metrics } = ctx.services.money;
  const conversation = org.policy?.maxConversationUsd !== undefined ? facts.conversationId(org.id) : undefined;
  let ceiling: RouteBudgetCeiling | undefined;
  let remainingUsd: number | undefined;
  if (org.usd?.daily !== undefined || org.usd?.monthly !== undefined) {
    // Downgrade marks need the shared spend now; otherwise the reservation reads it, and an answer refused
    // before that shows what this replica saw last (one store round trip less per request).
    remainingUsd = org.policy?.downgrade?.length ? undefined : budgets.lastSeenRemaining(org);
    if (remainingUsd === undefined) {
      const status = await budgets.status(org);
      remainingUsd = status.remainingUsd;
      ceiling = UsdBudgets.ceiling(org, status.percent);
      if (ceiling) metrics.downgrades.inc({ org: org.id, tier: ceiling.tier });
    }
  }
  return { feature: featureOf(org, ctx.req.headers['x-gateway-feature']), conversation, ceiling, remainingUsd };
}

/** The runaway-loop guard: a history past `policy.maxToolTurns` is refused. */
export function checkToolTurns(ctx: RequestContext, org: OrgConfig, facts: BodyFacts): void {
  const tooManyTurns = toolTurnsExceeded(org, facts.toolTurns);
  if (!tooManyTurns) return;
  ctx.services.money.metrics.refusals.inc({ org: org.id, limit: 'tool_turns' });
  throw tooManyTurns;
}

/** After admission: reserve the request's estimated cost at the chosen model's price (429 past a limit). */
export async function reserveMoney(ctx: RequestContext, org: OrgConfig, decision: RouteDecision, inputTokens: number, maxTokens: number): Promise<void> {
  const money = ctx.money;
  if (!money) return;
  try {
    money.ticket = await ctx.services.money.budgets.reserve({
      org,
      feature: money.feature,
      conversation: money.conversation,
      estimateUsd: estimateUsd(ctx.conf, decision.model, inputTokens, maxTokens),
    });
    money.remainingUsd = money.ticket.remainingUsd;
  } catch (err) {
    if (codeOf(err) === 'GW_USD_BUDGET_EXCEEDED' && money.remainingUsd !== undefined) money.remainingUsd = 0;
    throw err;
  }
}

/**
 * When the answer is over: the real cost, each billed attempt at the price of the model that ran it,
 * in the feature metrics at once, then settled in the store (the reservation's rest is refunded).
 */
export function settleMoney(ctx: RequestContext, parts: readonly PricedPart[]): void {
  const money = ctx.money;
  const org = ctx.org;
  if (!money || !org) return;
  const { metrics } = ctx.services.money;
  for (const part of parts) {
    const u = part.usage;
    metrics.featureCost.inc({ org: org.id, feature: money.feature, model: part.model }, part.costUsd);
    const tokens = (type: string, amount: number): void => metrics.featureTokens.inc({ org: org.id, feature: money.feature, type }, amount);
    tokens('input', u.inputTokens);
    tokens('output', u.outputTokens);
    tokens('cache_read', u.cacheReadInputTokens);
    tokens('cache_write', u.cacheCreationInputTokens);
  }
  const ticket = money.ticket;
  if (!ticket) return;
  // Not `ctx` in the callback: a Redis ledger settle answers after its batch (50 ms), and the request's body would
  // live that long, outlive two scavenges and be freed only by mark-compacts (bench/HISTORY.md, session 6).
  const { logger } = ctx.services;
  const orgId = org.id;
  ticket.settle(parts).catch((err: unknown) => logger.warn({ err: String(err), org: orgId }, 'spend not settled'));
}
