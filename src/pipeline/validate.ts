import type { z } from 'zod';
import { invalidRequest } from '../errors.js';
import { countTokensBodySchema, messagesBodySchema, type CountTokensBody, type MessagesBody } from '../messages/schema.js';
import { installLongStrings } from '../messages/deferred-strings.js';
import { asksAuto, scanLongStrings } from '../messages/long-strings.js';
import { byteSpan, scanTopLevel, withModel, withModelBytes, type Span } from '../messages/top-level.js';
import type { UpstreamBody } from '../upstream/client.js';
import { isPlainMessagesBody } from './plain-messages-body.js';
import { RELEASED_BODY_BYTES } from '../upstream/request-body.js';

export interface ValidatedRequest<T> {
  readonly body: T;
  /** Where the top-level `model` string value sits in the caller's bytes. */
  modelBytes(): Span | undefined;
  /** Whether the body names a `file_id` anywhere (else it cites no file). */
  readonly namesFileIds: boolean;
  /** The body to send upstream for `model`: the text, or from RELEASED_BODY_BYTES on the caller's bytes in pieces. */
  bodyFor(model: string): UpstreamBody;
}

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'invalid_type' && issue.message.includes('undefined')) return `${path}: Field required`;
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * A JSON object body checked with `schema`, duplicated top-level keys refused (also for chat completions and batch
 * creates). A body `isPlain` accepts is one zod would return unchanged, and is used without it. With `lazy`, a body
 * forwarded in pieces (from RELEASED_BODY_BYTES) keeps its long strings undecoded until read (long-strings.ts); only
 * for a schema that never looks into a string's text (the Messages ones: a placeholder then passes as its string), and
 * not for `model: "auto"`, whose router reads every text.
 */
export function parse<T>(raw: Buffer, schema: z.ZodType<T>, isPlain?: (json: Readonly<Record<string, unknown>>) => boolean, lazy = false): ValidatedRequest<T> {
  const scan = lazy && raw.length >= RELEASED_BODY_BYTES && !asksAuto(raw) ? scanLongStrings(raw) : undefined;
  const text = (scan?.copy ?? raw).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    if (scan) return parse(raw, schema, isPlain); // the plain parse words the error, at the body's own positions
    throw invalidRequest(`Malformed JSON in request body: ${(err as Error).message}`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw invalidRequest('Request body must be a JSON object');
  const top = scanTopLevel(text);
  if (top.duplicate !== undefined) throw invalidRequest(`${top.duplicate}: duplicate key in the request body (each top-level field may appear once)`);
  const body = isPlain?.(json as Record<string, unknown>) ? (json as T) : checked(json, schema);
  if (scan) {
    installLongStrings(body, scan.longs);
    const span = byteSpan(text, top.model);
    const modelBytes = span && { start: scan.bodyOffset(span.start), end: scan.bodyOffset(span.end) };
    return { body, modelBytes: () => modelBytes, namesFileIds: top.namesFileIds, bodyFor: bytesBody(raw, modelBytes) };
  }
  const bodyFor = raw.length < RELEASED_BODY_BYTES ? textBody(text, top.model) : bytesBody(raw, byteSpan(text, top.model));
  return { body, modelBytes: () => byteSpan(text, top.model), namesFileIds: top.namesFileIds, bodyFor };
}

function checked<T>(json: unknown, schema: z.ZodType<T>): T {
  const result = schema.safeParse(json);
  if (!result.success) throw invalidRequest(result.error.issues.slice(0, 3).map(describe).join('; '));
  return result.data;
}

// Each in a function of its own: closures made in one scope share its variables, and a large body's `bodyFor` that
// held the text too would keep a second copy of the body alive (and promoted by the GC) until the answer came.
const textBody = (text: string, span: Span | undefined) => (model: string): UpstreamBody => withModel(text, model, span);
const bytesBody = (raw: Buffer, span: Span | undefined) => (model: string): UpstreamBody => withModelBytes(raw, span, model);

/**
 * Stage 2: the body parsed once; only what the gateway needs is checked (`model`, `max_tokens`,
 * `stream`, a non-empty `messages`), and the message names the offending field.
 */
export const validateMessages = (raw: Buffer): ValidatedRequest<MessagesBody> => parse(raw, messagesBodySchema, isPlainMessagesBody, true);
export const validateCountTokens = (raw: Buffer): ValidatedRequest<CountTokensBody> => parse(raw, countTokensBodySchema, undefined, true);
