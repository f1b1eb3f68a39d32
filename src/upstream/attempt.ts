import type { Dispatcher } from 'undici';
import { joined } from '../bytes.js';
import { retryAfterMs } from '../limits/upstream-headers.js';
import { AttemptError } from './attempt-error.js';
import type { UpstreamClient } from './client.js';
import { RawHeaders } from './raw-headers.js';
import { SseScanner } from './sse-scanner.js';
import { emptyUsage, mergeUsage, usageInJson, type Usage } from './usage.js';

/** Thrown when the caller went away: not the upstream's fault, so never counted against a breaker. */
export class ClientGoneError extends Error {
  constructor() {
    super('client closed the connection');
    this.name = 'ClientGoneError';
  }
}

/** The attempt's deadline was the caller's own (`x-stainless-timeout`): the caller's choice, not the model's fault. */
export class CallerTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the caller's own deadline of ${Math.round(timeoutMs)} ms passed`);
    this.name = 'CallerTimeoutError';
  }
}

export interface AttemptOptions {
  readonly client: UpstreamClient;
  readonly path: string;
  /** Flat [name, value, ...] list (see `forwardedHeaders`). */
  readonly headers: string[];
  readonly body: string;
  readonly stream: boolean;
  /** Deadline for this attempt: to the first content delta for streams, to the whole body otherwise. */
  readonly timeoutMs: number;
  /** The deadline is the caller's own: passing it fails with CallerTimeoutError, which no breaker counts. */
  readonly callersDeadline?: boolean;
  /** The caller going away: `on`/`off` a callback, `aborted` once it happened. */
  readonly clientGone: { readonly aborted: boolean; on(listener: () => void): void; off(listener: () => void): void };
  /** Statuses that make the attempt fail (and the walk move on) rather than being passed to the client. */
  readonly failOn: (status: number) => boolean;
  readonly onSend?: () => void;
  /** Reads the stream on the side; Anthropic's SSE events unless given (OpenAI's chunks, for instance). */
  readonly scanner?: () => SseScanner;
}

/** Where the rest of a stream goes once relayed: `data` returning false pauses the upstream until `resume()`. */
export interface StreamSink {
  data(chunk: Buffer): boolean;
  end(): void;
  error(err: Error): void;
}

/** The part of a stream after the held events; what arrives before `pipe` is called waits for it. */
export interface StreamRest {
  /** All of the rest, if the upstream already finished it cleanly (often the case when it came in one read). */
  takeAll(): Buffer[] | undefined;
  pipe(sink: StreamSink): void;
  resume(): void;
}

/**
 * What one upstream attempt produced, ready to be relayed. For a stream, the events up to and including
 * the first content delta are held in `held`, and `rest` carries the remainder, if any.
 */
export interface AttemptResult {
  readonly status: number;
  readonly headers: RawHeaders;
  readonly held: Buffer[];
  readonly rest: StreamRest | undefined;
  readonly scanner: SseScanner | undefined;
  readonly usage: Usage;
  /** Aborts the upstream request (client gone, or stream deadline). */
  readonly abort: () => void;
  readonly clearDeadline: () => void;
}

/**
 * One upstream call, read through undici's dispatch callbacks (cheaper than a body stream per call),
 * with its own deadline: a timed-out or abandoned attempt is really cancelled upstream.
 */
export function runAttempt(options: AttemptOptions): Promise<AttemptResult> {
  return new Promise((resolve, reject) => {
    options.onSend?.();
    options.client.dispatch({ path: options.path, headers: options.headers, body: options.body }, new UpstreamCall(options, resolve, reject));
  });
}

type Phase = 'head' | 'collect' | 'failed-status' | 'hold' | 'rest' | 'done';

const EMPTY_HEADERS = new RawHeaders([]);

/**
 * undici's handler for one attempt: collects a JSON answer, or holds SSE events until content, then streams the rest.
 *
 * It implements the callbacks undici 7's HTTP/1 client itself calls (`onConnect`, `onHeaders`, `onData`,
 * `onComplete`, `onError`; typed as deprecated). A handler of the newer `onResponse*` kind is wrapped by
 * undici in an adapter that turns every answer's raw headers into an object first, which the gateway barely
 * reads (docs/performance-rules.md). undici is pinned to major 7 in package.json.
 */
