import { describe, expect, it } from 'vitest';
import { estimateInputTokens } from '../../src/limits/estimate.js';
import { RepeatedTexts, RepeatedTools, sameJson } from '../../src/limits/estimate-memo.js';
import type { MessagesBody } from '../../src/messages/schema.js';

const tool = (description: string, extra: Record<string, unknown> = {}) => ({
  name: 'lookup_invoice',
  description,
  input_schema: { type: 'object', properties: { invoice_id: { type: 'string' } }, required: ['invoice_id'] },
  ...extra,
});
const body = (tools: unknown[], system = 'You are a support assistant. Answer concisely, quote the pricing page, ask for the region.'): MessagesBody =>
  JSON.parse(JSON.stringify({ model: 'haiku', max_tokens: 10, system, tools, messages: [{ role: 'user', content: 'hi' }] })) as MessagesBody;

describe('sameJson: equal exactly when JSON.stringify writes the same text', () => {
  const cases: [unknown, unknown][] = [
    [{ a: 1, b: [1, 'x', null, true] }, { a: 1, b: [1, 'x', null, true] }],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }],
    [{ a: [1, 2] }, { a: [1, 2, 3] }],
    [{ a: [] }, { a: {} }],
    [{ a: '1' }, { a: 1 }],
    [{ a: null }, { a: {} }],
    [{ a: { b: { c: 'x' } } }, { a: { b: { c: 'y' } } }],
    [[{}], [{}]],
  ];
  it.each(cases)('%j against %j', (a, b) => {
    expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
  });
});

describe('remembered tools and prompts give the estimate of their text', () => {
  it('a tool sent again, changed under the same name, or with a member added, is counted as its own text', () => {
    const first = estimateInputTokens(body([tool('Look up an invoice by its id.')]));
    expect(estimateInputTokens(body([tool('Look up an invoice by its id.')]))).toBe(first);
    const longer = estimateInputTokens(body([tool('Look up an invoice by its id and return its line items, status, totals and the payments made.')]));
    expect(longer).toBeGreaterThan(first);
    expect(estimateInputTokens(body([tool('Look up an invoice by its id.', { cache_control: { type: 'ephemeral' } })]))).toBeGreaterThan(first);
    // Back to the first definition: its own count again, not the last one remembered under the name.
    expect(estimateInputTokens(body([tool('Look up an invoice by its id.')]))).toBe(first);
  });

  it('texts of one length are told apart, and more of them than are kept are counted again', () => {
    let counted = 0;
    const texts = new RepeatedTexts(4, (text) => (counted++, text.charCodeAt(0)));
    const all = Array.from({ length: 40 }, (_, i) => `${String.fromCharCode(65 + i)}xyz`);
    expect(all.map((t) => texts.tokens(t))).toEqual(all.map((t) => t.charCodeAt(0)));
    expect(counted).toBe(40);
    expect(texts.tokens(all[39] as string)).toBe(all[39]?.charCodeAt(0));
    expect(counted).toBe(40); // the newest are kept
    expect(texts.tokens(all[0] as string)).toBe(65);
    expect(counted).toBe(41); // the oldest of that length went
  });

  it('tool definitions are held within a text budget, however many names callers send', () => {
    const tools = new RepeatedTools();
    const definition = (i: number) => ({ name: `tool_${i}`, description: 'x' });
    // 200 definitions of 16,000 characters of text each: 3.2 MB, over the 2 MB budget.
    for (let i = 0; i < 200; i++) tools.remember(definition(i), 16_000, i);
    expect(tools.known(definition(0))).toBeUndefined();
    expect(tools.known(definition(199))).toBe(199);
  });
});
