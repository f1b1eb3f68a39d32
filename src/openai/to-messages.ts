import type { ContentBlock, MessagesBody } from '../messages/schema.js';
import type { ChatBody, ChatMessage } from './schema.js';

/** What Anthropic's compatibility layer assumes when the caller sets no limit. */
export const DEFAULT_MAX_TOKENS = 4096;

type Obj = Record<string, unknown>;

function text(content: ChatMessage['content']): string {
  if (typeof content === 'string') return content;
  return (content ?? []).map((p) => (typeof p.text === 'string' ? p.text : '')).join('\n');
}

function blocksOf(m: ChatMessage): ContentBlock[] {
  if (m.role === 'tool') return [{ type: 'tool_result', tool_use_id: m.tool_call_id ?? '', content: text(m.content) }];
  const blocks: ContentBlock[] = [];
  const t = text(m.content);
  if (t.length > 0) blocks.push({ type: 'text', text: t });
  for (const call of m.tool_calls ?? []) {
    let input: unknown = {};
    try {
      input = JSON.parse(call.function.arguments ?? '{}');
    } catch {
      // the upstream judges malformed arguments; for routing an empty input will do
    }
    blocks.push({ type: 'tool_use', id: call.id ?? '', name: call.function.name, input });
  }
  return blocks;
}

function toolChoice(choice: unknown): Obj | undefined {
  if (choice === 'none' || choice === 'auto') return { type: choice };
  if (choice === 'required') return { type: 'any' };
  const fn = (choice as { function?: { name?: unknown } } | null)?.function;
  return typeof fn?.name === 'string' ? { type: 'tool', name: fn.name } : undefined;
}

/**
 * An OpenAI chat body seen as a Messages body: system and developer messages become `system`, tool
 * messages `tool_result` blocks, tool calls `tool_use` blocks, functions tools. The gateway routes and
 * budgets on this view; the simulator answers from it. Consecutive turns of one role are not merged.
 */
export function toMessagesBody(body: ChatBody): MessagesBody {
  const system = body.messages.filter((m) => m.role === 'system' || m.role === 'developer').map((m) => text(m.content));
  const messages = body.messages
    .filter((m) => m.role !== 'system' && m.role !== 'developer')
    .map((m) => ({ role: m.role === 'assistant' ? ('assistant' as const) : ('user' as const), content: blocksOf(m) }));
  const view: MessagesBody = {
    model: body.model,
    max_tokens: body.max_completion_tokens ?? body.max_tokens ?? DEFAULT_MAX_TOKENS,
    messages,
    stream: body.stream === true,
  };
  if (system.length > 0) view.system = system.join('\n');
  if (body.tools) view.tools = body.tools.map((t) => ({ name: t.function.name, description: t.function.description, input_schema: t.function.parameters ?? { type: 'object' } }));
  const choice = toolChoice(body.tool_choice);
  if (choice) view.tool_choice = choice;
  return view;
}
