/**
 * npx tsx scripts/traffic-kinds-trial.ts [heldout|tune|all]   (session 9, step 3; src/routing/README.md)
 * Would the traffic model help beyond single English turns? Routes the English multi-turn and agent rows with the
 * shipped traffic file applied as shipped (single turns without tools only), and also to the latest ask of a
 * conversation without tools (MULTI) and to an agent request's ask (AGENT), by kind, with Haiku<->Opus swaps.
 */
import { createClassifier, shippedModel } from '../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
import { loadTrafficModel, trafficLogit, trafficAdjust, type AskAdjust } from '../src/routing/traffic-model.js';
import { isClearTransform } from '../src/routing/signals.js';
import { heldOutExamples, trafficExamples, tuneExamples, type TrafficExample } from '../test/routing/traffic/index.js';
import trafficJson from '../src/routing/traffic-weights.json' with { type: 'json' };

const which = process.argv[2] ?? 'heldout';
const set = (which === 'tune' ? tuneExamples : which === 'all' ? trafficExamples : heldOutExamples).filter((e) => e.kind !== 'single' && e.kind !== 'lang');
const model = loadTrafficModel(trafficJson);
const shipped = trafficAdjust(model);
/** The traffic move for any English ask of the chosen shapes (the rule of trafficAdjust otherwise). */
const wider = (multi: boolean, agent: boolean): AskAdjust => (view, features, bits, logit, signals) => {
  if (view.messages === 1 && view.tools === 0) return shipped(view, features, bits, logit, signals);
  if (!((multi && view.tools === 0) || (agent && view.tools > 0)) || !view.askShape.english || bits !== model.weights.hashBits) return logit;
  const moved = trafficLogit(model, features, logit);
  return moved > logit && isClearTransform(signals) ? logit : moved;
};
const score = (adjust: AskAdjust, rows: readonly TrafficExample[]): string => {
  const classify = createClassifier(shippedModel, undefined, adjust);
  let right = 0;
  let swaps = 0;
  for (const e of rows) {
    const got = tierForScore(classify(e.body).score, DEFAULT_THRESHOLDS);
    if (got === e.tier) right += 1;
    else if (got !== 'sonnet' && e.tier !== 'sonnet') swaps += 1;
  }
  return `${right}/${rows.length}${swaps > 0 ? `, ${swaps} H↔O` : ''}`;
};
for (const kind of ['multi', 'agent'] as const) {
  const rows = set.filter((e) => e.kind === kind);
  console.log(`${which} ${kind}: as shipped ${score(shipped, rows)}; latest ask of a conversation ${score(wider(true, false), rows)}; agent ask ${score(wider(false, true), rows)}; both ${score(wider(true, true), rows)}`);
}
