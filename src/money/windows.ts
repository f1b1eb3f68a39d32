/** UTC calendar windows for USD limits and the ledger. `now` is injectable so tests never wait for midnight. */
export type Clock = () => number;

export type WindowKind = 'daily' | 'monthly';

export interface Window {
  readonly kind: WindowKind;
  /** `YYYY-MM-DD` for a day, `YYYY-MM` for a month. */
  readonly id: string;
  /** When the window ends, ms since the epoch. */
  readonly resetsAt: number;
}

const DAY_MS = 86_400_000;
/** The day last asked for: every request asks, and formatting a date costs more than the rest of the ledger entry. */
let lastDay = { from: 0, to: 0, id: '' };

export function utcDay(ms: number): string {
  if (ms >= lastDay.from && ms < lastDay.to) return lastDay.id;
  const from = ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
  lastDay = { from, to: from + DAY_MS, id: new Date(ms).toISOString().slice(0, 10) };
  return lastDay.id;
}

export function currentWindow(kind: WindowKind, now: number): Window {
  const d = new Date(now);
  if (kind === 'daily') {
    return { kind, id: utcDay(now), resetsAt: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1) };
  }
  return { kind, id: utcDay(now).slice(0, 7), resetsAt: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) };
}

/** Every UTC day from `from` to `to` (inclusive, `YYYY-MM-DD`), at most `maxDays`. */
export function daysBetween(from: string, to: string, maxDays = 400): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); days.length < maxDays && t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(utcDay(t));
  }
  return days;
}
