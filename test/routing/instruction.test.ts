import { describe, expect, it } from 'vitest';
import { classify } from '../../src/routing/classifier.js';
import { splitAsk } from '../../src/routing/instruction.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';

const csv = 'endpoint,p50_ms,p95_ms,p99_ms,rps\n/search,42,180,910,1200\n/checkout,88,240,410,95\n/login,35,70,160,300\n/catalog,20,55,130,2400\n/recommendations,61,390,2300,410\n';
const tier = (text: string) => tierForScore(classify({ model: 'auto', max_tokens: 1024, messages: [{ role: 'user', content: text }] }).score, DEFAULT_THRESHOLDS);
const preamble =
  'I am writing up the quarterly reliability review for our API platform, which covers the gateway, auth, the rate limiter, the event bus and the three public SDKs. The review goes to the VP of engineering and to the customer success leads, so the wording has to be careful, and I have been asked to use the standard HTTP terminology throughout.';

describe('splitting an ask into its instruction and a pasted text (instruction.ts, session 7)', () => {
  it('reads a short question for a fact under a short pasted text as the instruction, and routes it as a lookup', () => {
    const ask = `${csv}\nWhich endpoint has the worst p99?`;
    expect(splitAsk(ask)).toEqual({ instruction: 'Which endpoint has the worst p99?', material: ask.length - 'Which endpoint has the worst p99?'.length });
    expect(tier(ask)).toBe('haiku');
  });

  it('keeps a short text whole when its last line asks for analysis rather than a fact, or when it is very short', () => {
    expect(splitAsk(`${csv}\nWhat stands out here, and where would you look first?`).material).toBe(0);
    expect(splitAsk('a,b\n1,2\nWhich is larger?').material).toBe(0);
  });

  it('reads a quick question closing a long preamble as the instruction', () => {
    const ask = `${preamble} Before I go on: is 503 "Service Unavailable" or "Bad Gateway"?`;
    expect(splitAsk(ask).instruction).toBe('is 503 "Service Unavailable" or "Bad Gateway"?');
    expect(tier(ask)).toBe('haiku');
    expect(splitAsk(`${preamble} Which sections should the review have?`).material).toBe(0);
  });
});
