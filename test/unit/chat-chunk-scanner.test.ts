import { describe, expect, it } from 'vitest';
import { ChatChunkScanner } from '../../src/openai/chunk-scanner.js';
import { toMessagesBody } from '../../src/openai/to-messages.js';

const chunk = (o: object): string => `data: ${JSON.stringify(o)}\n\n`;

describe('ChatChunkScanner', () => {
  it('finds the first content, usage from OpenAI fields and [DONE], across arbitrary chunk cuts', () => {
    const text =
      chunk({ choices: [{ index: 0, delta: { role: 'assistant', content: '' } }] }) +
      chunk({ choices: [{ index: 0, delta: { content: 'héllo' } }] }) +
      chunk({ choices: [], usage: { prompt_tokens: 12, completion_tokens: 3, prompt_tokens_details: { cached_tokens: 5 } } }) +
      'data: [DONE]\n\n';
    const bytes = Buffer.from(text);
    const contentLineEnd = bytes.indexOf('\n', bytes.indexOf('héllo'));
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const scanner = new ChatChunkScanner(40);
      const first = scanner.push(bytes.subarray(0, cut));
      const second = scanner.push(bytes.subarray(cut));
      expect(first || second).toBe(true);
      expect(first).toBe(cut > contentLineEnd);
      expect(scanner.sawMessageStop).toBe(true);
      expect(scanner.usage).toMatchObject({ inputTokens: 7, cacheReadInputTokens: 5, outputTokens: 3 });
    }
  });

  it('without a usage chunk, charges the admitted input estimate and the relayed output at 4 characters a token', () => {
    const scanner = new ChatChunkScanner(40);
    scanner.push(Buffer.from(chunk({ choices: [{ index: 0, delta: { content: 'x'.repeat(30) } }] })));
    scanner.push(Buffer.from(chunk({ choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: '{"city":"Oslo"}' } }] } }] })));
    expect(scanner.relayedOutputTokens()).toBe(Math.ceil(45 / 4));
    scanner.push(Buffer.from('data: [DONE]\n\n'));
    expect(scanner.usage).toMatchObject({ inputTokens: 40, outputTokens: 12 });
  });

  it('notes an error chunk', () => {
    const scanner = new ChatChunkScanner(40);
    scanner.push(Buffer.from(chunk({ error: { type: 'overloaded_error', message: 'Overloaded' } })));
    expect(scanner.error).toEqual({ type: 'overloaded_error', message: 'Overloaded' });
    expect(scanner.sawContent).toBe(false);
  });
});

describe('toMessagesBody', () => {
  it('reads an OpenAI chat body as a Messages body for routing and budgets', () => {
    const view = toMessagesBody({
      model: 'auto',
      max_completion_tokens: 300,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'text', text: 'Weather?' }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'w', arguments: '{"city":"Oslo"}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'rain' },
      ],
      tools: [{ type: 'function', function: { name: 'w', parameters: { type: 'object' } } }],
      tool_choice: 'required',
    });
    expect(view).toMatchObject({
      model: 'auto',
      max_tokens: 300,
      system: 'Be brief.',
      tool_choice: { type: 'any' },
      tools: [{ name: 'w', input_schema: { type: 'object' } }],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Weather?' }] },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'c1', name: 'w', input: { city: 'Oslo' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'c1', content: 'rain' }] },
      ],
    });
  });
});
