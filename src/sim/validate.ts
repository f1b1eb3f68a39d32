import type { z } from 'zod';
import { countTokensBodySchema, messagesBodySchema, type CountTokensBody, type MessagesBody } from './schema.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const MIN_THINKING_BUDGET = 1024;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a valid string',
  number: 'a valid number',
  int: 'a valid integer',
  boolean: 'a valid boolean',
  array: 'a valid list',
  object: 'a valid dictionary',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** One zod issue in the words of Anthropic's (pydantic) validator: `max_tokens: Field required`. */
function describe(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.map(String).join('.');
  const prefix = field ? `${field}: ` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return `${prefix}Field required`;
      return `${prefix}Input should be ${TYPE_NAMES[issue.expected] ?? `of type ${issue.expected}`}`;
    case 'invalid_value':
      return `${prefix}Input should be ${issue.values.map((v) => `'${String(v)}'`).join(' or ')}`;
    case 'too_small':
      return `${prefix}Input should be greater than or equal to ${String(issue.minimum)}`;
    default:
      return `${prefix}${issue.message}`;
  }
}

export function parseJson(raw: string): Checked<unknown> {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (err) {
    return { ok: false, message: `There was an error parsing the body of your request: ${(err as Error).message}` };
  }
}

function thinkingProblem(body: MessagesBody): string | undefined {
  const { thinking } = body;
  if (!thinking || thinking.type !== 'enabled') return undefined;
  const budget = (thinking as { budget_tokens?: unknown }).budget_tokens;
  if (typeof budget !== 'number') return 'thinking.enabled.budget_tokens: Field required';
  if (budget < MIN_THINKING_BUDGET) {
    return `thinking.enabled.budget_tokens: Input should be greater than or equal to ${MIN_THINKING_BUDGET}`;
  }
  if (body.max_tokens <= budget) return '`max_tokens` must be greater than `thinking.budget_tokens`.';
  return undefined;
}

/**
 * Betas under which the API accepts `role: "system"` between turns. Claude Code 2.1 sends such messages
 * with `per-turn-control-2026-07-01`; the beta's first name was `mid-conversation-system-2026-04-07`.
 */
const MID_CONVERSATION_SYSTEM = /(^|,)\s*(mid-conversation-system|per-turn-control)-\d{4}-\d{2}-\d{2}\s*(?=,|$)/;

export const allowsSystemMessages = (betaHeader: string | string[] | undefined): boolean =>
  MID_CONVERSATION_SYSTEM.test(Array.isArray(betaHeader) ? betaHeader.join(',') : (betaHeader ?? ''));

function roleProblem(body: Pick<MessagesBody, 'messages'>, betaHeader: string | string[] | undefined): string | undefined {
  const system = allowsSystemMessages(betaHeader);
  const at = body.messages.findIndex((m) => m.role !== 'user' && m.role !== 'assistant' && !(system && m.role === 'system'));
  if (at < 0) return undefined;
  return `messages.${at}.role: Input should be ${system ? "'user', 'assistant' or 'system'" : "'user' or 'assistant'"}`;
}

export function checkMessagesBody(input: unknown, betaHeader?: string | string[]): Checked<MessagesBody> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: 'Input should be a valid dictionary' };
  }
  const parsed = messagesBodySchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: describe(parsed.error.issues[0], input) };
  const body = parsed.data;
  if (body.messages.length === 0) return { ok: false, message: 'messages: at least one message is required' };
  const problem = roleProblem(body, betaHeader) ?? thinkingProblem(body);
  return problem ? { ok: false, message: problem } : { ok: true, value: body };
}

export function checkCountTokensBody(input: unknown, betaHeader?: string | string[]): Checked<CountTokensBody> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: 'Input should be a valid dictionary' };
  }
  const parsed = countTokensBodySchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: describe(parsed.error.issues[0], input) };
  if (parsed.data.messages.length === 0) return { ok: false, message: 'messages: at least one message is required' };
  const problem = roleProblem(parsed.data, betaHeader);
  return problem ? { ok: false, message: problem } : { ok: true, value: parsed.data };
}

/** For the control endpoint: any zod schema, Anthropic-style message. */
export function checkWith<T>(schema: z.ZodType<T>, input: unknown): Checked<T> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: describe(parsed.error.issues[0], input) };
}
