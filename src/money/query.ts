import { z } from 'zod';
import { aggregate, GROUPINGS, type Grouping, type SpendRow } from './ledger.js';
import { daysBetween, utcDay } from './windows.js';

const DATE_MESSAGE = 'must be a date YYYY-MM-DD (UTC)';
/** A real calendar day: `2026-13-45` matches the pattern but names no day. */
const isDay = (text: string): boolean => {
  const at = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().startsWith(text);
};
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE).refine(isDay, DATE_MESSAGE);

/** `from`/`to`/`by` of a spend query; from defaults to the first of this UTC month, to to today. */
export const spendQuerySchema = z.object({
  from: date.optional(),
  to: date.optional(),
  by: z.enum(GROUPINGS).default('org'),
});

export interface SpendQuery {
  readonly orgs: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly by: Grouping;
}

export interface SpendReport extends SpendQuery {
  readonly rows: SpendRow[];
}

export function spendQuery(input: z.infer<typeof spendQuerySchema>, orgs: readonly string[], now: number): SpendQuery {
  const today = utcDay(now);
  return { orgs, from: input.from ?? `${today.slice(0, 7)}-01`, to: input.to ?? today, by: input.by };
}

/** The ledger of each org over the days asked for (at most about 13 months), summed by `by`. */
export async function runSpendQuery(
  ledger: (org: string, days: readonly string[]) => Promise<Map<string, Record<string, number>>>,
  query: SpendQuery,
): Promise<SpendReport> {
  const days = daysBetween(query.from, query.to);
  const perOrg = new Map<string, Map<string, Record<string, number>>>();
  for (const org of query.orgs) perOrg.set(org, await ledger(org, days));
  return Object.assign({}, query, { rows: aggregate(perOrg, query.by) });
}
