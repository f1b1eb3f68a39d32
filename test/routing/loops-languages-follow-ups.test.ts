import { describe, expect, it } from 'vitest';
import type { MessagesBody } from '../../src/messages/schema.js';
import { classify } from '../../src/routing/classifier.js';
import { followUpKind, inheritedTier } from '../../src/routing/conversation.js';
import { textShape } from '../../src/routing/language.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';

const tier = (body: MessagesBody) => tierForScore(classify(body).score, DEFAULT_THRESHOLDS);
const ask = (content: string): MessagesBody => ({ model: 'auto', max_tokens: 1024, messages: [{ role: 'user', content }] });
const chat = (texts: string[]): MessagesBody => ({
  model: 'auto',
  max_tokens: 1024,
  messages: texts.map((content, i) => ({ role: i % 2 === 0 ? ('user' as const) : ('assistant' as const), content })),
});

/** One agent step: the task (text blocks), a tool call and its result. */
const step = (task: string[], result: string, options: { maxTokens?: number; isError?: boolean } = {}): MessagesBody => ({
  model: 'auto',
  max_tokens: options.maxTokens ?? 4096,
  tools: [{ name: 'Bash', description: 'Runs a shell command.' }],
  messages: [
    { role: 'user', content: task.map((text) => ({ type: 'text', text })) },
    { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'Bash', input: { command: 'x' } }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: result, ...(options.isError ? { is_error: true } : {}) }] },
  ],
});

describe('agent loops by evidence (session 7)', () => {
  it("does not read an agent's answer budget (Claude Code's 32k on every step) as a long answer", () => {
    const listing = 'backup.sh\nseed.ts\nrelease.sh';
    expect(classify(step(['list the scripts folder'], listing, { maxTokens: 32_000 })).score).toBe(classify(step(['list the scripts folder'], listing)).score);
    // Without tools, a large budget still asks for a long answer.
    expect(classify({ ...ask('Explain B-trees.'), max_tokens: 32_000 }).score).toBeGreaterThan(classify(ask('Explain B-trees.')).score);
  });

  it('takes an edit, a commit or a short answered question as a step done, but not a why question or a failure', () => {
    expect(classify(step(['change MAX_RETRIES to 5'], 'The file src/http.ts has been updated.')).reasons).toContain('tool step done');
    expect(classify(step(['commit it'], '[main 3f2a1c9] fix typo\n 1 file changed, 1 insertion(+)')).reasons).toContain('tool step done');
    expect(classify(step(["What's the p95 latency of checkout today?"], '{"p95_ms": 212}')).reasons).toContain('tool step done');
    expect(classify(step(['Why does the worker hang?'], 'goroutine 1 [semacquire]')).reasons).not.toContain('tool step done');
    expect(classify(step(["What's the p95 latency of checkout today?"], 'ERROR: timeout', { isError: true })).reasons).not.toContain('tool step done');
  });

  it("reads a client's <system-reminder> block beside the task as context, not as the user's ask", () => {
    const reminder = '<system-reminder>\nContents of CLAUDE.md:\n- pnpm only\n- run the tests before committing\n- never push to main\n- keep functions short\n</system-reminder>';
    const withReminder = classify(step([reminder, 'which node version does this repo use?'], '20.11.1'));
    expect(withReminder.score).toBe(classify(step(['which node version does this repo use?'], '20.11.1')).score);
  });
});

describe('non-English asks (session 7)', () => {
  it('sends a short factual question in another language to Haiku, but not a why question, a judgement or maths', () => {
    for (const q of ['כמה ימים יש בפברואר 2028?', 'Ile to jest 15% z 240 zł?', 'Thủ đô của Úc là thành phố nào?', 'Сколько дней в феврале 2028 года?']) expect(tier(ask(q)), q).toBe('haiku');
    expect(tier(ask('Warum ist der Himmel blau?'))).toBe('sonnet');
    expect(tier(ask('Welche Datenbank sollten wir für 10 Mrd. Zeilen wählen?'))).toBe('sonnet');
    expect(tier(ask('P ≠ NP は証明されていますか？'))).not.toBe('haiku');
  });

  it('knows proofs, designs and root-cause asks in languages the first lists lacked', () => {
    expect(tier(ask('Bevisa att det finns oändligt många primtal p sådana att p ≡ 1 (mod 4), fullständigt och rigoröst.'))).toBe('opus');
    expect(tier(ask('שירות ה-Node.js שלנו קורס פעם בכמה ימים רק בייצור. איך מוצאים את שורש הבעיה? תאר תוכנית חקירה מלאה.'))).toBe('opus');
    expect(tier(ask('Översätt till engelska: "Mötet är flyttat till torsdag."'))).toBe('haiku');
    // "poprawność" (correctness) is no "popraw" (fix): writing a validator stays Sonnet work.
    expect(tier(ask('Napisz funkcję w TypeScript, która sprawdza poprawność numeru PESEL, i wyjaśnij, jak liczy się cyfrę kontrolną.'))).toBe('sonnet');
  });

  it('reads short questions, units and YAML with the right language', () => {
    expect(textShape('Who is scheduling the Kafka upgrade?').english).toBe(true);
    expect(textShape('Gibt es unendlich viele Primzahlzwillinge?').english).toBe(false);
    expect(textShape('resources:\n  requests:\n    memory: 256Mi\n  limits:\n    memory: 512Mi\n').english).toBe(true);
  });
});

