/**
 * npx tsx scripts/traffic-router-report.ts [tune|heldout|all] [--prefix NAME-PREFIX] [--misses]
 * Accuracy of classify() on the labelled realistic traffic set (test/routing/traffic), by kind,
 * with Haiku<->Opus swaps and, with --misses, every wrong route and its reasons.
 */
import { classify } from '../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
import { heldOutExamples, trafficExamples, tuneExamples, type TrafficExample } from '../test/routing/traffic/index.js';

const which = process.argv[2] ?? 'tune';
const all: readonly TrafficExample[] = which === 'heldout' ? heldOutExamples : which === 'all' ? trafficExamples : tuneExamples;
// --prefix b4- keeps one batch (the fourth single-turn batch's names start with "b4-").
const prefixAt = process.argv.indexOf('--prefix');
const prefix = prefixAt > 0 ? (process.argv[prefixAt + 1] ?? '') : '';
const set = all.filter((e) => e.name.startsWith(prefix));
const rows = set.map((e) => {
  const c = classify(e.body);
  return { e, c, got: tierForScore(c.score, DEFAULT_THRESHOLDS) };
});
const line = (title: string, rs: typeof rows): string => {
  const ok = rs.filter((r) => r.got === r.e.tier).length;
  const swaps = rs.filter((r) => (r.e.tier === 'haiku' && r.got === 'opus') || (r.e.tier === 'opus' && r.got === 'haiku')).length;
  return `${title.padEnd(8)} ${ok}/${rs.length} (${((100 * ok) / Math.max(1, rs.length)).toFixed(1)}%), H<->O ${swaps}`;
};
console.log(`${which}: ${line('all', rows)}`);
for (const kind of ['single', 'multi', 'agent', 'lang'] as const) console.log(`  ${line(kind, rows.filter((r) => r.e.kind === kind))}`);
console.log(`  ${line('other', rows.filter((r) => r.e.kind !== 'single'))}`);
const tiers = ['haiku', 'sonnet', 'opus'] as const;
const confusion = tiers.map((want) => `${want} -> ${tiers.map((got) => rows.filter((r) => r.e.tier === want && r.got === got).length).join(' / ')}`);
console.log(`  labelled -> routed haiku / sonnet / opus: ${confusion.join('; ')}`);
if (process.argv.includes('--misses')) {
  for (const r of rows.filter((x) => x.got !== x.e.tier)) {
    console.log(`  miss ${r.e.kind} ${r.e.name}: want ${r.e.tier} got ${r.got} (${r.c.score.toFixed(3)}: ${r.c.reasons.join(', ')})`);
  }
}
