/**
 * npx tsx scripts/calibrator-report.ts   (session 10; src/routing/README.md "Session 10: a learned calibrator")
 * The router without and with the calibrator (off by default): the labelled set's tune half, held-out half and b17-b20,
 * by kind, with Haiku<->Opus swaps, and the old 144; then the cost of classify() both ways, alternating.
 */
import { shippedCalibrator, type Calibrate } from '../src/routing/calibrator.js';
import { createClassifier, shippedModel } from '../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
import { shippedTraffic } from '../src/routing/traffic-model.js';
import { realisticExamples } from '../test/routing/realistic-examples.js';
import { heldOutExamples, trafficExamples, tuneExamples, type TrafficExample } from '../test/routing/traffic/index.js';
import { benchClassifier } from './lib/bench-classifier.js';

const late = trafficExamples.filter((e) => /^b(17|18|19|20)-/.test(e.name));
const line = (calibrate: Calibrate | null, set: readonly Pick<TrafficExample, 'body' | 'tier'>[]): string => {
  const classify = createClassifier(shippedModel, undefined, shippedTraffic, calibrate);
  let right = 0;
  let swaps = 0;
  for (const e of set) {
    const got = tierForScore(classify(e.body).score, DEFAULT_THRESHOLDS);
    if (got === e.tier) right += 1;
    else if (got !== 'sonnet' && e.tier !== 'sonnet') swaps += 1;
  }
  return `${right}/${set.length} (${((100 * right) / set.length).toFixed(1)}%), ${swaps} H<->O`;
};
for (const [title, set] of [['tune half', tuneExamples], ['held-out half', heldOutExamples], ['b17-b20, every row', late]] as const) {
  for (const kind of [undefined, 'single', 'multi', 'agent', 'lang'] as const) {
    const rows = set.filter((e) => kind === undefined || e.kind === kind);
    if (rows.length === 0) continue;
    console.log(`${title} ${kind ?? 'all'}: without ${line(null, rows)}; with ${line(shippedCalibrator, rows)}`);
  }
}
const old = realisticExamples.map((e) => ({ body: e.body, tier: e.expected }));
console.log(`old 144: without ${line(null, old)}; with ${line(shippedCalibrator, old)}`);
const bodies = [...trafficExamples.filter((_, i) => i % 10 === 0).map((e) => e.body), ...realisticExamples.map((e) => e.body)];
for (let run = 0; run < 3; run += 1) {
  for (const [name, c] of [['without', null], ['with', shippedCalibrator]] as const) {
    const cost = benchClassifier(createClassifier(shippedModel, undefined, shippedTraffic, c), bodies, 300);
    console.log(`cost ${name}: median ${cost.median.toFixed(1)} µs, p90 ${cost.p90.toFixed(1)} µs, max ${cost.max.toFixed(1)} µs`);
  }
}
