import { describe, expect, it } from 'vitest';
import type { MessagesBody } from '../../src/messages/schema.js';
import { classify } from '../../src/routing/classifier.js';
import { followUpKind } from '../../src/routing/conversation.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';

const tier = (body: MessagesBody) => tierForScore(classify(body).score, DEFAULT_THRESHOLDS);
const chat = (texts: string[]): MessagesBody => ({
  model: 'auto',
  max_tokens: 1024,
  messages: texts.map((content, i) => ({ role: i % 2 === 0 ? ('user' as const) : ('assistant' as const), content })),
});

/** Hard asks in plain words, which the traffic model (not the hand cues) lifts to Opus. */
const FRAUD =
  'We run a marketplace with about two million card payments a month. Fraud checks are sixty hand-written SQL rules in a nightly batch and chargebacks are close to the card networks\' limit. We need to score every payment at authorization within 80 ms by next quarter with a small team. What would you build, in what order, and what would you not build?';
const BILLING =
  'Our nightly billing job sometimes charges a customer twice, maybe once a week, and never when we run it by hand. It runs on two machines behind a cron lock in Redis. What is going on and how do we make it safe?';
const ANSWER = 'Here is a first part of the plan: ...';
/** A hard ask by the hand cues alone. */
const PROOF = 'Prove rigorously that there are infinitely many primes p with p ≡ 1 (mod 4).';

describe('follow-ups in a conversation (session 10)', () => {
  it('gives a "continue" the tier its earlier ask gets alone, traffic model included', () => {
    for (const first of [FRAUD, BILLING]) {
      expect(classify(chat([first])).reasons).toContain('traffic model: harder');
      expect(tier(chat([first, ANSWER, 'continue']))).toBe(tier(chat([first])));
      expect(tier(chat([first, ANSWER, 'go on']))).toBe('opus');
    }
  });

  it('lets a request to paste something again, or to put it into another shape, fall one tier below the conversation', () => {
    for (const again of ['can you paste the final function again in one block, I just want to copy it', 'just the code please, without the explanation']) {
      expect(followUpKind(again, false)).toBe('transform');
      expect(tier(chat([PROOF, ANSWER, again]))).toBe('sonnet');
    }
    for (const reshape of ['can you put the plan in a table with one row per week?', 'this is great but can you cut it down a bit']) expect(followUpKind(reshape, false)).toBe('transform');
    // Work on the same content is no reshaping: it keeps the conversation's tier.
    expect(followUpKind('now prove the general case in full detail', false)).toBe('other');
    expect(tier(chat([PROOF, ANSWER, 'now prove the general case in full detail']))).toBe('opus');
  });
});
