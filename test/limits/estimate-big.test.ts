import { describe, expect, it } from 'vitest';
import { estimateText } from '../../src/limits/estimate.js';
import { estimateInputTokens } from '../../src/limits/index.js';
import type { MessagesBody } from '../../src/messages/schema.js';

const prose = 'The quick brown fox jumps over the lazy dog; const x = foo(bar, 42); café 東京 1234567 '.repeat(12_000).slice(0, 1_000_000);
const body = (messages: MessagesBody['messages']): MessagesBody => ({ model: 'haiku', max_tokens: 10, messages }) as MessagesBody;

/** Past the first 100 000 characters, text is counted from samples scaled to its length: close to the exact walk. */
describe('estimateInputTokens on big bodies', () => {
  it('a 1 MB prompt: within 3% of reading every character', () => {
    const exact = estimateText(prose);
    const estimate = estimateInputTokens(body([{ role: 'user', content: prose }]));
    expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.03);
  });

  it('many short messages past the exact part: scaled by the tokens per character read so far', () => {
    const pieces = Array.from({ length: 2_000 }, (_, i) => prose.slice(i * 500, i * 500 + 500));
    const exact = pieces.reduce((sum, piece) => sum + estimateText(piece), 0);
    const estimate = estimateInputTokens(body(pieces.map((content, i) => ({ role: i % 2 ? 'assistant' : 'user', content }))));
    expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.03);
  });
});