describe('follow-ups in a conversation (session 7)', () => {
  const proof = ['Prove that for every prime p > 3, p^2 - 1 is divisible by 24. I want a rigorous argument.', 'Write p^2 - 1 = (p - 1)(p + 1) ... ∎'];

  it('tells acknowledgements, unrelated questions, fact questions and deliverables apart', () => {
    expect(followUpKind('Great, thanks a lot, I will try the O_TMPFILE change tomorrow.', false)).toBe('ack');
    expect(followUpKind('Thanks, I will now need the general case too.', false)).toBe('other');
    expect(followUpKind('Side question: what is the default port for Postgres?', false)).toBe('new');
    expect(followUpKind('What does MoE stand for?', false)).toBe('new');
    expect(followUpKind('Who wrote the original Raft paper?', false)).toBe('transform');
    expect(followUpKind('Thank you, that finally clicked.', false)).toBe('ack');
    expect(followUpKind("Thanks! Found it, the motor ground was sharing the sensor cable's ground wire.", false)).toBe('ack');
    expect(followUpKind('Thanks, but it still fails on the second input.', false)).toBe('other');
    expect(followUpKind('thx, the test is still broken', false)).toBe('other');
    expect(followUpKind('How many rounds does it need?', false)).toBe('other');
    expect(followUpKind('Write a short summary of what we found for the team channel.', false)).toBe('transform');
    expect(followUpKind('계속해 주세요', false)).toBe('continue');
    expect(followUpKind('Terima kasih!', false)).toBe('ack');
    expect(inheritedTier('opus', 'new')).toBeUndefined();
  });

  it('reads acknowledgements in any language, with the thanks first or last (session 9)', () => {
    for (const thanks of ['ahh ok thx', 'genial, muchas gracias!!', 'Super clair, merci beaucoup.', '明白了，谢谢！', 'DISTINCT ON 知らなかったです、ありがとうございます！', '오 이제 좀 이해가 되네요 감사합니다', 'Понял, спасибо!']) {
      expect(followUpKind(thanks, false), thanks).toBe('ack');
    }
    for (const more of ['Write a thank you note to Bob', 'Danke, aber es funktioniert noch nicht', 'Gracias, pero hazlo más corto', '谢谢，可以再写一个 Go 版本吗？', 'ありがとうございます。でもまだエラーが出ます', 'Thanks. Now do the general case.']) {
      expect(followUpKind(more, false), more).not.toBe('ack');
    }
  });

  it('sends an acknowledgement to Haiku whatever its own words or language', () => {
    expect(tier(chat([...proof, 'Great, thanks a lot, I will try the O_TMPFILE change tomorrow.']))).toBe('haiku');
    expect(tier(chat([...proof, '明白了，谢谢！']))).toBe('haiku');
    expect(tier(chat([...proof, 'Thanks. Now do the general case in full detail.']))).toBe('opus');
  });

  it('lets an ask that scores Haiku on its own fall one tier at most, unless it asks for more of the work (session 10)', () => {
    for (const light of ['quick q, what does SameSite=Lax block exactly? one or two sentences', 'give me 5 more ways to phrase the opening line']) {
      expect(tier(chat([light])), light).toBe('haiku');
      expect(followUpKind(light, false, true), light).toBe('transform');
      expect(tier(chat([...proof, light])), light).toBe('sonnet');
    }
    for (const more of ['Now do the general case in full detail.', 'cont', 'Now add the case p = 3 too.']) {
      expect(followUpKind(more, false, true), more).not.toBe('transform');
      expect(tier(chat([...proof, more])), more).toBe('opus');
    }
  });

  it('lets a marked unrelated question or an acronym drop to its own tier, an unmarked fact question one tier at most', () => {
    expect(tier(chat([...proof, 'Unrelated: what is the capital of Peru?']))).toBe('haiku');
    expect(tier(chat([...proof, 'What does LaTeX stand for?']))).toBe('haiku');
    expect(tier(chat([...proof, 'Who first proved the case n = 4?']))).toBe('sonnet');
    expect(tier(chat([...proof, 'continue']))).toBe('opus');
  });
});
