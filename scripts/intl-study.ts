/**
 * npx tsx scripts/intl-study.ts [tune|heldout|all] [--misses] [--kind lang|multi]
 * Session 10 study of non-English asks and conversations: accuracy per batch (l1, l2- ..., m1, m2- ...) with Haiku<->Opus
 * swaps and the labelled -> routed table, and with --misses every wrong route with its reasons.
 */
import { accuracyLine, batchOf, confusionLine, half, routedRows } from './lib/routed-rows.js';

const which = process.argv[2] ?? 'tune';
const kindAt = process.argv.indexOf('--kind');
const kinds = kindAt > 0 ? (process.argv[kindAt + 1] ?? '').split(',') : ['lang', 'multi'];
const rows = routedRows(half(which).filter((e) => kinds.includes(e.kind)));
for (const kind of kinds) {
  const rs = rows.filter((r) => r.e.kind === kind);
  console.log(`${which} ${accuracyLine(kind, rs, 6)}   ${confusionLine(rs)}`);
  const batches = [...new Set(rs.map((r) => batchOf(r.e)))].sort();
  console.log(`   ${batches.map((b) => accuracyLine(b, rs.filter((r) => batchOf(r.e) === b), 6)).join(' | ')}`);
}
if (process.argv.includes('--misses')) {
  for (const r of rows.filter((x) => x.got !== x.e.tier)) {
    console.log(`miss ${r.e.kind} ${r.e.lang} ${r.e.name}: ${r.e.tier} -> ${r.got} (${r.c.score.toFixed(3)}: ${r.c.reasons.join(', ')})`);
  }
}
