import type { Thresholds, Tier } from '../../src/config/schema.js';
import { TIERS } from '../../src/config/schema.js';
import type { MessagesBody } from '../../src/messages/schema.js';
import { tierForScore } from '../../src/routing/tiers.js';

export interface Labelled {
  name: string;
  expected: Tier;
  body: MessagesBody;
}

export interface RealisticReport {
  total: number;
  correct: number;
  /** confusion[expected][predicted] */
  confusion: Record<Tier, Record<Tier, number>>;
  opusToHaiku: number;
  misses: { name: string; expected: Tier; got: Tier; score: number; reasons: string[] }[];
}

export const realisticReport = (
  examples: readonly Labelled[],
  classify: (body: MessagesBody) => { score: number; reasons: string[] },
  thresholds: Thresholds,
): RealisticReport => {
  const confusion = Object.fromEntries(TIERS.map((t) => [t, Object.fromEntries(TIERS.map((u) => [u, 0]))])) as Record<
    Tier,
    Record<Tier, number>
  >;
  const report: RealisticReport = { total: examples.length, correct: 0, confusion, opusToHaiku: 0, misses: [] };
  for (const ex of examples) {
    const { score, reasons } = classify(ex.body);
    const got = tierForScore(score, thresholds);
    confusion[ex.expected][got] += 1;
    if (got === ex.expected) report.correct += 1;
    else report.misses.push({ name: ex.name, expected: ex.expected, got, score, reasons });
    if (ex.expected === 'opus' && got === 'haiku') report.opusToHaiku += 1;
  }
  return report;
};

export const formatRealistic = (r: RealisticReport, listMisses = true): string => {
  const lines = [`accuracy ${r.correct}/${r.total} = ${((100 * r.correct) / r.total).toFixed(1)}%`];
  for (const t of TIERS) {
    const row = r.confusion[t];
    const n = TIERS.reduce((a, u) => a + row[u], 0);
    lines.push(`  expected ${t.padEnd(6)} n=${String(n).padStart(3)}  acc ${((100 * row[t]) / Math.max(1, n)).toFixed(1)}%`);
  }
  lines.push(`confusion (rows expected, columns predicted):`);
  lines.push(`  ${''.padEnd(8)}${TIERS.map((t) => t.padStart(8)).join('')}`);
  for (const t of TIERS) lines.push(`  ${t.padEnd(8)}${TIERS.map((u) => String(r.confusion[t][u]).padStart(8)).join('')}`);
  lines.push(`opus-worthy routed to haiku (worst mistake): ${r.opusToHaiku}`);
  if (listMisses) for (const m of r.misses) lines.push(`  miss: ${m.name} expected ${m.expected} got ${m.got} (${m.score.toFixed(3)}: ${m.reasons.join(', ')})`);
  return lines.join('\n');
};
