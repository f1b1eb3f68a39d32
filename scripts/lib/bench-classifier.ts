import type { MessagesBody } from '../../src/messages/schema.js';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

/**
 * Microseconds per classify() call for each body (mean over `runs` calls after a warm-up),
 * summarised over bodies. Wall-clock, single thread, this machine.
 */
export const benchClassifier = (
  classify: (body: MessagesBody) => unknown,
  bodies: readonly MessagesBody[],
  runs = 2000,
): { median: number; p90: number; max: number } => {
  for (let i = 0; i < 20; i += 1) for (const body of bodies) classify(body);
  const perBody = bodies.map((body) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < runs; i += 1) classify(body);
    return Number(process.hrtime.bigint() - start) / 1000 / runs;
  });
  const sorted = [...perBody].sort((a, b) => a - b);
  return {
    median: median(perBody),
    p90: sorted[Math.floor(sorted.length * 0.9)] as number,
    max: sorted[sorted.length - 1] as number,
  };
};
