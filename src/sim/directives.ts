import type { MessagesBody } from '../messages/schema.js';

/** Per-request instructions a test writes into the last user message, e.g. `[sim:tokens=12]`. */
export interface Directives {
  tokens?: number;
  thinkingTokens?: number;
  status?: number;
  latencyMs?: number;
}

const NONE: Directives = Object.freeze({});
const PATTERN = /\[sim:([a-z_]+)=(\d{1,9})\]/g;

export function parseDirectives(text: string): Directives {
  if (!text.includes('[sim:')) return NONE;
  const d: Directives = {};
  for (const [, name, raw] of text.matchAll(PATTERN)) {
    const n = Number(raw);
    if (name === 'tokens') d.tokens = n;
    else if (name === 'thinking_tokens') d.thinkingTokens = n;
    else if (name === 'status' && n >= 400 && n <= 599) d.status = n;
    else if (name === 'latency_ms') d.latencyMs = n;
  }
  return d;
}

type Message = MessagesBody['messages'][number];

function blockText(block: unknown): string {
  if (typeof block !== 'object' || block === null) return '';
  const b = block as { type?: unknown; text?: unknown; content?: unknown };
  if (b.type === 'text' && typeof b.text === 'string') return b.text;
  if (b.type === 'tool_result') {
    if (typeof b.content === 'string') return b.content;
    if (Array.isArray(b.content)) return b.content.map(blockText).join('\n');
  }
  return '';
}

/** The text of the last user message (text blocks and tool results); the answer derives from it. */
export function lastUserText(messages: readonly Message[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m.role !== 'user') continue;
    return typeof m.content === 'string' ? m.content : m.content.map(blockText).join('\n');
  }
  return '';
}

/** Whether the last user message answers a tool call: then the model replies in text. */
export function endsWithToolResult(messages: readonly Message[]): boolean {
  const last = messages[messages.length - 1];
  if (!last || last.role !== 'user' || typeof last.content === 'string') return false;
  return last.content.some((b) => b.type === 'tool_result');
}
