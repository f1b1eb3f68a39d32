import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
/** The shared routing data beside the repository (../shared, as scripts/lib/router-data.ts reads it). */
const EXAM_DATA = fileURLToPath(new URL('../../../shared/data/routing/train.jsonl', import.meta.url));
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

/** Exam prompts: a fixed, spread-out sample of the shared routing data, when it is there. */
export const examBodies = (): MessagesBody[] => {
  if (!existsSync(EXAM_DATA)) return [];
  const lines = readFileSync(EXAM_DATA, 'utf8').split('\n').filter(Boolean);
  const step = Math.max(1, Math.floor(lines.length / EXAM_SAMPLE));
  const out: MessagesBody[] = [];
  for (let i = 0; i < lines.length && out.length < EXAM_SAMPLE; i += step) out.push(one((JSON.parse(lines[i] as string) as { prompt: string }).prompt));
  return out;
};

/** The labelled traffic set, the old 144 and their checks, long and odd bodies (the exam sample is separate: it may be absent). */
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
