/**
 * npx tsx scripts/intl-study.ts [tune|heldout|all] [--misses] [--kind lang|multi]
 * Session 10 study of non-English asks and conversations: accuracy per batch (l1..l6, m1..m6) with Haiku<->Opus
 * swaps and the labelled -> routed table, and with --misses every wrong route with its reasons.
 */
import { classify } from '../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
import { heldOutExamples, trafficExamples, tuneExamples, type TrafficExample } from '../test/routing/traffic/index.js';

const which = process.argv[2] ?? 'tune';
const all: readonly TrafficExample[] = which === 'heldout' ? heldOutExamples : which === 'all' ? trafficExamples : tuneExamples;
const kindAt = process.argv.indexOf('--kind');
const kinds = kindAt > 0 ? (process.argv[kindAt + 1] ?? '').split(',') : ['lang', 'multi'];
/** The batch a row belongs to: its name's prefix (l2- ... m6-), or the first batch of its kind. */
const batchOf = (e: TrafficExample): string => /^([mal][2-6])-/.exec(e.name)?.[1] ?? `${e.kind[0]}1`;
const rows = all
  .filter((e) => kinds.includes(e.kind))
  .map((e) => {
    const c = classify(e.body);
    return { e, c, got: tierForScore(c.score, DEFAULT_THRESHOLDS) };
  });
type Row = (typeof rows)[number];
const swap = (r: Row): boolean => (r.e.tier === 'haiku' && r.got === 'opus') || (r.e.tier === 'opus' && r.got === 'haiku');
const line = (title: string, rs: Row[]): string => {
  const ok = rs.filter((r) => r.got === r.e.tier).length;
  const s = rs.filter(swap).length;
  return `${title.padEnd(6)} ${String(ok).padStart(3)}/${String(rs.length).padEnd(3)} (${((100 * ok) / Math.max(1, rs.length)).toFixed(1)}%)${s ? `, ${s} H<->O` : ''}`;
};
const tiers = ['haiku', 'sonnet', 'opus'] as const;
for (const kind of kinds) {
  const rs = rows.filter((r) => r.e.kind === kind);
  const conf = tiers.map((w) => `${w[0].toUpperCase()} ${tiers.map((g) => rs.filter((r) => r.e.tier === w && r.got === g).length).join('/')}`).join('; ');
  console.log(`${which} ${line(kind, rs)}   ${conf}`);
  const batches = [...new Set(rs.map((r) => batchOf(r.e)))].sort();
  console.log(`   ${batches.map((b) => line(b, rs.filter((r) => batchOf(r.e) === b))).join(' | ')}`);
}
if (process.argv.includes('--misses')) {
  for (const r of rows.filter((x) => x.got !== x.e.tier)) {
    console.log(`miss ${r.e.kind} ${r.e.lang} ${r.e.name}: ${r.e.tier} -> ${r.got} (${r.c.score.toFixed(3)}: ${r.c.reasons.join(', ')})`);
  }
}
