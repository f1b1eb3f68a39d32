import type { z } from 'zod';
import { invalidRequest } from '../errors.js';

/** A JSON request body checked with `schema`; 400 naming the fields otherwise (chat completions, batch creates). */
export function parseJsonBody<T>(raw: Buffer, schema: z.ZodType<T>): { body: T; raw: string } {
  const text = raw.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw invalidRequest(`Malformed JSON in request body: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw invalidRequest(parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return { body: parsed.data, raw: text };
}
