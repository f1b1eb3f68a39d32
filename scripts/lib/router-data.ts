import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { mulberry32 } from '../../src/sim/prng.js';

/** One row of ../shared/data/routing/train.jsonl (see that folder's README). */
export const routingRowSchema = z.object({
  source: z.enum(['mmlu', 'gsm8k']),
  subject: z.string(),
  prompt: z.string(),
  weak_correct: z.boolean(),
  strong_correct: z.boolean(),
});
export type RoutingRow = z.infer<typeof routingRowSchema>;

export const DEFAULT_DATA_PATH = '../shared/data/routing/train.jsonl';

export const loadRows = (path: string = DEFAULT_DATA_PATH): RoutingRow[] => {
  const text = readFileSync(resolve(process.cwd(), path), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = routingRowSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
};

/** The simulator's seeded generator (mulberry32), so every split and shuffle is reproducible. */
export const seededRandom = mulberry32;

export const shuffle = <T>(items: readonly T[], random: () => number): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

/**
 * Fold of each row, grouped BY SUBJECT: a whole MMLU subject sits in one fold, as the held-out
 * test set is made of unseen subjects. GSM8K (one "subject") is split by item instead, as its
 * held-out half is. Subjects are dealt, in seeded order, to the fold with fewest rows so far.
 */
export const assignFolds = (rows: readonly RoutingRow[], folds: number, seed: number): number[] => {
  const random = seededRandom(seed);
  const sizes = new Map<string, number>();
  for (const row of rows) if (row.source === 'mmlu') sizes.set(row.subject, (sizes.get(row.subject) ?? 0) + 1);
  const subjects = shuffle([...sizes.keys()].sort(), random);
  const load = new Array<number>(folds).fill(0);
  const foldOf = new Map<string, number>();
  for (const subject of subjects) {
    const target = load.indexOf(Math.min(...load));
    foldOf.set(subject, target);
    load[target] = (load[target] as number) + (sizes.get(subject) as number);
  }
  const gsmOrder = shuffle(
    rows.flatMap((row, i) => (row.source === 'gsm8k' ? [i] : [])),
    random,
  );
  const gsmFold = new Map<number, number>(gsmOrder.map((rowIndex, k) => [rowIndex, k % folds]));
  return rows.map((row, i) => (row.source === 'gsm8k' ? (gsmFold.get(i) as number) : (foldOf.get(row.subject) as number)));
};

export const FOLDS = 5;
export const SPLIT_SEED = 20240611;
/** The validation split reported first: fold 0 of the by-subject folds. */
export const VALIDATION_FOLD = 0;
