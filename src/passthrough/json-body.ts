import type { z } from 'zod';
import { invalidRequest } from '../errors.js';
import { scanTopLevel, withModel } from '../messages/top-level.js';

export interface JsonBody<T> {
  readonly body: T;
  /** The caller's bytes with only the top-level `model` set to `model`. */
  bodyFor(model: string): string;
}

/**
 * A JSON object body checked with `schema` (chat completions, batch creates), a duplicated top-level key
 * refused as on /v1/messages; 400 naming the fields otherwise.
 */
export function parseJsonBody<T>(raw: Buffer, schema: z.ZodType<T>): JsonBody<T> {
  const text = raw.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw invalidRequest(`Malformed JSON in request body: ${(err as Error).message}`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw invalidRequest('Request body must be a JSON object');
  const top = scanTopLevel(text);
  if (top.duplicate !== undefined) throw invalidRequest(`${top.duplicate}: duplicate key in the request body (each top-level field may appear once)`);
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalidRequest(parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return { body: parsed.data, bodyFor: (model) => withModel(text, model, top.model) };
}
