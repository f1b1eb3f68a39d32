/**
 * npx tsx scripts/follow-study.ts [tune|heldout|all] [--misses] [--all-kinds]
 * Session 10 study of follow-ups in conversations (multi-turn rows, and the non-English rows that are latest turns
 * of a conversation): accuracy per batch with Haiku<->Opus swaps, the follow-up kind of each miss with --misses.
 * Rows of the blind judge (`isJudge`: the batches the calibrator's file skips) are left out.
 */
import type { TrafficExample } from '../test/routing/traffic/index.js';
import { accuracyLine, batchOf, confusionLine, half, isJudge, lastAsk, routedRows } from './lib/routed-rows.js';

const which = process.argv[2] ?? 'tune';
const userTurns = (e: TrafficExample): number => e.body.messages.filter((m) => m.role === 'user').length;
const isConversation = (e: TrafficExample): boolean => e.kind === 'multi' || (e.kind === 'lang' && userTurns(e) > 1 && !JSON.stringify(e.body).includes('"tool_use"'));
const rows = routedRows(half(which).filter((e) => !isJudge(e) && (process.argv.includes('--all-kinds') || isConversation(e))));
console.log(`${which} ${accuracyLine('all', rows, 6)}   ${confusionLine(rows)}`);
for (const kind of ['single', 'multi', 'agent', 'lang']) {
  const rs = rows.filter((r) => r.e.kind === kind);
  if (rs.length > 0) console.log(`  ${accuracyLine(kind, rs, 6)}   ${confusionLine(rs)}`);
}
const batches = [...new Set(rows.map((r) => batchOf(r.e)))].sort();
console.log(`  ${batches.map((b) => accuracyLine(b, rows.filter((r) => batchOf(r.e) === b), 6)).join(' | ')}`);
if (process.argv.includes('--misses')) {
  for (const r of rows.filter((x) => x.got !== x.e.tier)) {
    console.log(`miss ${r.e.name}: ${r.e.tier} -> ${r.got} [${r.c.followUp}${r.c.conversation ? ', inherited' : ''}] (${r.c.score.toFixed(3)}: ${r.c.reasons.join(', ')})\n     "${lastAsk(r.e)}"`);
  }
}
