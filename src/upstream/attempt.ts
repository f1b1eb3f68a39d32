import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { AttemptError } from './attempt-error.js';
import type { UpstreamClient } from './client.js';
import { SseScanner } from './sse-scanner.js';
import { emptyUsage, mergeUsage, type Usage } from './usage.js';

/** Thrown when the caller went away: not the upstream's fault, so never counted against a breaker. */
export class ClientGoneError extends Error {
  constructor() {
    super('client closed the connection');
    this.name = 'ClientGoneError';
  }
}

export interface AttemptOptions {
  readonly client: UpstreamClient;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly stream: boolean;
  /** Deadline for this attempt: to the first content delta for streams, to the whole body otherwise. */
  readonly timeoutMs: number;
  readonly clientSignal: AbortSignal;
  /** Statuses that make the attempt fail (and the walk move on) rather than being passed to the client. */
  readonly failOn: (status: number) => boolean;
  readonly onSend?: () => void;
}

/**
 * What one upstream attempt produced, ready to be relayed. For a stream, the events up to and including
 * the first content delta are held in `held`, and `body` (paused) carries the rest.
 */
export interface AttemptResult {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly held: Buffer[];
  readonly body: Readable | undefined;
  readonly scanner: SseScanner | undefined;
  readonly usage: Usage;
  /** Aborts the upstream request (client gone, or stream deadline). */
  readonly abort: () => void;
  readonly clearDeadline: () => void;
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
};

export function retryAfterMs(headers: IncomingHttpHeaders): number | undefined {
  const ms = Number(header(headers, 'retry-after-ms'));
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const s = Number(header(headers, 'retry-after'));
  return Number.isFinite(s) && s >= 0 ? s * 1000 : undefined;
}

/** One upstream call with its own AbortController, so a timed-out attempt is really cancelled. */
export async function runAttempt(options: AttemptOptions): Promise<AttemptResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onClientGone = (): void => controller.abort();
  options.clientSignal.addEventListener('abort', onClientGone, { once: true });
  const clearDeadline = (): void => clearTimeout(timer);
  const abort = (): void => {
    clearDeadline();
    controller.abort();
  };
  const fail = (err: unknown): never => {
    clearDeadline();
    options.clientSignal.removeEventListener('abort', onClientGone);
    if (options.clientSignal.aborted) throw new ClientGoneError();
    if (timedOut) throw new AttemptError('timeout', undefined, `no answer within ${options.timeoutMs} ms`);
    if (err instanceof AttemptError) throw err;
    throw new AttemptError('network', undefined, (err as Error).message || 'upstream connection failed');
  };

  try {
    options.onSend?.();
    const res = await options.client.request({
      method: 'POST',
      path: options.path,
      headers: options.headers,
      body: options.body,
      signal: controller.signal,
    });
    const body = res.body as unknown as Readable;
    if (options.failOn(res.statusCode)) {
      const text = await res.body.text().catch(() => '');
      throw new AttemptError('status', res.statusCode, upstreamMessage(text, res.statusCode), retryAfterMs(res.headers));
    }
    const usage = emptyUsage();
    const base = { status: res.statusCode, headers: res.headers, abort, clearDeadline };
    const isSse = options.stream && res.statusCode === 200 && /event-stream/.test(header(res.headers, 'content-type') ?? '');
    if (!isSse) {
      const bytes = Buffer.from(await res.body.arrayBuffer());
      clearDeadline();
      if (res.statusCode === 200) mergeUsage(usage, usageOfJson(bytes));
      return { ...base, held: [bytes], body: undefined, scanner: undefined, usage };
    }
    const scanner = new SseScanner();
    const { held, ended } = await holdUntilContent(body, scanner);
    if (scanner.error?.type === 'overloaded_error' && !scanner.sawContent) {
      body.destroy();
      throw new AttemptError('stream_overloaded', 200, scanner.error.message);
    }
    // A body that ended while paused has emitted 'end' already: there is nothing left to pipe.
    const rest = ended || body.readableEnded ? undefined : body;
    return { ...base, held, body: rest, scanner, usage: scanner.usage };
  } catch (err) {
    return fail(err);
  }
}

/** Reads SSE chunks until the first content delta, an error event, or the end; then pauses the body. */
function holdUntilContent(body: Readable, scanner: SseScanner): Promise<{ held: Buffer[]; ended: boolean }> {
  const held: Buffer[] = [];
  return new Promise((resolve, reject) => {
    const done = (ended: boolean): void => {
      body.off('data', onData).off('end', onEnd).off('error', reject);
      if (!ended) body.pause();
      resolve({ held, ended });
    };
    const onData = (chunk: Buffer): void => {
      held.push(chunk);
      if (scanner.push(chunk) || scanner.error) done(false);
    };
    const onEnd = (): void => done(true);
    body.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

function upstreamMessage(text: string, status: number): string {
  try {
    const parsed = JSON.parse(text) as { error?: { message?: unknown } };
    if (typeof parsed.error?.message === 'string') return parsed.error.message;
  } catch {
    // not JSON: fall through
  }
  return `upstream answered ${status}`;
}

/**
 * `usage` is the last field of Anthropic's message: parse just that object, found from the end (an
 * unescaped `"usage":` cannot occur inside a JSON string), and the whole body only if that fails.
 */
export function usageOfJson(bytes: Buffer): unknown {
  const text = bytes.toString('utf8');
  const at = text.lastIndexOf('"usage":');
  if (at >= 0) {
    const start = text.indexOf('{', at);
    const end = start < 0 ? -1 : matchingBrace(text, start);
    if (end > 0) {
      try {
        return JSON.parse(text.slice(start, end + 1));
      } catch {
        // fall through to the whole body
      }
    }
  }
  try {
    return (JSON.parse(text) as { usage?: unknown }).usage;
  } catch {
    return undefined;
  }
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */) depth++;
    else if (c === 0x7d /* } */ && --depth === 0) return i;
  }
  return -1;
}
