import { createHash } from 'node:crypto';
import type { MessagesBody } from '../../src/messages/schema.js';
import { classify, shippedModel } from '../../src/routing/classifier.js';
import { learnedInput, learnedZ } from '../../src/routing/model.js';
import { viewRequest } from '../../src/routing/request-view.js';
import { handSignals } from '../../src/routing/signals.js';
import { extractTextFeatures, newTextFeatures } from '../../src/routing/text-features.js';
import { realisticExamples } from './realistic-examples.js';
import { trafficExamples } from './traffic/index.js';

/**
 * What classify() decides on a body, with the hand signals and the learned part's z of its ask: recorded
 * once from the code as it was (`npx tsx scripts/record-classify-fixture.ts`), so that a change meant to
 * make classify() cheaper can be checked to decide exactly as before (classify-fixture.test.ts).
 */
export interface Recorded {
  score: number;
  reasons: string[];
  conversation: boolean;
  followUp: string;
  signals: [string, number][];
  z: number | null;
}

export const FIXTURE_PATH = new URL('./fixtures/classify-recorded.json', import.meta.url);
const EXAM_SAMPLE = 800;

export const bodyKey = (body: MessagesBody): string => createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 20);

const one = (content: string, extra: Partial<MessagesBody> = {}): MessagesBody => ({ model: 'auto', max_tokens: 1024, messages: [{ role: 'user', content }], ...extra });

/** Long and odd bodies: the caps of the request view (head + tail), a long CJK ask, a long conversation. */
const edgeBodies = (): MessagesBody[] => {
  const para = 'The service retries on timeout and the consumer is at-least-once; here is the log of the last run with every request and response. ';
  const long = para.repeat(200);
  return [
    one(`${long}\n\nWhy does the consumer see duplicates? Prove that the dedup step is idempotent.`),
    one(`Summarise this report:\n${long}`),
    one('分布式系统的一致性与可用性权衡'.repeat(2000)),
    one(''),
    one('İSTANBUL ÇOK GÜZEL BİR ŞEHİR, NEDEN?'),
    { model: 'auto', max_tokens: 4096, messages: Array.from({ length: 40 }, (_, i) => ({ role: i % 2 === 0 ? ('user' as const) : ('assistant' as const), content: `${i} ${para.repeat(30)}` })) },
  ];
};

/**
 * Exam-shaped prompts (exam-kind.ts's two kinds), made up here so the test needs no outside data: multiple-choice
 * questions whose stem and options come from the traffic set's single-turn English asks, and maths word problems
 * from a few templates with varying quantities.
 */
export const examBodies = (): MessagesBody[] => {
  const asks = trafficExamples
    .filter((e) => e.kind === 'single' && typeof e.body.messages[0]?.content === 'string')
    .map((e) => (e.body.messages[0]?.content as string).split('\n')[0]?.slice(0, 300) ?? '')
    .filter((ask) => ask.length > 20);
  const words = (i: number): string => (asks[i % asks.length] as string).split(' ').slice(0, 3 + (i % 6)).join(' ');
  const out: MessagesBody[] = [];
  for (let i = 0; i < EXAM_SAMPLE / 2; i++) {
    const options = ['A', 'B', 'C', 'D'].map((letter, k) => `${letter}. ${words(i * 7 + k * 13 + 1)}`).join('\n');
    out.push(one(`${asks[(i * 3) % asks.length]}\n${options}${i % 2 === 0 ? '\nAnswer:' : ''}`));
  }
  const names = ['Maria', 'Tom', 'Aisha', 'Kenji', 'Lena', 'Omar', 'Priya', 'Diego'];
  const items = ['pencils', 'apples', 'stickers', 'books', 'marbles', 'cupcakes'];
  for (let i = 0; i < EXAM_SAMPLE / 2; i++) {
    const [a, b, c] = [3 + (i % 9), 12 + ((i * 5) % 40), 2 + ((i * 3) % 17)];
    const name = names[i % names.length] as string;
    const item = items[(i >> 3) % items.length] as string;
    const templates = [
      `${name} buys ${a} boxes of ${b} ${item} and gives ${c} ${item} to a friend. How many ${item} does ${name} have left?`,
      `A shop sells ${item} at $${a} each. ${name} buys ${b} of them and pays with a $${b * a + c * 10} bill. How much change does ${name} get?`,
      `${name} reads ${b} pages a day for ${a} days, then twice as many pages a day for ${c} days. What is the total number of pages ${name} read?`,
      `A train travels ${b * 10} miles in ${a} hours. At the same speed, how far does it travel in ${a + c} hours?`,
    ];
    out.push(one(templates[i % templates.length] as string));
  }
  return out;
};

/** The labelled traffic set, the old 144 and their checks, long and odd bodies (the exam-shaped prompts are separate). */
export const repoBodies = (): MessagesBody[] => [...trafficExamples.map((e) => e.body), ...realisticExamples.map((e) => e.body), ...edgeBodies()];

const features = newTextFeatures();

export const record = (body: MessagesBody): Recorded => {
  const c = classify(body);
  const view = viewRequest(body);
  let z: number | null = null;
  if (view.askShape.english) {
    extractTextFeatures(learnedInput(view.ask), shippedModel.weights.hashBits, features);
    z = learnedZ(shippedModel, features);
  }
  return {
    score: c.score,
    reasons: c.reasons,
    conversation: c.conversation,
    followUp: c.followUp,
    signals: handSignals(view).map((s) => [s.reason, s.logit]),
    z,
  };
};
