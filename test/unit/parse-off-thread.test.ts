import { describe, expect, it } from 'vitest';
import { bodyFacts, digestedFacts } from '../../src/messages/body-facts.js';
import { ParsePool } from '../../src/messages/parse-pool.js';
import { answer } from '../../src/messages/parse-worker.js';
import { messagesBodySchema } from '../../src/messages/schema.js';
import { classify } from '../../src/routing/classifier.js';

const cached = { type: 'ephemeral' };
/** A conversation that every walk has something to find in: cache marks, a cited file, tool turns, a system prompt. */
const conversation = {
  model: 'auto',
  max_tokens: 64,
  system: [{ type: 'text', text: 'You review code.', cache_control: cached }],
  messages: [
    { role: 'user', content: [{ type: 'document', source: { type: 'file', file_id: 'file_abc' } }, { type: 'text', text: 'Read this spec.' }] },
    { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'grep', input: { q: 'panic' } }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'Error: panic at line 3', cache_control: cached }] },
    { role: 'assistant', content: [{ type: 'tool_use', id: 't2', name: 'run', input: { cmd: 'make test' } }] },
    { role: 'user', content: [{ type: 'text', text: 'Why does the test fail? Fix the race in the scheduler.', cache_control: cached }] },
  ],
};

describe('a body parsed off the thread', () => {
  it('tells the pipeline exactly what the same body parsed on the event loop tells', () => {
    const raw = Buffer.from(JSON.stringify(conversation));
    const reply = answer({ kind: 'messages', bytes: Uint8Array.from(raw).buffer, orgId: 'org-a', router: { weights: undefined, id: 0 } });
    if (!reply.ok) throw new Error(reply.message);
    if (!('digest' in reply)) throw new Error('a batch answer');
    const off = digestedFacts(reply.digest);
    const on = bodyFacts(messagesBodySchema.parse(conversation));
    expect(off.inputTokens()).toBe(on.inputTokens());
    expect([...off.citedFileIds()]).toEqual(['file_abc']);
    expect(off.citedFileIds()).toEqual(on.citedFileIds());
    expect(off.toolTurns()).toBe(2);
    expect(off.conversationId('org-a')).toBe(on.conversationId('org-a'));
    expect(off.routedConversationId('org-a')).toBe(on.routedConversationId('org-a'));
    expect(off.classify(classify)).toEqual(on.classify(classify));
    expect(off.stickyLookupKeys('org-a')).toEqual(on.stickyLookupKeys('org-a'));
    expect(off.stickyRememberKeys('org-a')).toEqual(on.stickyRememberKeys('org-a'));
    expect(off.stickyRememberKeys('org-a')).toHaveLength(2); // the two marked messages
    // The model's value, in bytes, for the rewrite; the body the event loop keeps is the top level and the last ask.
    expect(raw.subarray(reply.modelBytes!.start, reply.modelBytes!.end).toString()).toBe('"auto"');
    expect(reply.body.messages).toEqual([{ role: 'user', content: 'Why does the test fail? Fix the race in the scheduler.' }]);
    expect(() => off.stickyLookupKeys('org-b')).toThrow();
  });

  it('answers a malformed body with the message the event loop would give', () => {
    const reply = answer({ kind: 'messages', bytes: Uint8Array.from(Buffer.from('{"model":"auto",')).buffer, orgId: 'o', router: { weights: undefined, id: 0 } });
    expect(reply).toMatchObject({ ok: false, code: 'GW_INVALID_REQUEST' });
    if (!reply.ok) expect(reply.message).toMatch(/^Malformed JSON in request body/);
  });
});

describe('the parse line', () => {
  const pool = new ParsePool();

  it('gives one org at most two places and refuses the third at once with a 429, before any parse', async () => {
    const body = (): Buffer => Buffer.from(JSON.stringify(conversation));
    const signal = new AbortController().signal;
    const first = pool.run(body(), { kind: 'messages', orgId: 'org-a', router: { weights: undefined, id: 0 } }, signal);
    const second = pool.run(body(), { kind: 'messages', orgId: 'org-a', router: { weights: undefined, id: 0 } }, signal);
    const third = pool.run(body(), { kind: 'messages', orgId: 'org-a', router: { weights: undefined, id: 0 } }, signal);
    const otherOrg = pool.run(body(), { kind: 'messages', orgId: 'org-b', router: { weights: undefined, id: 0 } }, signal);
    await expect(third).rejects.toMatchObject({ code: 'GW_LARGE_BODIES_BUSY', status: 429, type: 'rate_limit_error', headers: { 'retry-after': '1' } });
    for (const parsed of await Promise.all([first, second, otherOrg])) expect(parsed.ok).toBe(true);
    // Places are given back once answered.
    expect((await pool.run(body(), { kind: 'messages', orgId: 'org-a', router: { weights: undefined, id: 0 } }, signal)).ok).toBe(true);
  });

  it('drops a body whose client went away while it waited', async () => {
    const gone = new AbortController();
    gone.abort();
    await expect(pool.run(Buffer.from(JSON.stringify(conversation)), { kind: 'messages', orgId: 'org-c', router: { weights: undefined, id: 0 } }, gone.signal)).rejects.toThrow(/went away/);
  });
});
