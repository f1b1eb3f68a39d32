/**
 * npm run eval:router [-- path/to/train.jsonl]
 * Honest figures for the router:
 *  - APGR on validation folds made of WHOLE held-out MMLU subjects (plus a slice of GSM8K), with the
 *    learned part retrained on the other folds only, against baselines measured in the same run;
 *  - accuracy on hand-written realistic gateway requests at the default thresholds;
 *  - the classifier's cost per request.
 */
import { classify } from '../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS } from '../src/routing/tiers.js';
import { calibrationExamples, checkExamples, realisticExamples } from '../test/routing/realistic-examples.js';
import { apgr } from '../src/routing/apgr.js';
import { benchClassifier } from './lib/bench-classifier.js';
import { formatRealistic, realisticReport } from './lib/realistic-report.js';
import { assignFolds, DEFAULT_DATA_PATH, FOLDS, loadRows, seededRandom, SPLIT_SEED, VALIDATION_FOLD } from './lib/router-data.js';
import { apgrBySource, foldOutcomes, SCORER_NAMES, type ScorerName } from './lib/router-cv.js';
import { bodyForPrompt } from './lib/router-features.js';

const LABELS: Record<ScorerName | 'random', string> = {
  classifier: 'classifier (full score, as shipped)',
  learnedOnly: 'learned part alone',
  length: 'baseline: prompt length',
  random: 'baseline: random (mean of 50 draws)',
};
const RANDOM_DRAWS = 50;

const dataPath = process.argv[2] ?? DEFAULT_DATA_PATH;
const rows = loadRows(dataPath);
const folds = assignFolds(rows, FOLDS, SPLIT_SEED);
const random = seededRandom(12345);
const fmt = (x: number): string => x.toFixed(3);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]): number => Math.sqrt(xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / (xs.length - 1));

console.log(`# Router evaluation (${rows.length} rows from ${dataPath})\n`);
console.log(`## APGR, ${FOLDS} folds grouped by MMLU subject (GSM8K split by item), learned part retrained without the fold\n`);
type Scored = ReturnType<typeof foldOutcomes>[ScorerName];
const names = [...SCORER_NAMES, 'random'] as const;
const pooled = Object.fromEntries(SCORER_NAMES.map((n) => [n, [] as Scored])) as Record<ScorerName, Scored>;
const perFold = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<(typeof names)[number], number[]>;
for (let fold = 0; fold < FOLDS; fold += 1) {
  const held = [...new Set(rows.filter((r, i) => folds[i] === fold && r.source === 'mmlu').map((r) => r.subject))];
  const outcomes = foldOutcomes(rows, folds, fold);
  const title = fold === VALIDATION_FOLD ? ' = THE VALIDATION SPLIT' : '';
  console.log(`fold ${fold}${title}: ${outcomes.classifier.length} rows; held-out subjects: ${held.join(', ')} + GSM8K slice`);
  for (const name of SCORER_NAMES) {
    const a = apgrBySource(outcomes[name]);
    perFold[name].push(a.all);
    pooled[name].push(...outcomes[name]);
    console.log(`  ${LABELS[name].padEnd(38)} APGR ${fmt(a.all)}  (MMLU only ${fmt(a.mmlu)}, GSM8K only ${fmt(a.gsm8k)})`);
  }
  const draws = Array.from({ length: RANDOM_DRAWS }, () => apgr(outcomes.classifier.map((o) => ({ ...o, score: random() }))));
  perFold.random.push(mean(draws));
  console.log(`  ${LABELS.random.padEnd(38)} APGR ${fmt(mean(draws))}`);
}
console.log(`\nsummary: mean ± sd of the ${FOLDS} per-fold APGRs; pooled = all out-of-fold scores ranked together`);
for (const name of names) {
  const bySource = name === 'random' ? undefined : apgrBySource(pooled[name]);
  const pooledText = bySource ? `   pooled ${fmt(bySource.all)} (MMLU ${fmt(bySource.mmlu)}, GSM8K ${fmt(bySource.gsm8k)})` : '';
  console.log(`  ${LABELS[name].padEnd(38)} mean ${fmt(mean(perFold[name]))} ± ${fmt(sd(perFold[name]))}${pooledText}`);
}

// Rows the classifier reads as exam questions are scored by the learned part (src/routing/exam-kind.ts).
const EXAM_REASONS = new Set(['multiple-choice question', 'maths word problem']);
for (const source of ['mmlu', 'gsm8k'] as const) {
  const own = rows.filter((r) => r.source === source);
  const exam = own.filter((r) => classify(bodyForPrompt(r.prompt)).reasons.some((reason) => EXAM_REASONS.has(reason)));
  console.log(`  read as exam questions (scored by the learned part): ${source} ${exam.length}/${own.length}`);
}

const thresholdsText = `thresholds sonnet ${DEFAULT_THRESHOLDS.sonnet}, opus ${DEFAULT_THRESHOLDS.opus}`;
for (const [title, set] of [
  ['all', realisticExamples],
  ['calibration set (weights were tuned on these)', calibrationExamples],
  ['check sets (written after calibration)', checkExamples],
] as const) {
  console.log(`\n## Realistic gateway requests, ${title}: ${set.length}, ${thresholdsText}\n`);
  console.log(formatRealistic(realisticReport(set, classify, DEFAULT_THRESHOLDS), title === 'all'));
}

console.log('\n## Cost of classify() per request (realistic bodies, 2000 calls each, this machine)\n');
const cost = benchClassifier(classify, realisticExamples.map((e) => e.body));
console.log(`median ${cost.median.toFixed(1)} µs, p90 ${cost.p90.toFixed(1)} µs, max ${cost.max.toFixed(1)} µs`);
