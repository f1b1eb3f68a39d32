import type { OrgConfig } from '../config/schema.js';
import type { OrgLimits, Ticket } from '../limits/index.js';
import type { ClientGone } from './client-gone.js';

/**
 * Stage 4: the org's budgets (RPM, ITPM, OTPM, concurrency). Admitted at once when the budget has room;
 * otherwise waits up to the org's `maxQueueMs` for budget, then throws a 429. The ticket is settled by
 * `account` with the real usage.
 */
export async function admit(limits: OrgLimits, org: OrgConfig, inputTokens: number, maxTokens: number, client: ClientGone): Promise<Ticket> {
  const request = { org, inputTokens, maxTokens };
  return limits.admitNow(request) ?? limits.admit({ org, inputTokens, maxTokens, signal: client.signal });
}
