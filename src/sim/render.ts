import type { Answer, Block } from './answer.js';
import type { CacheUsage } from './cache.js';

export interface AnswerMeta {
  readonly id: string;
  readonly model: string;
  /** Input tokens not read from or written to the cache. */
  readonly inputTokens: number;
  readonly cache: CacheUsage;
  /** Server-side fallback: every attempt, as `usage.iterations`. */
  readonly iterations?: readonly object[];
}

/** A stream, event by event, with the output tokens each event carries (for pacing) and where faults may strike. */
export interface SseScript {
  readonly events: string[];
  readonly tokens: number[];
  /** Events sent before a `before_content` overload: message_start and ping. */
  readonly beforeContent: number;
  /** Events sent before an `after_content` overload or a dropped connection: a few content deltas in. */
  readonly afterContent: number;
}

const usage = (meta: AnswerMeta, outputTokens: number) => ({
  input_tokens: meta.inputTokens,
  cache_creation_input_tokens: meta.cache.creation,
  cache_read_input_tokens: meta.cache.read,
  cache_creation: { ephemeral_5m_input_tokens: meta.cache.creation5m, ephemeral_1h_input_tokens: meta.cache.creation1h },
  output_tokens: outputTokens,
  service_tier: 'standard',
  ...(meta.iterations ? { iterations: meta.iterations } : {}),
});

const fallbackBlock = (block: Extract<Block, { type: 'fallback' }>): object => ({
  type: 'fallback',
  from: { model: block.from },
  to: { model: block.to },
  trigger: { type: 'refusal', category: null },
});

function contentOf(block: Block): object {
  switch (block.type) {
    case 'text':
      return { type: 'text', text: block.text };
    case 'thinking':
      return { type: 'thinking', thinking: block.text, signature: block.signature };
    case 'tool_use':
      return { type: 'tool_use', id: block.id, name: block.name, input: block.input };
    case 'fallback':
      return fallbackBlock(block);
  }
}

export function renderJson(answer: Answer, meta: AnswerMeta): string {
  return JSON.stringify({
    id: meta.id,
    type: 'message',
    role: 'assistant',
    model: meta.model,
    content: answer.blocks.map(contentOf),
    stop_reason: answer.stopReason,
    stop_sequence: answer.stopSequence,
    usage: usage(meta, answer.outputTokens),
  });
}

export const PING_EVENT = 'event: ping\ndata: {"type": "ping"}\n\n';
export const MESSAGE_STOP_EVENT = 'event: message_stop\ndata: {"type":"message_stop"}\n\n';
export const OVERLOADED_EVENT = 'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n';

const event = (name: string, data: string): string => `event: ${name}\ndata: ${data}\n\n`;

function startOf(block: Block): string {
  switch (block.type) {
    case 'text':
      return '{"type":"text","text":""}';
    case 'thinking':
      return '{"type":"thinking","thinking":"","signature":""}';
    case 'tool_use':
      return `{"type":"tool_use","id":${JSON.stringify(block.id)},"name":${JSON.stringify(block.name)},"input":{}}`;
    case 'fallback':
      return JSON.stringify(fallbackBlock(block));
  }
}

function deltaOf(block: Block, text: string): string {
  const t = JSON.stringify(text);
  switch (block.type) {
    case 'text':
      return `{"type":"text_delta","text":${t}}`;
    case 'thinking':
      return `{"type":"thinking_delta","thinking":${t}}`;
    case 'tool_use':
    case 'fallback':
      return `{"type":"input_json_delta","partial_json":${t}}`;
  }
}

const AFTER_CONTENT_DELTAS = 3;

export function renderSse(answer: Answer, meta: AnswerMeta): SseScript {
  const events: string[] = [];
  const tokens: number[] = [];
  const push = (e: string, t: number): void => {
    events.push(e);
    tokens.push(t);
  };
  const start = {
    type: 'message_start',
    message: {
      id: meta.id,
      type: 'message',
      role: 'assistant',
      model: meta.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: usage(meta, Math.min(1, answer.outputTokens)),
    },
  };
  push(event('message_start', JSON.stringify(start)), 0);
  push(PING_EVENT, 0);
  const beforeContent = events.length;
  let afterContent = -1;
  answer.blocks.forEach((block, index) => {
    push(event('content_block_start', `{"type":"content_block_start","index":${index},"content_block":${startOf(block)}}`), 0);
    for (const chunk of block.chunks) {
      push(event('content_block_delta', `{"type":"content_block_delta","index":${index},"delta":${deltaOf(block, chunk.text)}}`), chunk.tokens);
      if (afterContent < 0 && events.length - beforeContent > AFTER_CONTENT_DELTAS) afterContent = events.length;
    }
    if (block.type === 'thinking') {
      push(event('content_block_delta', `{"type":"content_block_delta","index":${index},"delta":{"type":"signature_delta","signature":"${block.signature}"}}`), 0);
    }
    push(event('content_block_stop', `{"type":"content_block_stop","index":${index}}`), 0);
  });
  const u = usage(meta, answer.outputTokens);
  const delta = {
    type: 'message_delta',
    delta: { stop_reason: answer.stopReason, stop_sequence: answer.stopSequence },
    usage: {
      input_tokens: u.input_tokens,
      cache_creation_input_tokens: u.cache_creation_input_tokens,
      cache_read_input_tokens: u.cache_read_input_tokens,
      output_tokens: u.output_tokens,
      ...(meta.iterations ? { iterations: meta.iterations } : {}),
    },
  };
  push(event('message_delta', JSON.stringify(delta)), 0);
  push(MESSAGE_STOP_EVENT, 0);
  return { events, tokens, beforeContent, afterContent: afterContent < 0 ? events.length - 2 : afterContent };
}
