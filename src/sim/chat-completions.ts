import type { Answer, Block } from './answer.js';
import { planAnswer } from './answer.js';
import { lastUserText, parseDirectives } from './directives.js';
import { decide } from './messages.js';
import { after } from './exchange.js';
import type { Exchange } from './exchange.js';
import type { Directives } from './directives.js';
import type { MessagesBody } from '../messages/schema.js';
import { errorTypeFor } from '../errors.js';
import { fnv1a } from './prng.js';
import { countTokens } from './tokenizer.js';
import { parseJson } from './validate.js';
import { chatBodySchema } from '../openai/schema.js';
import { toMessagesBody } from '../openai/to-messages.js';

/** OpenAI's error shape, which Anthropic's compatibility endpoint answers in. */
export function sendOpenAiError(ex: Exchange, status: number, message: string, type = 'invalid_request_error'): void {
  if (ex.closed || ex.res.headersSent) return;
  const body = JSON.stringify({ error: { message, type, param: null, code: null } });
  ex.res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'request-id': ex.requestId });
  ex.res.end(body);
  if (ex.counted) ex.state.countResponse(status);
}

const FINISH: Readonly<Record<Answer['stopReason'], string>> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  tool_use: 'tool_calls',
  refusal: 'content_filter',
};

const textOf = (answer: Answer): string => answer.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('');
const callsOf = (answer: Answer): Extract<Block, { type: 'tool_use' }>[] => answer.blocks.filter((b) => b.type === 'tool_use');

interface Meta {
  readonly id: string;
  readonly model: string;
  readonly created: number;
  readonly usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

function completion(answer: Answer, meta: Meta): string {
  const calls = callsOf(answer);
  const message: Record<string, unknown> = { role: 'assistant', content: textOf(answer) || null };
  if (calls.length > 0) {
    message.tool_calls = calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.input) } }));
  }
  const choice = { index: 0, message, finish_reason: FINISH[answer.stopReason] };
  return JSON.stringify({ id: meta.id, object: 'chat.completion', created: meta.created, model: meta.model, choices: [choice], usage: meta.usage });
}

/** The `data:` chunks of a streamed completion, ending in `data: [DONE]`; usage last when asked for. */
function chunks(answer: Answer, meta: Meta, includeUsage: boolean): string[] {
  const chunkOf = (choices: object[], usage?: Meta['usage']): string =>
    `data: ${JSON.stringify({ id: meta.id, object: 'chat.completion.chunk', created: meta.created, model: meta.model, choices, usage })}\n\n`;
  const chunk = (delta: object, finish: string | null = null): string => chunkOf([{ index: 0, delta, finish_reason: finish }]);
  const out = [chunk({ role: 'assistant', content: '' })];
  let call = 0;
  for (const block of answer.blocks) {
    if (block.type === 'text') for (const c of block.chunks) out.push(chunk({ content: c.text }));
    if (block.type !== 'tool_use') continue;
    const index = call++;
    out.push(chunk({ tool_calls: [{ index, id: block.id, type: 'function', function: { name: block.name, arguments: '' } }] }));
    for (const c of block.chunks) if (c.text) out.push(chunk({ tool_calls: [{ index, function: { arguments: c.text } }] }));
  }
  out.push(chunk({}, FINISH[answer.stopReason]));
  if (includeUsage) out.push(chunkOf([], meta.usage));
  out.push('data: [DONE]\n\n');
  return out;
}

/** POST /v1/chat/completions: answered like the same request to /v1/messages, in OpenAI's shapes. */
export function handleChatCompletions(ex: Exchange, raw: string): void {
  const json = parseJson(raw);
  if (!json.ok) return sendOpenAiError(ex, 400, json.message);
  const parsed = chatBodySchema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return sendOpenAiError(ex, 400, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const { state } = ex;
  const body = toMessagesBody(parsed.data);
  if (state.knownModels && !state.knownModels.has(body.model)) return sendOpenAiError(ex, 404, `model: ${body.model}`, 'not_found_error');
  state.countRequest(body.model);
  const text = lastUserText(body.messages);
  const d = parseDirectives(text);
  // Misbehaviour as on /v1/messages (errors, dropped connections; no mid-stream faults here).
  const outcome = decide(ex, body.model, body.stream === true, d);
  after(ex, d.latencyMs ?? state.behaviour(body.model).latencyMs ?? 0, () => {
    if (outcome.kind === 'error') return sendOpenAiError(ex, outcome.status, outcome.message, errorTypeFor(outcome.status));
    if (outcome.kind === 'drop') return void ex.res.destroy();
    answerChat(ex, body, d, text, json.value, outcome.fault === 'drop');
  });
}

/** `dropAfterContent`: the connection is cut a few chunks into a stream (no `[DONE]`). */
function answerChat(ex: Exchange, body: MessagesBody, d: Directives, text: string, request: unknown, dropAfterContent: boolean): void {
  const { state } = ex;
  const answer = planAnswer(body, d, fnv1a(text, fnv1a(String(body.messages.length))), () => `call_sim_${state.nextId()}`);
  const prompt = countTokens(body);
  const meta: Meta = {
    id: `chatcmpl-sim${state.nextId()}`,
    model: body.model,
    created: Math.floor(Date.now() / 1000),
    usage: { prompt_tokens: prompt, completion_tokens: answer.outputTokens, total_tokens: prompt + answer.outputTokens },
  };
  if (!body.stream) {
    const out = completion(answer, meta);
    ex.res.writeHead(200, { 'request-id': ex.requestId, 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) });
    ex.res.end(out);
  } else {
    const options = (request as { stream_options?: { include_usage?: unknown } }).stream_options;
    ex.res.writeHead(200, { 'request-id': ex.requestId, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    const all = chunks(answer, meta, options?.include_usage === true);
    if (dropAfterContent) {
      state.stats.droppedConnections++;
      // Cut once the chunks are on the wire (a destroy right away would discard them unsent).
      return void ex.res.write(all.slice(0, 3).join(''), () => ex.res.destroy());
    }
    for (const c of all) ex.res.write(c);
    ex.res.end();
  }
  state.countResponse(200);
}
