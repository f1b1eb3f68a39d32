import { expect, vi } from 'vitest';
import { KEYS, testConfig } from '../helpers/config.js';

type Json = Record<string, unknown>;

/** The test config's orgs with extra keys merged into the named ones. */
export function withUsd(extra: Record<string, Json>): Json[] {
  const orgs = (testConfig() as unknown as { orgs: Json[] }).orgs;
  return orgs.map((org) => ({ ...org, ...(extra[org.id as string] ?? {}) }));
}

export interface SpendRowJson {
  org?: string;
  feature?: string;
  model?: string;
  day?: string;
  cost_usd: number;
  requests: number;
  tokens: Record<string, number>;
}

/** GET /v1/gateway/spend for a key; the total of its rows. */
export async function spendRows(url: string, key: string, query = ''): Promise<{ orgs: string[]; rows: SpendRowJson[] }> {
  const res = await fetch(`${url}/v1/gateway/spend${query}`, { headers: { 'x-api-key': key } });
  if (res.status !== 200) throw new Error(`spend: ${res.status} ${await res.text()}`);
  return (await res.json()) as { orgs: string[]; rows: SpendRowJson[] };
}

export async function spendOf(url: string, key: string = KEYS.search): Promise<{ costUsd: number; requests: number }> {
  const { rows } = await spendRows(url, key);
  return { costUsd: rows.reduce((s, r) => s + r.cost_usd, 0), requests: rows.reduce((s, r) => s + r.requests, 0) };
}

/** Settlement follows the answer by a moment: wait (bounded) until the ledger holds `requests` requests. */
export async function settledSpend(url: string, key: string, requests: number): Promise<{ costUsd: number; requests: number }> {
  return vi.waitFor(
    async () => {
      const spend = await spendOf(url, key);
      expect(spend.requests).toBeGreaterThanOrEqual(requests);
      return spend;
    },
    { timeout: 5_000, interval: 20 },
  );
}
