/**
 * npx tsx scripts/follow-study.ts [tune|heldout|all] [--misses] [--all-kinds]
 * Session 10 study of follow-ups in conversations (multi-turn rows, and the non-English rows that are latest turns
 * of a conversation): accuracy per batch with Haiku<->Opus swaps, the follow-up kind of each miss with --misses.
 * Rows of the session's last blind judge (m9-, a9-, l9-, b22-) are skipped: they are measured by the lead only.
 */
import { classify } from '../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
import { heldOutExamples, trafficExamples, tuneExamples, type TrafficExample } from '../test/routing/traffic/index.js';

const JUDGE = /^(?:m9|a9|l9|b22)-/;
const which = process.argv[2] ?? 'tune';
const all: readonly TrafficExample[] = which === 'heldout' ? heldOutExamples : which === 'all' ? trafficExamples : tuneExamples;
const userTurns = (e: TrafficExample): number => e.body.messages.filter((m) => m.role === 'user').length;
const isConversation = (e: TrafficExample): boolean => e.kind === 'multi' || (e.kind === 'lang' && userTurns(e) > 1 && !JSON.stringify(e.body).includes('"tool_use"'));
const batchOf = (e: TrafficExample): string => /^([a-z]+\d+)-/.exec(e.name)?.[1] ?? `${e.kind[0]}1`;
const rows = all
  .filter((e) => !JUDGE.test(e.name))
  .filter((e) => process.argv.includes('--all-kinds') || isConversation(e))
  .map((e) => {
    const c = classify(e.body);
    return { e, c, got: tierForScore(c.score, DEFAULT_THRESHOLDS) };
  });
type Row = (typeof rows)[number];
const swap = (r: Row): boolean => (r.e.tier === 'haiku' && r.got === 'opus') || (r.e.tier === 'opus' && r.got === 'haiku');
const line = (title: string, rs: Row[]): string => {
  const ok = rs.filter((r) => r.got === r.e.tier).length;
  const s = rs.filter(swap).length;
  return `${title.padEnd(6)} ${String(ok).padStart(3)}/${String(rs.length).padEnd(3)}${s ? `, ${s} H<->O` : ''}`;
};
const tiers = ['haiku', 'sonnet', 'opus'] as const;
const conf = (rs: Row[]): string => tiers.map((w) => `${w[0]?.toUpperCase()} ${tiers.map((g) => rs.filter((r) => r.e.tier === w && r.got === g).length).join('/')}`).join('; ');
console.log(`${which} ${line('all', rows)}   ${conf(rows)}`);
for (const kind of ['single', 'multi', 'agent', 'lang']) {
  const rs = rows.filter((r) => r.e.kind === kind);
  if (rs.length > 0) console.log(`  ${line(kind, rs)}   ${conf(rs)}`);
}
const batches = [...new Set(rows.map((r) => batchOf(r.e)))].sort();
console.log(`  ${batches.map((b) => line(b, rows.filter((r) => batchOf(r.e) === b))).join(' | ')}`);
const lastAsk = (e: TrafficExample): string => {
  const m = [...e.body.messages].reverse().find((x) => x.role === 'user');
  const c = m?.content;
  const text = typeof c === 'string' ? c : Array.isArray(c) ? c.map((b) => ('text' in b && typeof b.text === 'string' ? b.text : '')).join(' ') : '';
  return text.replace(/\s+/g, ' ').slice(0, 220);
};
if (process.argv.includes('--misses')) {
  for (const r of rows.filter((x) => x.got !== x.e.tier)) {
    console.log(`miss ${r.e.name}: ${r.e.tier} -> ${r.got} [${r.c.followUp}${r.c.conversation ? ', inherited' : ''}] (${r.c.score.toFixed(3)}: ${r.c.reasons.join(', ')})\n     "${lastAsk(r.e)}"`);
  }
}