class UpstreamCall implements Dispatcher.DispatchHandler, StreamRest {
  private abortRequest: ((err: Error) => void) | undefined;
  private resumeReading: (() => void) | undefined;
  private phase: Phase = 'head';
  private status = 0;
  private headers = EMPTY_HEADERS;
  private chunks: Buffer[] = [];
  private scanner: SseScanner | undefined;
  private readonly jsonUsage = emptyUsage();
  private sink: StreamSink | undefined;
  /** How the call ended while the rest had no sink yet. */
  private endedEarly: { error?: Error } | undefined;
  private timedOut = false;
  private readonly timer: NodeJS.Timeout;
  private readonly onClientGone = (): void => this.abort();

  constructor(
    private readonly options: AttemptOptions,
    private readonly resolve: (result: AttemptResult) => void,
    private readonly reject: (err: unknown) => void,
  ) {
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.abort();
    }, options.timeoutMs);
    options.clientGone.on(this.onClientGone);
  }

  readonly abort = (): void => {
    this.clearDeadline();
    const reason = new Error('attempt aborted');
    if (this.abortRequest) this.abortRequest(reason);
    // Still queued for a connection: fail now; undici aborts the call once it reaches a socket.
    else if (this.phase === 'head') this.onError(reason);
  };

  readonly clearDeadline = (): void => clearTimeout(this.timer);

  onConnect(abort: (err?: Error) => void): void {
    this.abortRequest = abort;
    if (this.phase === 'done') abort(new Error('attempt aborted'));
  }

  /** Returns false to pause reading (never here: see `hold` in onData). */
  onHeaders(statusCode: number, rawHeaders: Buffer[], resume: () => void): boolean {
    if (this.phase !== 'head' || statusCode < 200) return true; // 1xx informational answers come before the real one
    this.resumeReading = resume;
    this.status = statusCode;
    const headers = (this.headers = new RawHeaders(rawHeaders));
    const contentType = headers.get('content-type') ?? '';
    const broken = this.options.failOn(statusCode) ? undefined : notAnAnswer(statusCode, contentType, this.options.stream);
    if (broken) {
      this.abortRequest?.(new Error(broken));
      this.fail(new AttemptError('protocol', statusCode, broken));
    } else if (this.options.failOn(statusCode)) this.phase = 'failed-status';
    else if (this.options.stream && statusCode === 200) {
      this.phase = 'hold';
      this.scanner = this.options.scanner?.() ?? new SseScanner();
    } else this.phase = 'collect';
    return true;
  }

  /** Returns false to pause reading until `resume()`. */
  onData(chunk: Buffer): boolean {
    switch (this.phase) {
      case 'collect':
      case 'failed-status':
        this.chunks.push(chunk);
        return true;
      case 'hold': {
        this.chunks.push(chunk);
        const scanner = this.scanner as SseScanner;
        if (!scanner.push(chunk) && !scanner.error) return true;
        if (scanner.error?.type === 'overloaded_error' && !scanner.sawContent) {
          this.abortRequest?.(new Error('overloaded before content'));
          this.fail(new AttemptError('stream_overloaded', 200, scanner.error.message));
          return true;
        }
        // No pause here: the relay attaches within the same event-loop turn (promise continuations),
        // so at most the rest of this socket read is kept meanwhile. Pausing mid-read would make
        // undici push the unread bytes back into the socket and read them again.
        this.phase = 'rest';
        this.succeed(this);
        return true;
      }
      case 'rest':
        if (this.sink) return this.sink.data(chunk);
        this.chunks.push(chunk); // relayed first by `pipe`
        return true;
      default:
        return true;
    }
  }

  onComplete(): void {
    const chunks = this.chunks;
    switch (this.phase) {
      case 'collect': {
        const bytes = joined(chunks);
        this.chunks = [bytes];
        if (this.status === 200) {
          const usage = usageInJson(bytes.toString('utf8'));
          // Every Anthropic message carries its usage: a 200 without one is not an answer.
          if (usage === null || typeof usage !== 'object') return this.fail(new AttemptError('protocol', 200, 'answer without a message'));
          mergeUsage(this.jsonUsage, usage);
        }
        this.succeed(undefined);
        return;
      }
      case 'failed-status': {
        const text = joined(chunks).toString('utf8');
        this.fail(new AttemptError('status', this.status, upstreamMessage(text, this.status), retryAfterMs(this.headers)));
        return;
      }
      case 'hold': {
        // The whole stream came before any content (or had none); with neither message_stop nor an error it was no stream.
        const scanner = this.scanner as SseScanner;
        if (scanner.sawMessageStop || scanner.error) this.succeed(undefined);
        else this.fail(new AttemptError('protocol', 200, 'stream ended without a message'));
        return;
      }
      case 'rest':
        this.finishRest();
        return;
      default:
    }
  }

  onError(err: Error): void {
    if (this.phase === 'rest') {
      this.finishRest(err);
      return;
    }
    if (this.phase === 'done') return;
    if (this.options.clientGone.aborted) this.fail(new ClientGoneError());
    else if (this.timedOut && this.options.callersDeadline) this.fail(new CallerTimeoutError(this.options.timeoutMs));
    else if (this.timedOut) this.fail(new AttemptError('timeout', undefined, `no answer within ${Math.round(this.options.timeoutMs)} ms`));
    else this.fail(err instanceof AttemptError ? err : networkError(err));
  }

  takeAll(): Buffer[] | undefined {
    if (!this.endedEarly || this.endedEarly.error || this.sink) return undefined;
    const chunks = this.chunks;
    this.chunks = [];
    this.done();
    return chunks;
  }

  pipe(sink: StreamSink): void {
    this.sink = sink;
    const early = this.chunks;
    this.chunks = [];
    let flowing = true;
    for (const chunk of early) flowing = sink.data(chunk) && flowing;
    if (this.endedEarly) this.finishRest(this.endedEarly.error);
    else if (flowing) this.resume(); // otherwise the sink resumes when it drains
  }

  resume(): void {
    this.resumeReading?.();
  }

  private succeed(rest: StreamRest | undefined): void {
    if (this.phase !== 'rest') this.done();
    const held = this.chunks;
    this.chunks = [];
    this.resolve({
      status: this.status,
      headers: this.headers,
      held,
      rest,
      scanner: this.scanner,
      usage: this.scanner?.usage ?? this.jsonUsage,
      abort: this.abort,
      clearDeadline: this.clearDeadline,
    });
  }

  private fail(err: unknown): void {
    this.done();
    this.reject(err);
  }

  private finishRest(error?: Error): void {
    if (!this.sink) {
      this.endedEarly = error ? { error } : {};
      return;
    }
    this.done();
    if (error) this.sink.error(error);
    else this.sink.end();
  }

  private done(): void {
    this.phase = 'done';
    this.clearDeadline();
    this.options.clientGone.off(this.onClientGone);
  }
}

/** Why an answer's status line and content type cannot be an Anthropic answer to this request, if so. */
function notAnAnswer(status: number, contentType: string, stream: boolean): string | undefined {
  if (status > 599) return `status ${status}`;
  const json = contentType.includes('json');
  if (status === 200 && stream && !contentType.includes('event-stream')) return `a stream request answered with ${contentType || 'no content type'}`;
  if ((status === 200 && !stream) || status >= 500) return json ? undefined : `status ${status} with ${contentType || 'no content type'}`;
  return undefined;
}

/** undici's failures: its HTTP parser's (malformed answer, oversized headers) break the protocol; the rest is the network. */
function networkError(err: Error & { code?: unknown }): AttemptError {
  const code = typeof err.code === 'string' ? err.code : '';
  const protocol = code.startsWith('HPE_') || code === 'UND_ERR_HEADERS_OVERFLOW' || code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH';
  return new AttemptError(protocol ? 'protocol' : 'network', undefined, `${err.message || 'connection failed'}${code ? ` (${code})` : ''}`);
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
