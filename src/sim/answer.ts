import type { MessagesBody } from './schema.js';
import type { Directives } from './directives.js';
import { endsWithToolResult, lastAsk, namesTool } from './directives.js';
import { mulberry32 } from './prng.js';
import { countText } from './text-tokens.js';
import { applyStopSequences, chunkString, chunkTokens, wordTokens, type Chunk } from './text-gen.js';
import { sampleJson, sampleToolInput, type Json } from './tool-input.js';

export type StopReason = 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'refusal';

export type Block =
  | { readonly type: 'text'; readonly text: string; readonly chunks: readonly Chunk[] }
  | { readonly type: 'thinking'; readonly text: string; readonly chunks: readonly Chunk[]; readonly signature: string }
  | { readonly type: 'tool_use'; readonly id: string; readonly name: string; readonly input: Json; readonly chunks: readonly Chunk[] }
  /** Server-side fallback: where one model's output gives way to the next. No deltas. */
  | { readonly type: 'fallback'; readonly from: string; readonly to: string; readonly chunks: readonly Chunk[] };

export interface Answer {
  readonly blocks: readonly Block[];
  readonly stopReason: StopReason;
  readonly stopSequence: string | null;
  readonly outputTokens: number;
}

const TOOL_CALL_OVERHEAD = 8;

interface Plan {
  blocks: Block[];
  budget: number;
  output: number;
  stopSequence: string | null;
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function signatureFor(seed: number): string {
  const rng = mulberry32(seed ^ 0x51a7e5);
  const bytes = Buffer.allocUnsafe(72);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (rng() * 256) | 0;
  return `Es${bytes.toString('base64')}`;
}

/**
 * The custom tool the model calls, if any: the named one for tool_choice "tool", the first for "any", and
 * under "auto" the first tool the ask names (a model asked to "say hi" calls nothing, whatever it holds).
 */
function chooseTool(body: MessagesBody): Obj | undefined {
  const custom = (body.tools ?? []).filter((t) => t.type === undefined || t.type === 'custom');
  if (custom.length === 0) return undefined;
  const choice: unknown = body.tool_choice;
  const type = isObj(choice) ? choice.type : 'auto';
  if (type === 'none') return undefined;
  if (type === 'tool' && isObj(choice)) return custom.find((t) => t.name === choice.name) ?? custom[0];
  if (type === 'auto') {
    if (endsWithToolResult(body.messages)) return undefined;
    const ask = lastAsk(body.messages);
    return custom.find((t) => namesTool(ask, String(t.name)));
  }
  return custom[0];
}

/** `output_config.format` when it asks for JSON that matches a schema (structured outputs). */
function outputFormat(body: MessagesBody): { schema: unknown } | undefined {
  const config: unknown = body.output_config;
  const format = isObj(config) ? config.format : undefined;
  return isObj(format) && format.type === 'json_schema' ? { schema: format.schema } : undefined;
}

/** The whole document as one text block, or nothing at all if it does not fit in max_tokens. */
function addJson(plan: Plan, rng: () => number, value: Json): StopReason {
  const json = JSON.stringify(value);
  const cost = countText(json);
  if (cost > plan.budget) return 'max_tokens';
  plan.blocks.push({ type: 'text', text: json, chunks: chunkString(json, rng, 8, 24) });
  plan.output += cost;
  return 'end_turn';
}

/** Adds up to `wanted` tokens of prose; 'more' unless max_tokens or a stop sequence ended the answer. */
function addText(plan: Plan, rng: () => number, wanted: number, stops: readonly string[]): StopReason | 'more' {
  const take = Math.min(wanted, plan.budget);
  if (take <= 0) return wanted > 0 ? 'max_tokens' : 'more';
  const all = wordTokens(rng, take < wanted ? take + 1 : take);
  const stopped = applyStopSequences(take < wanted ? all.slice(0, take) : all, stops);
  if (stopped.tokens.length > 0) {
    plan.blocks.push({ type: 'text', text: stopped.tokens.join(''), chunks: chunkTokens(stopped.tokens, rng, 2, 5) });
  }
  plan.budget -= stopped.outputTokens;
  plan.output += stopped.outputTokens;
  if (stopped.sequence !== null) {
    plan.stopSequence = stopped.sequence;
    return 'stop_sequence';
  }
  return take < wanted ? 'max_tokens' : 'more';
}

/**
 * The deterministic answer to a request: optional thinking, then a tool call or prose, within
 * max_tokens. `seed` comes from the last user message, so the same request gets the same answer.
 */
export function planAnswer(body: MessagesBody, d: Directives, seed: number, toolId: () => string): Answer {
  const plan: Plan = { blocks: [], budget: body.max_tokens, output: 0, stopSequence: null };
  const rng = mulberry32(seed);
  const finish = (stopReason: StopReason): Answer => ({
    blocks: plan.blocks,
    stopReason,
    stopSequence: plan.stopSequence,
    outputTokens: plan.output,
  });

  const thinking = body.thinking;
  if (thinking && (thinking.type === 'enabled' || thinking.type === 'adaptive')) {
    const budget = (thinking as { budget_tokens?: unknown }).budget_tokens;
    const wanted = Math.min(d.thinkingTokens ?? 24 + (seed % 57), typeof budget === 'number' ? budget : Infinity);
    const take = Math.min(wanted, plan.budget);
    if (take > 0) {
      const tokens = wordTokens(mulberry32(seed ^ 0x7417), take);
      plan.blocks.push({ type: 'thinking', text: tokens.join(''), chunks: chunkTokens(tokens, rng, 4, 12), signature: signatureFor(seed) });
      plan.budget -= take;
      plan.output += take;
    }
    if (take < wanted) return finish('max_tokens');
  }

  const tool = chooseTool(body);
  if (tool) {
    const choice: unknown = body.tool_choice;
    const forced = isObj(choice) && (choice.type === 'any' || choice.type === 'tool');
    if (!forced) {
      const preamble = addText(plan, rng, d.tokens ?? 5 + (seed % 10), []);
      if (preamble !== 'more') return finish(preamble);
    }
    const input = sampleToolInput(tool.input_schema, rng);
    const json = JSON.stringify(input);
    const cost = TOOL_CALL_OVERHEAD + countText(json);
    if (cost > plan.budget) return finish('max_tokens');
    const chunks: Chunk[] = [{ text: '', tokens: 0 }, ...chunkString(json, rng, 8, 24)];
    plan.blocks.push({ type: 'tool_use', id: toolId(), name: String(tool.name), input, chunks });
    plan.output += cost;
    return finish('tool_use');
  }

  const format = outputFormat(body);
  if (format) return finish(addJson(plan, rng, sampleJson(format.schema, rng)));

  const stops = Array.isArray(body.stop_sequences) ? body.stop_sequences.filter((s): s is string => typeof s === 'string') : [];
  const reason = addText(plan, rng, d.tokens ?? 20 + (seed % 180), stops);
  return finish(reason === 'more' ? 'end_turn' : reason);
}
