const REQUESTS_LIMIT = 4_000;
const INPUT_LIMIT = 2_000_000;
const OUTPUT_LIMIT = 400_000;
const WINDOW_MS = 60_000;

interface Window {
  start: number;
  reset: string;
  requests: number;
  input: number;
  output: number;
}

/** RFC 3339 without milliseconds, as upstream writes it: 2026-05-22T19:38:04Z. */
const rfc3339 = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Anthropic-style `anthropic-ratelimit-*` headers from one-minute windows per model. The limits
 * are generous and never enforced: 429s come only from the configured `rateLimitedRate`.
 */
export class RateWindows {
  private readonly windows = new Map<string, Window>();

  clear(): void {
    this.windows.clear();
  }

  /** Counts one answer and adds its headers to `headers`. */
  apply(headers: Record<string, string | number>, model: string, input: number, output: number, now: number): void {
    let w = this.windows.get(model);
    if (!w || now - w.start >= WINDOW_MS) {
      const start = now - (now % WINDOW_MS);
      w = { start, reset: rfc3339(start + WINDOW_MS), requests: 0, input: 0, output: 0 };
      this.windows.set(model, w);
    }
    w.requests += 1;
    w.input += input;
    w.output += output;
    const requests = Math.max(0, REQUESTS_LIMIT - w.requests);
    const inputLeft = Math.max(0, INPUT_LIMIT - w.input);
    const outputLeft = Math.max(0, OUTPUT_LIMIT - w.output);
    headers['anthropic-ratelimit-requests-limit'] = REQUESTS_LIMIT;
    headers['anthropic-ratelimit-requests-remaining'] = requests;
    headers['anthropic-ratelimit-requests-reset'] = w.reset;
    headers['anthropic-ratelimit-input-tokens-limit'] = INPUT_LIMIT;
    headers['anthropic-ratelimit-input-tokens-remaining'] = inputLeft;
    headers['anthropic-ratelimit-input-tokens-reset'] = w.reset;
    headers['anthropic-ratelimit-output-tokens-limit'] = OUTPUT_LIMIT;
    headers['anthropic-ratelimit-output-tokens-remaining'] = outputLeft;
    headers['anthropic-ratelimit-output-tokens-reset'] = w.reset;
    headers['anthropic-ratelimit-tokens-limit'] = INPUT_LIMIT + OUTPUT_LIMIT;
    headers['anthropic-ratelimit-tokens-remaining'] = inputLeft + outputLeft;
    headers['anthropic-ratelimit-tokens-reset'] = w.reset;
  }
}
