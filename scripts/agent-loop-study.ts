/**
 * npx tsx scripts/agent-loop-study.ts [tune|heldout|all] [--grid] [--rows]
 * The agent-loop rows (every row with tools) of the labelled traffic set, batch by batch (a1 = the unprefixed first
 * batch, a2- to a6-, l6-): accuracy, Opus asks on Sonnet and back, Haiku<->Opus swaps, with the investigation rule of
 * src/routing/agent-loop.ts off and as shipped. --rows lists each row whose tier the rule changes; --grid chooses the
 * rule's knobs (rounds, probes, a floor on the ask's tokens, the push) leaving one batch out (on the other batches' rows, a swap counting -2) and scores the batch left out.
 */
import { investigationRule, type InvestigationRule } from '../src/routing/agent-loop.js';
import { classify } from '../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
import { heldOutExamples, trafficExamples, tuneExamples, type TrafficExample } from '../test/routing/traffic/index.js';

const which = process.argv[2] ?? 'tune';
const all: readonly TrafficExample[] = which === 'heldout' ? heldOutExamples : which === 'all' ? trafficExamples : tuneExamples;
const examples = all.filter((e) => (e.body.tools?.length ?? 0) > 0);
const batchOf = (name: string): string => /^([al]\d)-/.exec(name)?.[1] ?? 'a1';
const batches = [...new Set(examples.map((e) => batchOf(e.name)))];
const shipped: InvestigationRule = { ...investigationRule };
const OFF: InvestigationRule = { ...shipped, minRounds: 0 };

interface Row { e: TrafficExample; batch: string; got: string; ok: number; swap: number }
const route = (rule: InvestigationRule): Row[] => {
  Object.assign(investigationRule, rule);
  const rows = examples.map((e) => {
    const got = tierForScore(classify(e.body).score, DEFAULT_THRESHOLDS);
    const swap = (e.tier === 'haiku' && got === 'opus') || (e.tier === 'opus' && got === 'haiku') ? 1 : 0;
    return { e, batch: batchOf(e.name), got, ok: got === e.tier ? 1 : 0, swap };
  });
  Object.assign(investigationRule, shipped);
  return rows;
};
const line = (rows: readonly Row[]): string => {
  const ok = rows.reduce((n, r) => n + r.ok, 0);
  const count = (want: string, got: string): number => rows.filter((r) => r.e.tier === want && r.got === got).length;
  return `${ok}/${rows.length}, O->S ${count('opus', 'sonnet')}, S->O ${count('sonnet', 'opus')}, H->S ${count('haiku', 'sonnet')}, S->H ${count('sonnet', 'haiku')}, H<->O ${rows.reduce((n, r) => n + r.swap, 0)}`;
};

const off = route(OFF);
const on = route(shipped);
console.log(`${which}: rule off / shipped (${JSON.stringify(shipped)})`);
for (const b of ['all', ...batches]) {
  const keep = (r: Row): boolean => b === 'all' || r.batch === b;
  console.log(`  ${b.padEnd(4)} ${line(off.filter(keep)).padEnd(56)} | ${line(on.filter(keep))}`);
}
if (process.argv.includes('--rows')) {
  on.forEach((r, i) => {
    const before = off[i] as Row;
    if (r.got !== before.got) console.log(`  ${r.e.name}: want ${r.e.tier}, ${before.got} -> ${r.got}${r.ok ? ' (fixed)' : before.ok ? ' (broken)' : ''}`);
  });
}
if (process.argv.includes('--grid')) {
  const grid: InvestigationRule[] = [OFF];
  for (const minRounds of [2, 3, 4]) for (const minProbes of [0, 1, 2]) for (const minAskTokens of [0, 25]) for (const push of [0.4, 0.6, 0.8, 1, 1.2]) for (const perRound of [0, 0.3]) {
    grid.push({ minRounds, minProbes, minAskTokens, push, perRound, max: perRound === 0 ? push : push + 0.6 });
  }
  const routed = grid.map((rule) => ({ rule, rows: route(rule) }));
  const gain = (rows: readonly Row[], keep: (b: string) => boolean): number => rows.reduce((n, r) => n + (keep(r.batch) ? r.ok - 2 * r.swap : 0), 0);
  let total = 0;
  let base = 0;
  for (const b of batches) {
    const best = routed.map((x) => ({ ...x, g: gain(x.rows, (y) => y !== b) })).sort((p, q) => q.g - p.g)[0] as (typeof routed)[number];
    const held = gain(best.rows, (y) => y === b);
    const before = gain(off, (y) => y === b);
    total += held;
    base += before;
    console.log(`  left out ${b}: chose ${JSON.stringify(best.rule)}: ${held} (off ${before})`);
  }
  console.log(`  leave one batch out: ${total} (off ${base}; right minus twice the swaps)`);
}
