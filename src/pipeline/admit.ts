import type { OrgConfig } from '../config/schema.js';
import type { OrgLimits, Ticket } from '../limits/index.js';
import { tailTrace } from '../metrics/tail-trace.js';
import { inChildSpan } from '../tracing/spans.js';
import type { ClientGone } from './client-gone.js';
import type { RequestContext } from './context.js';

/**
 * Stage 4: the org's budgets (RPM, ITPM, OTPM, concurrency). Admitted at once when the budget has room;
 * otherwise waits up to the org's `maxQueueMs` for budget, then throws a 429. The ticket is settled by
 * `account` with the real usage.
 */
export function admit(limits: OrgLimits, org: OrgConfig, inputTokens: number, maxTokens: number, client: ClientGone): Ticket | Promise<Ticket> {
  return limits.admitNow({ org, inputTokens, maxTokens }) ?? limits.admit({ org, inputTokens, maxTokens, signal: () => client.signal });
}

/** Stage 4 for a request: admitted inside its trace's budget-wait span, the budget headers added to the answer's. */
export async function admitRequest(ctx: RequestContext, org: OrgConfig, inputTokens: number, maxTokens: number): Promise<Ticket> {
  const wait = (): Ticket | Promise<Ticket> => admit(ctx.services.limits, org, inputTokens, maxTokens, ctx.clientGone);
  // Untraced (the usual case), no span wrapper: admitted at once (nearly always), no promise is made for it.
  const ticket = await (ctx.trace
    ? inChildSpan(ctx.trace, 'gateway.budget_wait', { 'gateway.org': org.id }, async () => wait(), (admitted) => ({ 'gateway.queued_ms': admitted.queuedMs }))
    : wait());
  if (tailTrace) ctx.timings.admittedAt = performance.now();
  ctx.headers.addAll(ticket.headers);
  return ticket;
}
