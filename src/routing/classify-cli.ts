import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Thresholds } from '../config/schema.js';
import { messagesBodySchema } from '../messages/schema.js';
import { classify } from './classifier.js';
import { tierForScore } from './tiers.js';

/** Output is written in chunks of about this many characters, not one write per line. */
const FLUSH_CHARS = 64 * 1024;

const errorLine = (lineNo: number, message: string): string =>
  JSON.stringify({ error: { type: 'invalid_request_error', message: `line ${lineNo}: ${message}` } });

const describeIssue = (issue: { path: PropertyKey[]; message: string }): string =>
  issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;

/** One output line for one input line. */
export const classifyLine = (line: string, lineNo: number, thresholds: Thresholds): { out: string; ok: boolean } => {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    return { out: errorLine(lineNo, `invalid JSON: ${(err as Error).message}`), ok: false };
  }
  const parsed = messagesBodySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { out: errorLine(lineNo, issue ? describeIssue(issue) : 'invalid request body'), ok: false };
  }
  const { score, reasons } = classify(parsed.data);
  return { out: JSON.stringify({ tier: tierForScore(score, thresholds), score, reasons }), ok: true };
};

/**
 * `gateway classify`: JSON Lines in (one Messages request body a line), one JSON line out per
 * input line. A bad line yields an `error` object naming its line number, and processing goes
 * on. Blank lines are skipped and produce no output (they are still counted for line numbers).
 */
export const runClassify = async (
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  thresholds: Thresholds,
): Promise<{ lines: number; errors: number }> => {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let lines = 0;
  let errors = 0;
  let pending = '';
  const flush = async (): Promise<void> => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    if (!output.write(chunk)) await once(output, 'drain');
  };
  for await (const line of rl) {
    lineNo += 1;
    if (line.trim() === '') continue;
    const { out, ok } = classifyLine(line, lineNo, thresholds);
    lines += 1;
    if (!ok) errors += 1;
    pending += `${out}\n`;
    if (pending.length >= FLUSH_CHARS) await flush();
  }
  await flush();
  return { lines, errors };
};
