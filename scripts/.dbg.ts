import { viewRequest } from '../src/routing/request-view.js';
import { handSignals } from '../src/routing/signals.js';
import { classify } from '../src/routing/classifier.js';
import { examKind } from '../src/routing/exam-kind.js';
import { isHeldOut, trafficExamples } from '../test/routing/traffic/index.js';
const names = process.argv.slice(2);
const tune = process.env.ALL ? trafficExamples : trafficExamples.filter((e) => !isHeldOut(e));
for (const e of tune.filter((x) => names.some((n) => x.name === n || (n.endsWith('*') && x.name.startsWith(n.slice(0, -1)))))) {
  const v = viewRequest(e.body);
  const sig = handSignals(v);
  const c = classify(e.body);
  console.log(e.name, e.tier, c.score, 'material', v.material, 'instr:', JSON.stringify(v.instruction.slice(0, 120)), 'english', v.askShape.english);
  console.log('   ', sig.map((s) => `${s.reason} ${s.logit.toFixed(2)}`).join(', '));
}
