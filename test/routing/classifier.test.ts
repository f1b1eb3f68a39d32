import { describe, expect, it } from 'vitest';
import type { MessagesBody } from '../../src/messages/schema.js';
import { classify } from '../../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';
import { ask } from './realistic/helpers.js';

const ASCII_SHORT = /^[\x20-\x7e]{1,24}$/;

describe('classify', () => {
  it('returns a score in [0, 1] and short ASCII reasons', () => {
    const bodies: MessagesBody[] = [
      ask('hi'),
      ask('Prove that the halting problem is undecidable.'),
      ask('x'.repeat(200_000)),
      ask('日本語のテキストを英語に翻訳してください。'),
      { model: 'auto', max_tokens: 1, messages: [] },
    ];
    for (const body of bodies) {
      const { score, reasons } = classify(body);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) expect(reason).toMatch(ASCII_SHORT);
    }
  });

  it('is deterministic', () => {
    const body = ask('Design a sharded key-value store with cross-shard transactions.');
    expect(classify(body)).toEqual(classify(structuredClone(body)));
  });

  it('scores a proof above a translation', () => {
    const proof = classify(ask('Prove rigorously that every bounded monotone sequence of reals converges.'));
    const translation = classify(ask('Translate to French: "The meeting is at noon."'));
    expect(proof.score).toBeGreaterThan(translation.score);
    expect(proof.reasons).toContain('proof');
    expect(translation.reasons).toContain('simple task');
  });

  it('raises the score for thinking, tools and a large max_tokens', () => {
    const base = ask('Explain how a B-tree index speeds up range queries.');
    const plain = classify(base).score;
    expect(classify({ ...base, thinking: { type: 'enabled', budget_tokens: 16_000 } }).score).toBeGreaterThan(plain);
    expect(classify({ ...base, tools: [{ name: 'search', description: 'search the docs' }] }).score).toBeGreaterThan(plain);
    expect(classify({ ...base, max_tokens: 20_000 }).score).toBeGreaterThan(plain);
    expect(classify({ ...base, max_tokens: 20 }).score).toBeLessThan(plain);
  });

  it('reads the system prompt: a translation engine stays cheap', () => {
    const text = 'The quarterly report shows revenue growth in all regions and a small decline in churn.';
    const withSystem = classify(ask(text, { system: [{ type: 'text', text: 'Translate every message into German. Output only the translation.' }] }));
    expect(withSystem.score).toBeLessThan(classify(ask(text)).score);
  });

  it('keeps an agent step cheap when its tool calls report success, not when they fail', () => {
    const step = (result: string, isError = false): MessagesBody => ({
      model: 'auto',
      max_tokens: 1024,
      tools: [{ name: 'send_email' }],
      messages: [
        { role: 'user', content: 'Email Dana that I will be 10 minutes late.' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'send_email', input: { to: 'dana@example.com' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', is_error: isError, content: result }] },
      ],
    });
    const done = classify(step('{"status":"sent"}'));
    expect(done.reasons).toContain('tool step done');
    expect(tierForScore(done.score, DEFAULT_THRESHOLDS)).toBe('haiku');
    const failed = classify(step('SMTP 550: mailbox unavailable', true));
    expect(failed.reasons).not.toContain('tool step done');
    expect(failed.score).toBeGreaterThan(done.score);
  });

  it('finds the ask behind a tool_result turn and the prefill case', () => {
    const agent: MessagesBody = {
      model: 'auto',
      max_tokens: 4096,
      tools: [{ name: 'run_tests' }],
      messages: [
        { role: 'user', content: 'There is a race condition in the connection pool that corrupts memory under load; find the root cause.' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'run_tests', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [{ type: 'text', text: '3 failed' }] }] },
      ],
    };
    expect(classify(agent).reasons).toContain('deep debugging');
    const prefill: MessagesBody = {
      model: 'auto',
      max_tokens: 100,
      messages: [
        { role: 'user', content: 'Classify the sentiment: "great product". Reply with one word.' },
        { role: 'assistant', content: 'Sentiment:' },
      ],
    };
    expect(classify(prefill).reasons).toContain('simple task');
  });

  it('counts images and documents', () => {
    const body: MessagesBody = {
      model: 'auto',
      max_tokens: 1024,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' } },
            { type: 'text', text: 'Go through this contract with me.' },
          ],
        },
      ],
    };
    expect(classify(body).score).toBeGreaterThan(classify(ask('Go through this contract with me.')).score);
  });
});
