import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessagesBody } from '../../src/messages/schema.js';
import { bodyKey, examBodies, FIXTURE_PATH, record, repoBodies, type Recorded } from './classify-record.js';

/**
 * classify() decides exactly as the code it was recorded from (scripts/record-classify-fixture.ts): the same score,
 * reasons, follow-up kind, hand signals and learned z on every body of the labelled traffic set, the old 144, long
 * and odd bodies, and 800 exam-shaped prompts. It guards changes meant only to make
 * classify() cheaper; a change meant to alter decisions (cues, weights) re-records the fixture.
 * Bodies are matched by a hash of their JSON: examples added since the recording are not checked here.
 */
const recorded = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Record<string, Recorded>;
const TOLERANCE = 1e-12;

const expectSame = (body: MessagesBody, want: Recorded): void => {
  const got = record(body);
  const label = JSON.stringify(body).slice(0, 120);
  expect({ ...got, score: 0, signals: got.signals.map(([r]) => r), z: got.z === null }, label).toEqual({
    ...want,
    score: 0,
    signals: want.signals.map(([r]) => r),
    z: want.z === null,
  });
  expect(Math.abs(got.score - want.score), label).toBeLessThanOrEqual(TOLERANCE);
  got.signals.forEach(([, logit], i) => expect(Math.abs(logit - (want.signals[i] as [string, number])[1]), label).toBeLessThanOrEqual(TOLERANCE));
  if (got.z !== null && want.z !== null) expect(Math.abs(got.z - want.z), label).toBeLessThanOrEqual(TOLERANCE);
};

const checkAll = (bodies: MessagesBody[]): number => {
  let checked = 0;
  for (const body of bodies) {
    const want = recorded[bodyKey(body)];
    if (want === undefined) continue;
    expectSame(body, want);
    checked += 1;
  }
  return checked;
};

describe('classify() decides as recorded (cost changes only)', () => {
  it('on the labelled traffic set, the old 144 and long or odd bodies', () => {
    expect(checkAll(repoBodies())).toBeGreaterThan(900);
  });

  it('on 800 exam-shaped prompts (multiple choice and word problems)', () => {
    const exams = examBodies();
    expect(checkAll(exams)).toBe(exams.length);
  });
});
