/**
 * npx tsx scripts/traffic-kinds-trial.ts [heldout|tune|all]   (session 9, step 3; src/routing/README.md)
 * (`all` also reports each batch: the older rows, m2- / a2- onwards).
 * Would the traffic model help beyond single English turns? Routes the English multi-turn and agent rows with the
 * traffic file (FILE=..., default the shipped one) applied as before session 9 (single turns without tools only), and
 * also to the latest ask of a conversation without tools and to an agent request's ask (with tools), by kind, with
 * Haiku<->Opus swaps. "both" is what traffic-model.ts does since session 9.
 */
import { DEFAULT_CUT_LOGITS } from '../src/routing/tiers.js';
import { loadTrafficModel, trafficLogit, trafficAdjust, type AskAdjust } from '../src/routing/traffic-model.js';
import { isClearTransform } from '../src/routing/signals.js';
import { heldOutExamples, trafficExamples, tuneExamples, type TrafficExample } from '../test/routing/traffic/index.js';
import { readFileSync } from 'node:fs';
import { scoreOf } from './lib/traffic-study.js';

const which = process.argv[2] ?? 'heldout';
const set = (which === 'tune' ? tuneExamples : which === 'all' ? trafficExamples : heldOutExamples).filter((e) => e.kind !== 'single' && e.kind !== 'lang');
// FILE=path reads another traffic weights file (default the shipped one).
const model = loadTrafficModel(JSON.parse(readFileSync(process.env.FILE ?? 'src/routing/traffic-weights.json', 'utf8')));
const everywhere = trafficAdjust(model);
/** Before session 9: single English turns without tools only. */
const shipped: AskAdjust = (view, features, bits, logit, signals) => (view.messages === 1 && view.tools === 0 ? everywhere(view, features, bits, logit, signals) : logit);
/** The traffic move for any English ask of the chosen shapes (the rule of trafficAdjust otherwise). */
const wider = (multi: boolean, agent: boolean): AskAdjust => (view, features, bits, logit, signals) => {
  if (view.messages === 1 && view.tools === 0) return shipped(view, features, bits, logit, signals);
  if (!((multi && view.tools === 0) || (agent && view.tools > 0)) || !view.askShape.english || bits !== model.weights.hashBits) return logit;
  const moved = trafficLogit(model, features, logit);
  return moved > logit && logit >= SONNET_CUT && isClearTransform(signals) ? logit : moved;
};
const SONNET_CUT = DEFAULT_CUT_LOGITS.sonnet;
const score = (adjust: AskAdjust, rows: readonly TrafficExample[]): string => {
  const { right, n, swaps } = scoreOf(adjust, rows);
  return `${right}/${n}${swaps > 0 ? `, ${swaps} H↔O` : ''}`;
};
const batchOf = (name: string): string => /^[ma]\d+-/.exec(name)?.[0] ?? 'older';
const report = (title: string, rows: readonly TrafficExample[]): void =>
  console.log(`${title}: single turns only ${score(shipped, rows)}; latest ask of a conversation ${score(wider(true, false), rows)}; agent ask ${score(wider(false, true), rows)}; both ${score(wider(true, true), rows)}`);
for (const kind of ['multi', 'agent'] as const) {
  const rows = set.filter((e) => e.kind === kind);
  report(`${which} ${kind}`, rows);
  if (which === 'all') for (const b of [...new Set(rows.map((e) => batchOf(e.name)))]) report(`  ${b}`, rows.filter((e) => batchOf(e.name) === b));
}
