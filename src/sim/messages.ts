import type { OutgoingHttpHeaders } from 'node:http';
import type { MessagesBody } from './schema.js';
import { planAnswer, type Answer } from './answer.js';
import { iterationsFor, planFallbacks, REFUSAL_TOKENS, type FallbackPlan } from './fallbacks.js';
import { lastUserText, parseDirectives, type Directives } from './directives.js';
import { after, sendError, sendJson, type Exchange } from './exchange.js';
import { playStream, type StreamFault } from './player.js';
import { fnv1a } from './prng.js';
import { renderJson, renderSse, type AnswerMeta } from './render.js';
import { checkMessagesBody, parseJson } from './validate.js';

type Outcome = { kind: 'answer'; fault?: StreamFault['kind'] } | { kind: 'error'; status: number; message: string; headers?: OutgoingHttpHeaders } | { kind: 'drop' };

/** The simulated account's organization id: Anthropic's 429 messages name the organization, as this one does. */
export const SIM_ORGANIZATION_ID = '5a1e0c3d-7b2f-4e8a-9c61-0d4f3b2a1e90';
export const RATE_LIMIT_MESSAGE = `This request would exceed your organization's rate limit of 30,000 input tokens per minute (org: ${SIM_ORGANIZATION_ID}, model: simulated). Please try again later.`;

const ERROR_MESSAGES: Readonly<Record<number, string>> = {
  429: RATE_LIMIT_MESSAGE,
  529: 'Overloaded',
  500: 'Internal server error',
};

/** Decides, from the model's behaviour and its seeded PRNG, how this request goes wrong (if it does). */
export function decide(ex: Exchange, model: string, stream: boolean, d: Directives): Outcome {
  const { state } = ex;
  const b = state.behaviour(model);
  const retryAfter = String(b.retryAfterSeconds ?? 1);
  if (d.status !== undefined) {
    const headers = d.status === 429 ? { 'retry-after': retryAfter } : undefined;
    return { kind: 'error', status: d.status, message: ERROR_MESSAGES[d.status] ?? `Simulated error ${d.status}`, headers };
  }
  if (state.roll(model, b.rateLimitedRate)) return { kind: 'error', status: 429, message: ERROR_MESSAGES[429], headers: { 'retry-after': retryAfter } };
  if (state.roll(model, b.overloadedRate)) return { kind: 'error', status: 529, message: ERROR_MESSAGES[529] };
  if (state.roll(model, b.dropConnectionRate)) return stream ? { kind: 'answer', fault: 'drop' } : { kind: 'drop' };
  if (stream && state.roll(model, b.midStreamOverloadRate)) return { kind: 'answer', fault: 'overload' };
  return { kind: 'answer' };
}

/** The answer after server-side fallback: `fallback` blocks before the serving model's content, or a refusal. */
function withFallback(plan: Answer, fallback: FallbackPlan | undefined): Answer {
  if (!fallback) return plan;
  if (fallback.allDeclined) return { blocks: [], stopReason: 'refusal', stopSequence: null, outputTokens: REFUSAL_TOKENS };
  const hops = fallback.declined.map((from, i): Answer['blocks'][number] => ({
    type: 'fallback',
    from,
    to: fallback.declined[i + 1] ?? fallback.servedBy,
    chunks: [],
  }));
  return { blocks: [...hops, ...plan.blocks], stopReason: plan.stopReason, stopSequence: plan.stopSequence, outputTokens: plan.outputTokens };
}

function answer(ex: Exchange, body: MessagesBody, d: Directives, seed: number, fault: StreamFault['kind'] | undefined, fallback?: FallbackPlan): void {
  const { state } = ex;
  const now = Date.now();
  const prompt = state.cache.usage(body.model, body, now);
  const { cache } = prompt;
  if (cache.read > 0) state.stats.cache.reads++;
  if (cache.creation > 0) state.stats.cache.writes++;
  const plan = withFallback(planAnswer(body, d, seed, () => `toolu_sim_${state.nextId()}`), fallback);
  const inputTokens = prompt.total - cache.read - cache.creation;
  const meta: AnswerMeta = {
    id: `msg_sim_${state.nextId()}`,
    model: fallback?.servedBy ?? body.model,
    inputTokens,
    cache,
    iterations: fallback && iterationsFor(fallback, inputTokens, plan.outputTokens),
  };
  const headers: OutgoingHttpHeaders = {};
  state.rateWindows.apply(headers as Record<string, string | number>, body.model, prompt.total - cache.read, plan.outputTokens, now);
  if (!body.stream) return sendJson(ex, 200, renderJson(plan, meta), headers);

  state.stats.streams++;
  headers['content-type'] = 'text/event-stream; charset=utf-8';
  headers['cache-control'] = 'no-cache';
  headers['request-id'] = ex.requestId;
  const script = renderSse(plan, meta);
  const b = state.behaviour(body.model);
  const at = fault === 'overload' && b.midStreamOverloadAt !== 'after_content' ? script.beforeContent : script.afterContent;
  playStream(ex, headers, script, b.tokensPerSecond, fault ? { kind: fault, at } : undefined);
}

export function handleMessages(ex: Exchange, raw: string): void {
  const json = parseJson(raw);
  if (!json.ok) return sendError(ex, 400, json.message);
  const checked = checkMessagesBody(json.value, ex.req.headers['anthropic-beta']);
  if (!checked.ok) return sendError(ex, 400, checked.message);
  const body = checked.value;
  const { state } = ex;
  if (state.knownModels && !state.knownModels.has(body.model)) return sendError(ex, 404, `model: ${body.model}`);
  const text = lastUserText(body.messages);
  const d = parseDirectives(text);
  const fallback = planFallbacks(body, ex.req.headers['anthropic-beta'], d.refuse ?? 0);
  if (fallback && !fallback.ok) return sendError(ex, 400, fallback.message);

  state.countRequest(body.model);
  state.stats.inFlight++;
  ex.res.once('close', () => state.stats.inFlight--);
  const seed = fnv1a(text, fnv1a(String(body.messages.length)));
  const outcome = decide(ex, body.model, body.stream === true, d);
  const latency = d.latencyMs ?? state.behaviour(body.model).latencyMs ?? 0;
  after(ex, latency, () => {
    if (outcome.kind === 'error') return sendError(ex, outcome.status, outcome.message, outcome.headers);
    if (outcome.kind === 'drop') {
      state.stats.droppedConnections++;
      return void ex.res.destroy();
    }
    answer(ex, body, d, seed, outcome.fault, fallback?.value);
  });
}
