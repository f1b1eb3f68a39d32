import { describe, expect, it } from 'vitest';
import { wordScanner } from '../../src/routing/cue-scan.js';
import { CUE_FAMILIES, countCues, PATTERNS } from '../../src/routing/cues.js';
import { viewRequest } from '../../src/routing/request-view.js';
import { trafficExamples } from './traffic/index.js';

/** What countCues must equal: one global scan per family, capped at 8 matches. */
const naive = (text: string) =>
  Object.fromEntries(
    CUE_FAMILIES.map((family) => {
      const re = new RegExp(PATTERNS[family].source, PATTERNS[family].flags);
      const input = family === 'codeSyntax' ? text : text.toLowerCase();
      let n = 0;
      while (n < 8 && re.exec(input) !== null) n += 1;
      return [family, n];
    }),
  );

describe('counting cue words in one walk (cue-scan.ts)', () => {
  it('counts what one scan per family counts, on every text of the labelled traffic set', () => {
    const texts = trafficExamples.flatMap((e) => {
      const view = viewRequest(e.body);
      return [view.ask, view.system, view.context, ...view.earlierAsks];
    });
    expect(texts.length).toBeGreaterThan(600);
    for (const text of texts) expect(countCues(text), text.slice(0, 80)).toEqual(naive(text));
  });

  it('counts maths symbols as one scan does, also where a quick test of their characters lets texts without them pass', () => {
    const texts = ['let x^2 + y^{3} = z', 'a \\frac{1}{2} and \\sum_i', '∀ε ∃δ: |x| ≤ δ', 'plain text without symbols', 'a^b c^d', 'x^2'.repeat(12), ''];
    for (const text of texts) expect(countCues(text), text).toEqual(naive(text));
    expect(countCues('x^2 y^3 and ∀ n ∈ N').math).toBe(4);
  });

  it('counts symbol alternatives with or without a character they all need', () => {
    const scanner = wordScanner([
      // Every symbol match holds '%' or '^': texts without either skip the scan.
      { family: 'a', pattern: /\d+%|[a-z]\^\d|\b(?:percent)\b/g },
      // No such character (a digit after two letters): always scanned.
      { family: 'b', pattern: /[a-z]{2}\d|\b(?:foo)\b/g },
    ]);
    const out: Record<string, number> = {};
    scanner.count('50% of x^2, 20 percent, ab1 and foo', out);
    expect(out).toEqual({ a: 3, b: 2 });
    scanner.count('no symbols here but xy9 foo', out);
    expect(out).toEqual({ a: 0, b: 2 });
  });

  it('compares words with characters beyond ASCII in full, as one scan per family does', () => {
    const patterns = [
      { family: 'a', pattern: /\b(?:café\w*|naïve|cafe)\b/g },
      { family: 'b', pattern: /\b(?:caf|na)\b/g },
    ];
    const scanner = wordScanner(patterns);
    for (const text of ['un café noir, cafés, cafe', 'naïve bayes, na ïve, caf', 'cafè naive']) {
      const out: Record<string, number> = {};
      scanner.count(text, out);
      const oneScan = patterns.map(({ pattern }) => text.match(new RegExp(pattern.source, 'g'))?.length ?? 0);
      expect([out['a'], out['b']], text).toEqual(oneScan);
    }
  });

  it('finds words whose alternatives start with a group, and leaves overlapping matches to each family', () => {
    const scanner = wordScanner([
      { family: 'a', pattern: /\b(?:(?:sometimes|occasionally) (?:hangs?|fails?)|race conditions?)\b/g },
      { family: 'b', pattern: /\b(?:race|fails)\b/g },
    ]);
    const out: Record<string, number> = {};
    scanner.count('it occasionally fails with a race condition, and sometimes hangs', out);
    expect(out).toEqual({ a: 3, b: 2 });
  });

  it('refuses a pattern whose words it cannot index', () => {
    expect(() => wordScanner([{ family: 'a', pattern: /\b(?:\w+ing)\b/g }])).toThrow(/literal prefix/);
  });
});
