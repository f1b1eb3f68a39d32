import type { PricedPart } from './pricing.js';
import type { LedgerEntry } from './store.js';
import { LedgerSums } from './ledger-sums.js';
import { toUsd } from './units.js';

/** Token kinds kept in the ledger, beside `cost` (nano-USD) and `requests`. */
const TOKEN_KINDS = ['input', 'output', 'cache_read', 'cache_write_5m', 'cache_write_1h'] as const;
type TokenKind = (typeof TOKEN_KINDS)[number];

export const GROUPINGS = ['org', 'feature', 'model', 'day'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** One line of a spend report: a group (an org, feature, model or day) and what it spent. */
export interface SpendRow {
  readonly key: string;
  costUsd: number;
  requests: number;
  tokens: Record<TokenKind, number>;
}

/** A request's ledger fields (`feature|model|kind`); it counts as one request of the model that answered last. */
export function ledgerEntry(day: string, feature: string, parts: readonly PricedPart[]): LedgerEntry {
  const sums = new LedgerSums();
  sums.add('', day, feature, parts);
  return sums.take()[0]?.entry ?? { day, fields: {} };
}

const emptyRow = (key: string): SpendRow => ({
  key,
  costUsd: 0,
  requests: 0,
  tokens: { input: 0, output: 0, cache_read: 0, cache_write_5m: 0, cache_write_1h: 0 },
});

/** Sums ledger days of orgs into rows, one per value of `by`, sorted by cost (highest first). */
export function aggregate(days: ReadonlyMap<string, ReadonlyMap<string, Record<string, number>>>, by: Grouping): SpendRow[] {
  const rows = new Map<string, SpendRow & { nano: number }>();
  for (const [org, perDay] of days) {
    for (const [day, fields] of perDay) {
      for (const [field, amount] of Object.entries(fields)) {
        const [feature = '', model = '', kind = ''] = field.split('|');
        const key = { org, feature, model, day }[by];
        let row = rows.get(key);
        if (!row) rows.set(key, (row = Object.assign(emptyRow(key), { nano: 0 })));
        if (kind === 'cost') row.nano += amount;
        else if (kind === 'requests') row.requests += amount;
        else if (kind in row.tokens) row.tokens[kind as TokenKind] += amount;
      }
    }
  }
  return [...rows.values()]
    .map(({ nano, key, requests, tokens }) => ({ key, costUsd: toUsd(nano), requests, tokens }))
    .sort((a, b) => b.costUsd - a.costUsd || a.key.localeCompare(b.key));
}

const COLUMNS = ['cost_usd', 'requests', ...TOKEN_KINDS] as const;
const cells = (row: SpendRow): string[] => [row.key, row.costUsd.toFixed(6), String(row.requests), ...TOKEN_KINDS.map((k) => String(row.tokens[k]))];

/** A row as JSON (endpoint and CLI): the group under the name of its grouping. */
export const rowJson = (row: SpendRow, by: Grouping): Record<string, unknown> => ({
  [by]: row.key,
  cost_usd: row.costUsd,
  requests: row.requests,
  tokens: row.tokens,
});

export function formatRows(rows: readonly SpendRow[], by: Grouping, format: 'table' | 'csv' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(rows.map((r) => rowJson(r, by)), null, 2)}\n`;
  const header = [by, ...COLUMNS];
  const lines = rows.map(cells);
  if (format === 'csv') return [header, ...lines].map((l) => l.join(',')).join('\n') + '\n';
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const pad = (l: readonly string[]): string => l.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [header, ...lines].map(pad).join('\n') + '\n';
}
