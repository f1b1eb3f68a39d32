import { describe, expect, it } from 'vitest';
import type { MessagesBody } from '../../src/messages/schema.js';
import { classify } from '../../src/routing/classifier.js';
import { conversationLogit, followUpKind, isSmallAsk } from '../../src/routing/conversation.js';
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

  it('reads a small ask about what is already written by its form, and keeps asks for more of the work inheriting', () => {
    const small = [
      'can you give me that proof as LaTeX',
      'rename parseRow to parseLine in that last snippet, nothing else',
      'turn the table from my output into APA style',
      "what's the one-liner to list every file over 1 GB",
      'just give me a Python set literal of the reserved words',
      'can you format these in APA 7 for my reference list?\n\nrowland, c. a. (2014) the effect of testing versus restudy on retention. psychological bulletin 140(6) 1432-1463',
      'give me one plain sentence I can send my manager',
    ];
    for (const ask of small) expect(isSmallAsk(ask), ask).toBe(true);
    const more = [
      'Now do the general case in full detail',
      'Why exactly is one of the two factors divisible by 4? Make that step airtight.',
      'Implement it in C++',
      'Compare lease reads and ReadIndex under clock skew',
      'Now write it up as a rigorous proof in LaTeX',
    ];
    for (const ask of more) expect(isSmallAsk(ask), ask).toBe(false);
  });

  it('lets a small ask fall one tier below the conversation, never further, whatever its own words score', () => {
    // Its own words ("proof") score Sonnet work: read as 'other' it kept the proof's Opus.
    expect(classify(chat([PROOF, ANSWER, 'can you give me that proof as LaTeX'])).followUp).toBe('transform');
    expect(tier(chat([PROOF, ANSWER, 'can you give me that proof as LaTeX']))).toBe('sonnet');
    expect(tier(chat([PROOF, ANSWER, 'Now do the general case in full detail']))).toBe('opus');
    // Inside a Sonnet conversation the same form lands on Haiku; alone, the ask keeps its own score.
    const sonnetAsk = 'Write a Python script that merges two CSV exports on the email column and keeps the newest row per email.';
    expect(tier(chat([sonnetAsk]))).toBe('sonnet');
    const rename = "oh one tiny thing, the output column should be called 'Email Address' not 'email'";
    expect(tier(chat([sonnetAsk, 'Here is the script: ...', rename]))).toBe('haiku');
    expect(tier(chat([sonnetAsk, 'Here is the script: ...', 'Now add streaming so it handles 3M rows in constant memory']))).toBe('sonnet');
  });

  it('lets any transform leave the Opus band, however high the conversation\'s logit', () => {
    // A long literature review can score far above the Opus cut: one tier's logit below it was still Opus.
    const opusCut = Math.log(DEFAULT_THRESHOLDS.opus / (1 - DEFAULT_THRESHOLDS.opus));
    for (const history of [1, 2, 3, 4]) {
      const kept = conversationLogit(-2, history, 'transform');
      expect(kept.logit).toBeLessThan(opusCut);
      expect(kept.logit).toBeGreaterThanOrEqual(Math.min(history - 1.5, opusCut - 0.25));
      expect(conversationLogit(-2, history, 'other').logit).toBe(history);
    }
  });
});
