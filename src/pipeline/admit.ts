import type { OrgConfig } from '../config/schema.js';
import type { OrgLimits, Ticket } from '../limits/index.js';

/**
 * Stage 4: the org's budgets (RPM, ITPM, OTPM, concurrency). Waits up to the org's `maxQueueMs` for budget,
 * then throws a 429. The ticket is settled by `account` with the real usage.
 */
export function admit(limits: OrgLimits, org: OrgConfig, inputTokens: number, maxTokens: number, signal: AbortSignal): Promise<Ticket> {
  return limits.admit({ org, inputTokens, maxTokens, signal });
}
