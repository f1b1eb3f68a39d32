import { classify } from '../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../src/routing/tiers.js';
import { heldOutExamples } from '../test/routing/traffic/index.js';
const first = heldOutExamples.filter((e) => e.kind === 'single' && !/^b[4-7]-/.test(e.name));
const ok = first.filter((e) => tierForScore(classify(e.body).score, DEFAULT_THRESHOLDS) === e.tier).length;
console.log(`first three batches held-out single: ${ok}/${first.length}`);
