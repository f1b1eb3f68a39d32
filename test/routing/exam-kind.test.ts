import { describe, expect, it } from 'vitest';
import type { MessagesBody } from '../../src/messages/schema.js';
import { classify, createClassifier, shippedModel } from '../../src/routing/classifier.js';
import { learnedInput, learnedZ, lengthZ, loadModel } from '../../src/routing/model.js';
import { extractTextFeatures, newTextFeatures } from '../../src/routing/text-features.js';
import { realisticExamples } from './realistic-examples.js';
import { ask } from './realistic/helpers.js';
import { turns } from './traffic/build.js';
import { trafficExamples } from './traffic/index.js';

const EXAM_REASONS = ['multiple-choice question', 'maths word problem'];
const isExam = (body: MessagesBody): boolean => classify(body).reasons.some((r) => EXAM_REASONS.includes(r));

const choice = (stem: string, options: readonly string[]): string =>
  `${stem}\n${options.map((o, i) => `${'ABCD'[i]}. ${o}`).join('\n')}\nAnswer:`;

/** Exam questions whose hand cues ("Prove", "design", "translate", code) would pull the hand-set score around. */
const QUESTIONS = [
  choice('Which of the following is a prime number?', ['21', '27', '29', '33']),
  choice('Prove that the statement holds: which property of a group guarantees that every element has an inverse?', ['Closure', 'Associativity', 'Identity', 'The group axioms']),
  choice('Translate the sentence into formal logic: "If it rains, the street is wet."', ['R -> W', 'W -> R', 'R & W', 'R v W']),
  choice('A system design team must choose a consistency model for a globally replicated database that serves reads in every region with low latency. Which model allows stale reads?', ['Linearizability', 'Sequential consistency', 'Eventual consistency', 'Strict serializability']),
  choice('What does the following Python code print?\nprint(len([x for x in range(10) if x % 3 == 0]))', ['3', '4', '5', '10']),
  choice('In the passage above, the author argues that the industrial revolution changed the family mainly by', ['moving work out of the home', 'raising birth rates', 'ending child labour at once', 'creating the welfare state']),
];

/** The learned part's ranking key for a multiple-choice question (exam-kind.ts: z + 0.2 · length z). */
const learnedKey = (text: string): number => {
  const features = newTextFeatures();
  extractTextFeatures(learnedInput(text), shippedModel.weights.hashBits, features);
  return learnedZ(shippedModel, features) + 0.2 * lengthZ(shippedModel, features);
};

