import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { tierSchema, type Tier } from '../config/schema.js';
import { messagesBodySchema, type MessagesBody } from '../messages/schema.js';

/**
 * A team's own labelled traffic, JSON Lines (CONTRACT §1): `{"body", "tier"}` says which tier
 * the request should have had; `{"body", "weak_correct", "strong_correct"}` says whether the
 * weak and the strong model answered it correctly. Other fields (a name, a note) are ignored.
 */
export interface LabelledRow {
  body: MessagesBody;
  tier?: Tier;
  weakCorrect?: boolean;
  strongCorrect?: boolean;
}

const rowSchema = z
  .looseObject({
    body: messagesBodySchema,
    tier: tierSchema.optional(),
    weak_correct: z.boolean().optional(),
    strong_correct: z.boolean().optional(),
  })
  .refine((row) => row.tier !== undefined || (row.weak_correct !== undefined && row.strong_correct !== undefined), {
    message: 'needs "tier", or both "weak_correct" and "strong_correct"',
  });

/** Parses the file; throws an Error naming the first bad line. Blank lines are skipped. */
export const parseLabelled = (text: string, source = 'input'): LabelledRow[] => {
  const rows: LabelledRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new Error(`${source}:${i + 1}: invalid JSON: ${(err as Error).message}`);
    }
    const parsed = rowSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
      throw new Error(`${source}:${i + 1}: ${where}${issue?.message ?? 'invalid row'}`);
    }
    const { body, tier, weak_correct: weakCorrect, strong_correct: strongCorrect } = parsed.data;
    const row: LabelledRow = { body };
    if (tier !== undefined) row.tier = tier;
    if (weakCorrect !== undefined) row.weakCorrect = weakCorrect;
    if (strongCorrect !== undefined) row.strongCorrect = strongCorrect;
    rows.push(row);
  });
  if (rows.length === 0) throw new Error(`${source}: no labelled rows`);
  return rows;
};

export const readLabelled = (path: string): LabelledRow[] => parseLabelled(readFileSync(path, 'utf8'), path);
