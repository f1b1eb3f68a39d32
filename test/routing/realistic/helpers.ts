import type { Tier } from '../../../src/config/schema.js';
import type { MessagesBody } from '../../../src/messages/schema.js';

export interface RealisticExample {
  name: string;
  expected: Tier;
  body: MessagesBody;
}

type Extra = Partial<Omit<MessagesBody, 'messages'>>;

/** A one-turn request. */
export const ask = (text: string, extra: Extra = {}): MessagesBody => ({
  model: 'auto',
  max_tokens: 1024,
  messages: [{ role: 'user', content: text }],
  ...extra,
});

/** A conversation: alternating user / assistant texts, starting with the user. */
export const chat = (turns: string[], extra: Extra = {}): MessagesBody => ({
  model: 'auto',
  max_tokens: 2048,
  messages: turns.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content: text })),
  ...extra,
});

export const imageAsk = (text: string, extra: Extra = {}): MessagesBody => ({
  model: 'auto',
  max_tokens: 1024,
  messages: [
    {
      role: 'user',
      content: [
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
        { type: 'text', text },
      ],
    },
  ],
  ...extra,
});

export const documentAsk = (text: string, documents: number, extra: Extra = {}): MessagesBody => ({
  model: 'auto',
  max_tokens: 4096,
  messages: [
    {
      role: 'user',
      content: [
        ...Array.from({ length: documents }, () => ({
          type: 'document' as const,
          source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' },
        })),
        { type: 'text' as const, text },
      ],
    },
  ],
  ...extra,
});

export const tool = (name: string, description: string): { name: string; description: string; input_schema: object } => ({
  name,
  description,
  input_schema: { type: 'object', properties: {} },
});

/** Repeats a paragraph to stand for a pasted document of about `chars` characters. */
export const filler = (paragraph: string, chars: number): string => {
  let out = '';
  while (out.length < chars) out += `${paragraph}\n\n`;
  return out;
};

export const example = (name: string, expected: Tier, body: MessagesBody): RealisticExample => ({ name, expected, body });
