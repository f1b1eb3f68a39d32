import { describe, expect, it } from 'vitest';
import { ledgerEntry } from '../../src/money/ledger.js';
import { LedgerSums } from '../../src/money/ledger-sums.js';
import type { PricedPart } from '../../src/money/pricing.js';
import { emptyUsage, type Usage } from '../../src/upstream/usage.js';

const usage = (u: Partial<Usage>): Usage => Object.assign(emptyUsage(), u);
const part = (model: string, costUsd: number, u: Partial<Usage> = {}): PricedPart => ({ model, costUsd, usage: usage(u) });

/** Field-wise sum of ledger fields. */
function added(entries: ReadonlyArray<Readonly<Record<string, number>>>): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const fields of entries) for (const [field, amount] of Object.entries(fields)) sum[field] = (sum[field] ?? 0) + amount;
  return sum;
}

describe('the ledger entry of a request', () => {
  it('holds nano-USD, tokens by kind and one request for the model that answered last; zero amounts are left out', () => {
    const fallback = [
      part('claude-opus-4-7', 0.000_123_456_7, { inputTokens: 10, outputTokens: 0 }),
      part('claude-haiku-4-5', 0.25, { inputTokens: 7, outputTokens: 3, cacheReadInputTokens: 2, cacheCreationInputTokens: 5, cacheCreation1hInputTokens: 4 }),
    ];
    expect(ledgerEntry('2026-12-07', 'chat', fallback)).toEqual({
      day: '2026-12-07',
      fields: {
        'chat|claude-opus-4-7|cost': 123_457,
        'chat|claude-opus-4-7|input': 10,
        'chat|claude-haiku-4-5|cost': 250_000_000,
        'chat|claude-haiku-4-5|input': 7,
        'chat|claude-haiku-4-5|output': 3,
        'chat|claude-haiku-4-5|cache_read': 2,
        'chat|claude-haiku-4-5|cache_write_5m': 1,
        'chat|claude-haiku-4-5|cache_write_1h': 4,
        'chat|claude-haiku-4-5|requests': 1,
      },
    });
  });
});

describe('LedgerSums', () => {
  it('hands over, per org and day, exactly the sum of the requests’ own entries, then starts over', () => {
    const requests: Array<{ org: string; day: string; feature: string; parts: PricedPart[] }> = [];
    for (let i = 0; i < 200; i++) {
      const parts = [part(i % 3 ? 'claude-haiku-4-5' : 'claude-sonnet-4-6', (i * 0.000_731) % 0.9, { inputTokens: i * 7, outputTokens: i % 5, cacheCreationInputTokens: i % 4, cacheCreation1hInputTokens: i % 3 })];
      if (i % 11 === 0) parts.unshift(part('claude-opus-4-7', 0.01 * i, { inputTokens: i }));
      requests.push({ org: i % 2 ? 'search' : 'batch', day: i % 7 ? '2026-12-07' : '2026-12-08', feature: i % 3 ? 'chat' : 'other', parts });
    }
    const sums = new LedgerSums();
    for (const r of requests) sums.add(r.org, r.day, r.feature, r.parts);
    const taken = sums.take();
    expect(taken.map((t) => `${t.org} ${t.entry.day}`).sort()).toEqual(['batch 2026-12-07', 'batch 2026-12-08', 'search 2026-12-07', 'search 2026-12-08']);
    for (const { org, entry } of taken) {
      const own = requests.filter((r) => r.org === org && r.day === entry.day).map((r) => ledgerEntry(r.day, r.feature, r.parts).fields);
      expect(entry.fields).toEqual(added(own));
    }
    expect(sums.take()).toEqual([]);
  });
});
