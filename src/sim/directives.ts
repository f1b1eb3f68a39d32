import type { MessagesBody } from './schema.js';

/** Per-request instructions a test writes into the last user message, e.g. `[sim:tokens=12]`. */
export interface Directives {
  tokens?: number;
  thinkingTokens?: number;
  status?: number;
  latencyMs?: number;
  /** Server-side fallback: how many models of the chain decline before one answers. */
  refuse?: number;
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
    else if (name === 'refuse') d.refuse = n;
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

/** The last message that is a turn of the conversation (mid-conversation `system` messages skipped). */
const lastTurn = (messages: readonly Message[]): Message | undefined => messages.findLast((m) => m.role !== 'system');

/** Whether the last turn answers a tool call: then the model replies in text. */
export function endsWithToolResult(messages: readonly Message[]): boolean {
  const last = lastTurn(messages);
  if (!last || last.role !== 'user' || typeof last.content === 'string') return false;
  return last.content.some((b) => b.type === 'tool_result');
}

/** The ask itself: the last text of the last user turn (clients put reminders and context before it). */
export function lastAsk(messages: readonly Message[]): string {
  const last = lastTurn(messages);
  if (!last || last.role !== 'user') return '';
  if (typeof last.content === 'string') return last.content;
  return blockText(last.content.findLast((b) => b.type === 'text'));
}

/** Whether the ask names a tool (`get_weather` also as "get weather"), as a model decides to use one. */
export function namesTool(ask: string, name: string): boolean {
  const words = name.replace(/[_-]+/g, ' ').trim();
  if (!words) return false;
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ _-]');
  return new RegExp(`(^|[^A-Za-z0-9])${escaped}($|[^A-Za-z0-9])`, 'i').test(ask);
}
