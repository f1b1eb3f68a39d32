import type { Tier } from '../../../src/config/schema.js';
import type { MessagesBody } from '../../../src/messages/schema.js';

/**
 * Builders for the labelled realistic traffic set (issue 21). Every example is a full Messages
 * request body with the tier a careful operator would choose, a kind, the ask's language, and a
 * group: variants of one conversation share a group, so they land in the same half of the split.
 */
export type Kind = 'single' | 'multi' | 'agent' | 'lang';

export interface TrafficExample {
  name: string;
  tier: Tier;
  kind: Kind;
  lang: string;
  group: string;
  body: MessagesBody;
}

type Extra = Partial<Omit<MessagesBody, 'messages'>>;
type Message = MessagesBody['messages'][number];

const base = (messages: Message[], extra: Extra): MessagesBody => ({ model: 'auto', max_tokens: 2048, messages, ...extra });

/** Alternating user / assistant texts, starting and ending with the user. */
export const turns = (texts: readonly string[], extra: Extra = {}): MessagesBody =>
  base(
    texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content: text })),
    extra,
  );

export interface ToolStep {
  /** Assistant's words before the call, if any. */
  say?: string;
  call: string;
  input: Record<string, unknown>;
  result: string;
  error?: boolean;
}

/**
 * An agent loop: the user's task, then for each step an assistant `tool_use` and a user
 * `tool_result`. `after` adds user text beside the last tool result.
 */
export const agentLoop = (
  task: string,
  steps: readonly ToolStep[],
  options: { system?: string; tools: readonly string[]; after?: string } & Extra,
): MessagesBody => {
  const { system, tools, after, ...extra } = options;
  const messages: Message[] = [{ role: 'user', content: task }];
  steps.forEach((step, i) => {
    const id = `toolu_${String(i + 1).padStart(2, '0')}`;
    messages.push({
      role: 'assistant',
      content: [...(step.say ? [{ type: 'text' as const, text: step.say }] : []), { type: 'tool_use' as const, id, name: step.call, input: step.input }],
    });
    const last = i === steps.length - 1;
    messages.push({
      role: 'user',
      content: [
        { type: 'tool_result' as const, tool_use_id: id, content: step.result, ...(step.error ? { is_error: true } : {}) },
        ...(last && after ? [{ type: 'text' as const, text: after }] : []),
      ],
    });
  });
  return base(messages, {
    ...(system ? { system } : {}),
    tools: tools.map((name) => ({ name, description: `The ${name.replace(/_/g, ' ')} tool.`, input_schema: { type: 'object', properties: {} } })),
    max_tokens: 4096,
    ...extra,
  });
};

/** Repeats a paragraph to stand for a pasted document of about `chars` characters. */
export const pad = (paragraph: string, chars: number): string => {
  let out = '';
  while (out.length < chars) out += `${paragraph}\n\n`;
  return out;
};

export const single = (name: string, tier: Tier, text: string, extra: Extra = {}): TrafficExample => ({
  name,
  tier,
  kind: 'single',
  lang: 'en',
  group: name,
  body: turns([text], extra),
});

/** A non-English request (one turn unless `texts` has several). */
export const lang = (code: string, name: string, tier: Tier, texts: string | readonly string[], extra: Extra = {}): TrafficExample => ({
  name: `${code}-${name}`,
  tier,
  kind: 'lang',
  lang: code,
  group: `${code}-${name}`,
  body: turns(typeof texts === 'string' ? [texts] : texts, extra),
});

/**
 * Variants of one conversation: the shared history, then one example per latest user turn.
 * `history` alternates user / assistant and ends with an assistant turn.
 */
export const conversation = (
  group: string,
  history: readonly string[],
  latest: readonly (readonly [suffix: string, tier: Tier, text: string])[],
  options: { lang?: string; extra?: Extra } = {},
): TrafficExample[] =>
  latest.map(([suffix, tier, text]) => ({
    name: `${group}-${suffix}`,
    tier,
    kind: 'multi' as const,
    lang: options.lang ?? 'en',
    group,
    body: turns([...history, text], options.extra),
  }));

/** One step of a conversation: the user's text, the tier it is labelled with (null: not a labelled row), the answer. */
export type ChatStep = readonly [suffix: string, tier: Tier | null, user: string, reply?: string];

/**
 * Stands in for an answer a batch was written without, when a later step follows it (eight steps of `m6-`): without it
 * the roles would not alternate and the next user text would be sent as the assistant's (fixed in session 10).
 */
const MISSING_REPLY = 'Here is my full answer to that, step by step.';

/** One conversation told step by step; every step with a tier is a labelled row holding the turns before it and its user text. */
export const chat = (group: string, steps: readonly ChatStep[], system?: string): TrafficExample[] => {
  const texts: string[] = [];
  const rows: TrafficExample[] = [];
  for (const [suffix, tier, user, reply] of steps) {
    if (texts.length % 2 === 1) texts.push(MISSING_REPLY);
    texts.push(user);
    if (tier) rows.push({ name: `${group}-${suffix}`, tier, kind: 'multi', lang: 'en', group, body: turns([...texts], system ? { system } : {}) });
    if (reply !== undefined) texts.push(reply);
  }
  return rows;
};

export const agent = (name: string, tier: Tier, body: MessagesBody, language = 'en'): TrafficExample => ({
  name,
  tier,
  kind: 'agent',
  lang: language,
  group: name,
  body,
});

/** `single` for one batch: every name starts with `prefix`, so batches never collide. */
export const batch =
  (prefix: string) =>
  (name: string, tier: Tier, text: string): TrafficExample =>
    single(`${prefix}${name}`, tier, text);
