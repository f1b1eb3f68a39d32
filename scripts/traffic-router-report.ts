/**
 * npx tsx scripts/traffic-router-report.ts [tune|heldout|all] [--prefix NAME-PREFIX] [--misses]
 * Accuracy of classify() on the labelled realistic traffic set (test/routing/traffic), by kind,
 * with Haiku<->Opus swaps and, with --misses, every wrong route and its reasons.
 */
import { accuracyLine, confusionLine, half, routedRows } from './lib/routed-rows.js';

const which = process.argv[2] ?? 'tune';
// --prefix b4- keeps one batch (the fourth single-turn batch's names start with "b4-").
const prefixAt = process.argv.indexOf('--prefix');
const prefix = prefixAt > 0 ? (process.argv[prefixAt + 1] ?? '') : '';
const rows = routedRows(half(which).filter((e) => e.name.startsWith(prefix)));
console.log(`${which}: ${accuracyLine('all', rows)}`);
for (const kind of ['single', 'multi', 'agent', 'lang'] as const) console.log(`  ${accuracyLine(kind, rows.filter((r) => r.e.kind === kind))}`);
console.log(`  ${accuracyLine('other', rows.filter((r) => r.e.kind !== 'single'))}`);
console.log(`  labelled -> routed haiku / sonnet / opus: ${confusionLine(rows)}`);
if (process.argv.includes('--misses')) {
  for (const r of rows.filter((x) => x.got !== x.e.tier)) {
    console.log(`  miss ${r.e.kind} ${r.e.name}: want ${r.e.tier} got ${r.got} (${r.c.score.toFixed(3)}: ${r.c.reasons.join(', ')})`);
  }
}
