import { describe, expect, it } from 'vitest';
import { estimateText } from '../../src/limits/estimate.js';
import { estimateInputTokens } from '../../src/limits/index.js';
import type { MessagesBody } from '../../src/messages/schema.js';
import { countTokens } from '../../src/sim/tokenizer.js';
import { estimatorCorpus } from './estimate-corpus.js';

const body = (partial: Partial<MessagesBody>): MessagesBody => ({ model: 'auto', max_tokens: 10, messages: [], ...partial });

describe('estimateInputTokens', () => {
  it('counts prose at about one token a word', () => {
    const text = 'The quick brown fox jumps over the lazy dog, and then it runs away. '.repeat(20);
    const words = text.trim().split(/\s+/).length;
    const tokens = estimateText(text);
    expect(tokens).toBeGreaterThan(words);
    expect(tokens).toBeLessThan(words * 1.6);
  });

  it('remembers repeated system prompts and tools without changing the count', () => {
    const system = 'You are a careful assistant for the billing team. Quote the pricing page verbatim. '.repeat(4);
    const tools = [{ name: 'lookup_invoice', description: 'Look up an invoice by id and return its lines and status.' }];
    const request = (): MessagesBody => body({ system, tools, messages: [{ role: 'user', content: 'Why was I charged twice?' }] });
    const first = estimateInputTokens(request());
    expect(estimateInputTokens(request())).toBe(first);
    const counted = 3 + 346 + 3 + estimateText(JSON.stringify(tools[0])) + 1 + estimateText(system) + 3 + estimateText('Why was I charged twice?');
    expect(first).toBe(counted);
  });

  it('charges framing, tools, images, and only the last turn of thinking', () => {
    const plain = estimateInputTokens(body({ messages: [{ role: 'user', content: 'hi' }] }));
    expect(plain).toBeGreaterThan(3);
    expect(plain).toBeLessThan(12);
    const withTools = estimateInputTokens(body({ messages: [{ role: 'user', content: 'hi' }], tools: [{ name: 'search', description: 'Search' }] }));
    expect(withTools - plain).toBeGreaterThan(300); // Anthropic's tool-use system prompt
    const image = estimateInputTokens(
      body({ messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'x' } }] }] }),
    );
    expect(image).toBeGreaterThan(1_000);
    const thinking = { type: 'thinking', thinking: 'a long chain of thought '.repeat(100), signature: 's' };
    const early = estimateInputTokens(
      body({
        messages: [
          { role: 'user', content: 'q' },
          { role: 'assistant', content: [thinking, { type: 'text', text: 'a' }] },
          { role: 'user', content: 'q2' },
          { role: 'assistant', content: 'a2' },
          { role: 'user', content: 'q3' },
        ],
      }),
    );
    expect(early).toBeLessThan(40); // dropped from earlier turns, as upstream does
  });

  it('is cheap: well under a millisecond for a 20 kB prompt', () => {
    const text = 'Refactor the limiter so that every dimension is taken at once; keep it simple. '.repeat(250);
    const started = performance.now();
    for (let i = 0; i < 100; i++) estimateText(text + String(i));
    expect((performance.now() - started) / 100).toBeLessThan(5);
  });

  it('is close to the simulator tokenizer on varied bodies', () => {
    const errors = estimatorCorpus().map((b) => {
      const reference = countTokens(b);
      return (estimateInputTokens(b) - reference) / reference;
    });
    const mape = errors.reduce((sum, e) => sum + Math.abs(e), 0) / errors.length;
    const worst = Math.max(...errors.map(Math.abs));
    console.log(`estimator vs simulator tokenizer: MAPE ${(mape * 100).toFixed(1)}%, worst ${(worst * 100).toFixed(1)}% over ${errors.length} bodies`);
    expect(mape).toBeLessThan(0.08);
    expect(worst).toBeLessThan(0.3);
  });
});
