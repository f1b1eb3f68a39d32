import type { z } from 'zod';
import { invalidRequest } from '../errors.js';
import { countTokensBodySchema, messagesBodySchema, type CountTokensBody, type MessagesBody } from '../messages/schema.js';

export interface ValidatedRequest<T> {
  readonly body: T;
  /** The caller's bytes as text, forwarded as they are (only `model` is rewritten). */
  readonly raw: string;
}

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'invalid_type' && issue.message.includes('undefined')) return `${path}: Field required`;
  return path ? `${path}: ${issue.message}` : issue.message;
}

function parse<T>(raw: Buffer, schema: z.ZodType<T>): ValidatedRequest<T> {
  const text = raw.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw invalidRequest(`Malformed JSON in request body: ${(err as Error).message}`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw invalidRequest('Request body must be a JSON object');
  const result = schema.safeParse(json);
  if (!result.success) throw invalidRequest(result.error.issues.slice(0, 3).map(describe).join('; '));
  return { body: result.data, raw: text };
}

/** Stage 2: the body parsed once, checked with zod; the message names the offending field. */
export const validateMessages = (raw: Buffer): ValidatedRequest<MessagesBody> => parse(raw, messagesBodySchema);
export const validateCountTokens = (raw: Buffer): ValidatedRequest<CountTokensBody> => parse(raw, countTokensBodySchema);
