import { describe, expect, it } from 'vitest';
import { extractTextFeatures, newTextFeatures } from '../../src/routing/text-features.js';

const bucketsOf = (text: string): number[] => {
  const out = newTextFeatures();
  extractTextFeatures(text, 14, out);
  return [...out.hashes.slice(0, out.hashCount)].sort((a, b) => a - b);
};

describe('extractTextFeatures', () => {
  it('emits each distinct word and bigram once, however often the text repeats it', () => {
    const once = bucketsOf('prove the lemma lemma');
    expect(bucketsOf('prove the lemma lemma lemma lemma lemma')).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
    expect(bucketsOf('prove the lemma')).not.toEqual(once);
  });

  it('gives the same buckets for a text after many other texts (the seen-marks wrap around)', () => {
    const before = bucketsOf('Find all functions f with f(x + y) = f(x) + f(y).');
    for (let i = 0; i < 70_000; i += 1) bucketsOf(`word${i % 97} other`);
    expect(bucketsOf('Find all functions f with f(x + y) = f(x) + f(y).')).toEqual(before);
  });
});