describe('exam questions are ranked by the learned part', () => {
  it('orders multiple-choice questions exactly as the learned part does, whatever their hand cues', () => {
    const byScore = [...QUESTIONS].sort((a, b) => classify(ask(a)).score - classify(ask(b)).score);
    const byLearned = [...QUESTIONS].sort((a, b) => learnedKey(a) - learnedKey(b));
    expect(byScore).toEqual(byLearned);
    for (const q of QUESTIONS) expect(classify(ask(q)).reasons[0]).toBe('multiple-choice question');
  });

  it('lets the learned part pick the tier too: the scores are not held inside the hand-set band', () => {
    const scores = QUESTIONS.map((q) => classify(ask(q)).score);
    const keys = QUESTIONS.map(learnedKey);
    // A monotone map of the learned key: the question the learned part finds hardest scores highest.
    expect(scores[keys.indexOf(Math.max(...keys))]).toBe(Math.max(...scores));
    expect(scores[keys.indexOf(Math.min(...keys))]).toBe(Math.min(...scores));
  });

  it('ranks by the learned part alone with a weights file that has no length statistics (written before them)', () => {
    const { lengthCenter: _c, lengthScale: _s, ...older } = shippedModel.weights;
    const model = loadModel(older);
    const olderClassify = createClassifier(model);
    const z = (text: string): number => {
      const features = newTextFeatures();
      extractTextFeatures(learnedInput(text), model.weights.hashBits, features);
      return learnedZ(model, features);
    };
    const byScore = [...QUESTIONS].sort((a, b) => olderClassify(ask(a)).score - olderClassify(ask(b)).score);
    expect(byScore).toEqual([...QUESTIONS].sort((a, b) => z(a) - z(b)));
  });

  it('keeps the answer budget and thinking as request shape', () => {
    const q = QUESTIONS[0] as string;
    const base = classify(ask(q));
    const short = classify(ask(q, { max_tokens: 50 }));
    const thinking = classify(ask(q, { max_tokens: 16_000, thinking: { type: 'enabled', budget_tokens: 8192 } }));
    expect(short.score).toBeLessThan(base.score);
    expect(short.reasons).toContain('short answer');
    expect(thinking.score).toBeGreaterThan(base.score);
    expect(thinking.reasons).toContain('thinking');
  });

  it('scores a maths word problem by the learned part, and leaves look-alikes to the hand signals', () => {
    expect(isExam(ask('A baker sells 24 muffins a day at $3 each. She spends $20 a day on flour and sugar. How much profit does she make in a week?'))).toBe(true);
    expect(isExam(ask('If 6 potatoes make 36 hash browns, how many hash browns can you make out of 96 potatoes?'))).toBe(true);
    for (const text of [
      // a team's own situation, a how-to, a formula, a competition problem, a debugging question with numbers
      'Our API served 1.2 million requests yesterday and 900 thousand today. How much did the traffic drop?',
      'I have a spreadsheet with sales for 12 months and 4 regions. How do I build a pivot table that shows the growth?',
      'Let S(n) be the sum of the decimal digits of n. Find all n with n + S(n) + S(S(n)) = 2025.',
      'Explain how compound interest works. If I invest $1,000 at 5% for 10 years, what is the final balance?',
      // shaped like a word problem, but a design or code cue says it is real work
      'A cluster has 12 nodes with 64 GB each and every write is replicated 3 times across a sharded key-value store with leader election. How much usable memory is left for data?',
      'A sorting routine compares 2 elements per step and runs on 1000 items in Python. How many comparisons does the merge sort algorithm make in total?',
      'The service leaks about 50 MB per hour under load and restarts every 6 hours. What is the most likely cause of the leak?',
    ]) {
      expect(isExam(ask(text)), text).toBe(false);
    }
  });

  it('reads only a single self-contained turn as an exam question', () => {
    const q = QUESTIONS[0] as string;
    expect(isExam(ask(q))).toBe(true);
    expect(isExam(ask(q, { system: 'You are a tutor.' }))).toBe(false);
    expect(isExam(ask(q, { tools: [{ name: 'search', input_schema: { type: 'object' } }] }))).toBe(false);
    expect(isExam(turns(['Quiz me on number theory.', 'Sure.', q]))).toBe(false);
    // The options must close the ask: a question that only mentions "A." is not one.
    expect(isExam(ask('Compare plan A. and plan B. for our migration and say which is cheaper.'))).toBe(false);
  });

  it('leaves a puzzle in plain words that the hand signals score as Opus work to them', () => {
    const puzzle = ask('A hundred prisoners stand in a line, each wearing a black or white hat, each seeing the hats in front. From the back, each says a colour. Find a strategy that saves at least 99 of them and explain why no strategy can guarantee all 100.');
    expect(isExam(puzzle)).toBe(false);
    expect(classify(puzzle).score).toBeGreaterThanOrEqual(0.7);
  });

  // The eighth traffic batch holds two asks that are word problems in form: a percentage change (Haiku, and routed
  // there) and a coupon-collector question (Opus, which the learned part puts on Sonnet: src/routing/README.md).
  // The twelfth batch adds three more word problems in form: two Haiku (bat and ball, scaling a recipe) and an LBO (Opus).
  // The fifteenth batch adds three: two Haiku (square feet to metres, splitting a bill) and a ramp with friction (Sonnet).
  // The sixteenth batch adds one: backing VAT out of a gross amount (Haiku); the nineteenth one: the time of a call in Sydney (Haiku).
  it('reads no other realistic request as an exam question (their tiers stay the hand-set ones)', () => {
    const hits = [...trafficExamples.map((e) => ({ name: e.name, body: e.body })), ...realisticExamples.map((e) => ({ name: e.name, body: e.body }))].filter((e) => isExam(e.body));
    expect(hits.map((e) => e.name)).toEqual(['b8-percent-change', 'b8-math-expected-coupons', 'b12-puzzle-bat-ball', 'b12-recipe-scale', 'b12-finance-lbo-model', 'b15-unit-sqft-sqm', 'b15-arith-split-bill', 'b15-incline-friction', 'b16-fin-vat-back-out', 'b19-timezone-call-sydney']);
  });
});
