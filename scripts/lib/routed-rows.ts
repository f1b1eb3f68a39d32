/** What the traffic reports (traffic-router-report, intl-study, follow-study) share: rows routed by the shipped classify(). */
import calibratorJson from '../../src/routing/calibrator-weights.json' with { type: 'json' };
import { classify } from '../../src/routing/classifier.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';
import { heldOutExamples, trafficExamples, tuneExamples, type TrafficExample } from '../../test/routing/traffic/index.js';

/** `tune`, `heldout` or `all`: which half of the labelled set a report reads. */
export const half = (which: string): readonly TrafficExample[] => (which === 'heldout' ? heldOutExamples : which === 'all' ? trafficExamples : tuneExamples);

export const routedRows = (set: readonly TrafficExample[]) =>
  set.map((e) => {
    const c = classify(e.body);
    return { e, c, got: tierForScore(c.score, DEFAULT_THRESHOLDS) };
  });
export type RoutedRow = ReturnType<typeof routedRows>[number];

export const isSwap = (r: RoutedRow): boolean => (r.e.tier === 'haiku' && r.got === 'opus') || (r.e.tier === 'opus' && r.got === 'haiku');

/** "title  right/n (pct%), k H<->O". */
export const accuracyLine = (title: string, rs: readonly RoutedRow[], width = 8): string => {
  const ok = rs.filter((r) => r.got === r.e.tier).length;
  const swaps = rs.filter(isSwap).length;
  return `${title.padEnd(width)} ${ok}/${rs.length} (${((100 * ok) / Math.max(1, rs.length)).toFixed(1)}%), H<->O ${swaps}`;
};

const TIERS = ['haiku', 'sonnet', 'opus'] as const;
/** Labelled -> routed counts: "haiku -> 512 / 134 / 10; sonnet -> ...". */
export const confusionLine = (rs: readonly RoutedRow[]): string =>
  TIERS.map((want) => `${want} -> ${TIERS.map((got) => rs.filter((r) => r.e.tier === want && r.got === got).length).join(' / ')}`).join('; ');

/** The latest user turn's text, on one line. */
export const lastAsk = (e: TrafficExample, chars = 220): string => {
  const m = [...e.body.messages].reverse().find((x) => x.role === 'user');
  const c = m?.content;
  const text = typeof c === 'string' ? c : Array.isArray(c) ? c.map((b) => ('text' in b && typeof b.text === 'string' ? b.text : '')).join(' ') : '';
  return text.replace(/\s+/g, ' ').slice(0, chars);
};

/** The batch a row belongs to: its name's prefix (b4-, m2-, l7- ...), or the first batch of its kind (s1, m1, a1, l1). */
export const batchOf = (e: { name: string; kind: string }): string => /^([a-z]+\d+)-/.exec(e.name)?.[1] ?? `${e.kind[0]}1`;

/**
 * The blind judge: the batches the shipped calibrator's file leaves out of its fit (`trainedOn.skip`), which the
 * studies leave out of every fit and report too (JUDGE=prefixes,... overrides).
 */
export const JUDGE: readonly string[] = (process.env.JUDGE ?? String(calibratorJson.trainedOn.skip)).split(',').filter((p) => p !== '');
export const isJudge = (e: { name: string }): boolean => JUDGE.some((p) => e.name.startsWith(p));
