import type { Dispatcher } from 'undici';
import { joined } from '../bytes.js';
import { retryAfterMs } from '../limits/upstream-headers.js';
import { ClientGoneError } from '../client-gone-error.js';
import { AttemptError, CallerTimeoutError, networkError, notAnAnswer, upstreamMessage } from './attempt-error.js';
import type { UpstreamBody, UpstreamClient } from './client.js';
import { FirstContentHold } from './first-content.js';
import { RawHeaders } from './raw-headers.js';
import { requestBody } from './request-body.js';
import { SseScanner } from './sse-scanner.js';
import { StreamRemainder, type StreamRest } from './stream-rest.js';
import { emptyUsage, mergeUsage, usageInJson, type Usage } from './usage.js';

export interface AttemptOptions {
  readonly client: UpstreamClient;
  readonly path: string;
  /** Flat [name, value, ...] list (see `forwardedHeaders`). */
  readonly headers: string[];
  readonly body: UpstreamBody;
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
  const { stream, timeoutMs, callersDeadline, clientGone, failOn, scanner } = options;
  // The call lives as long as the answer: it keeps none of the request, so the body's bytes go once sent.
  const call: CallOptions = { stream, timeoutMs, callersDeadline, clientGone, failOn, scanner };
  const { body, headers } = requestBody(options.body, options.headers);
  return new Promise((resolve, reject) => {
    options.onSend?.();
    options.client.dispatch({ path: options.path, headers, body }, new UpstreamCall(call, resolve, reject));
  });
}

type CallOptions = Pick<AttemptOptions, 'stream' | 'timeoutMs' | 'callersDeadline' | 'clientGone' | 'failOn' | 'scanner'>;

/** Where the call is: the body of a JSON answer or a failed status is collected; a stream is held, then handed over. */
type Phase = { readonly kind: 'head' | 'collect' | 'failed-status' | 'done' } | FirstContentHold | StreamRemainder;
const HEAD: Phase = { kind: 'head' };
const COLLECT: Phase = { kind: 'collect' };
const FAILED_STATUS: Phase = { kind: 'failed-status' };
const DONE: Phase = { kind: 'done' };

const EMPTY_HEADERS = new RawHeaders([]);

/**
 * undici's handler for one attempt: collects a JSON answer, or holds SSE events until content
 * (FirstContentHold), then hands the rest over (StreamRemainder).
 *
 * It implements the callbacks undici 7's HTTP/1 client itself calls (`onConnect`, `onHeaders`, `onData`,
 * `onComplete`, `onError`; typed as deprecated). A handler of the newer `onResponse*` kind is wrapped by
 * undici in an adapter that turns every answer's raw headers into an object first, which the gateway barely
 * reads (docs/performance-rules.md). undici is pinned to major 7 in package.json.
 */
class UpstreamCall implements Dispatcher.DispatchHandler {
  private abortRequest: ((err: Error) => void) | undefined;
  private resumeReading: (() => void) | undefined;
  private phase: Phase = HEAD;
  private status = 0;
  private headers = EMPTY_HEADERS;
  /** The body of a JSON answer or of a failed status. */
  private chunks: Buffer[] = [];
  private readonly jsonUsage = emptyUsage();
  private timedOut = false;
  private readonly timer: NodeJS.Timeout;
  private readonly onClientGone = (): void => this.abort();

  constructor(
    private readonly options: CallOptions,
    private readonly resolve: (result: AttemptResult) => void,
    private readonly reject: (err: unknown) => void,
  ) {
    // Whole milliseconds: Node keeps a timer list per distinct duration, and the fraction of a deadline's
    // remainder made one list (and a priority-queue entry) per request.
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.abort();
    }, Math.ceil(options.timeoutMs));
    options.clientGone.on(this.onClientGone);
  }

  readonly abort = (): void => {
    this.clearDeadline();
    const reason = new Error('attempt aborted');
    if (this.abortRequest) this.abortRequest(reason);
    // Still queued for a connection: fail now; undici aborts the call once it reaches a socket.
    else if (this.phase.kind === 'head') this.onError(reason);
  };

  readonly clearDeadline = (): void => clearTimeout(this.timer);

  onConnect(abort: (err?: Error) => void): void {
    this.abortRequest = abort;
    if (this.phase.kind === 'done') abort(new Error('attempt aborted'));
  }

  /** Returns false to pause reading (never here: see `holdUntilContent`). */
  onHeaders(statusCode: number, rawHeaders: Buffer[], resume: () => void): boolean {
    if (this.phase.kind !== 'head' || statusCode < 200) return true; // 1xx informational answers come before the real one
    this.resumeReading = resume;
    this.status = statusCode;
    const headers = (this.headers = new RawHeaders(rawHeaders));
    const contentType = headers.get('content-type') ?? '';
    const broken = this.options.failOn(statusCode) ? undefined : notAnAnswer(statusCode, contentType, this.options.stream);
    if (broken) {
      this.abortRequest?.(new Error(broken));
      this.fail(new AttemptError('protocol', statusCode, broken));
    } else if (this.options.failOn(statusCode)) this.phase = FAILED_STATUS;
    else if (this.options.stream && statusCode === 200) this.phase = new FirstContentHold(this.options.scanner?.() ?? new SseScanner());
    else this.phase = COLLECT;
    return true;
  }

  /** Returns false to pause reading until `resume()`. */
  onData(chunk: Buffer): boolean {
    const phase = this.phase;
    switch (phase.kind) {
      case 'collect':
      case 'failed-status':
        this.chunks.push(chunk);
        return true;
      case 'hold':
        this.holdUntilContent(phase, chunk);
        return true;
      case 'rest':
        return phase.data(chunk);
      default:
        return true;
    }
  }

  onComplete(): void {
    const phase = this.phase;
    switch (phase.kind) {
      case 'collect':
        this.completeJson();
        return;
      case 'failed-status': {
        const text = joined(this.chunks).toString('utf8');
        this.fail(new AttemptError('status', this.status, upstreamMessage(text, this.status), retryAfterMs(this.headers)));
        return;
      }
      case 'hold':
        // The whole stream came before any content (or had none); with neither message_stop nor an error it was no stream.
        if (phase.endedAsAnswer()) this.succeed(phase.held, undefined, phase.scanner);
        else this.fail(new AttemptError('protocol', 200, 'stream ended without a message'));
        return;
      case 'rest':
        phase.end();
        return;
      default:
    }
  }

  onError(err: Error): void {
    const phase = this.phase;
    if (phase.kind === 'rest') {
      phase.end(err);
      return;
    }
    if (phase.kind === 'done') return;
    if (this.options.clientGone.aborted) this.fail(new ClientGoneError());
    else if (this.timedOut && this.options.callersDeadline) this.fail(new CallerTimeoutError(this.options.timeoutMs));
    else if (this.timedOut) this.fail(new AttemptError('timeout', undefined, `no answer within ${Math.round(this.options.timeoutMs)} ms`));
    else this.fail(err instanceof AttemptError ? err : networkError(err));
  }

  private holdUntilContent(hold: FirstContentHold, chunk: Buffer): void {
    const outcome = hold.push(chunk);
    if (outcome === 'wait') return;
    if (outcome instanceof AttemptError) {
      this.abortRequest?.(new Error('overloaded before content'));
      this.fail(outcome);
      return;
    }
    // No pause here: the relay attaches within the same event-loop turn (promise continuations),
    // so at most the rest of this socket read is kept meanwhile. Pausing mid-read would make
    // undici push the unread bytes back into the socket and read them again.
    const rest = new StreamRemainder(
      () => this.resumeReading?.(),
      () => this.done(),
    );
    this.phase = rest;
    this.succeed(hold.held, rest, hold.scanner);
  }

  private completeJson(): void {
    const bytes = joined(this.chunks);
    if (this.status === 200) {
      const usage = usageInJson(bytes.toString('utf8'));
      // Every Anthropic message carries its usage: a 200 without one is not an answer.
      if (usage === null || typeof usage !== 'object') return this.fail(new AttemptError('protocol', 200, 'answer without a message'));
      mergeUsage(this.jsonUsage, usage);
    }
    this.succeed([bytes], undefined, undefined);
  }

  private succeed(held: Buffer[], rest: StreamRemainder | undefined, scanner: SseScanner | undefined): void {
    if (!rest) this.done();
    this.chunks = [];
    this.resolve({
      status: this.status,
      headers: this.headers,
      held,
      rest,
      scanner,
      usage: scanner?.usage ?? this.jsonUsage,
      abort: this.abort,
      clearDeadline: this.clearDeadline,
    });
  }

  private fail(err: unknown): void {
    this.done();
    this.reject(err);
  }

  private done(): void {
    this.phase = DONE;
    this.clearDeadline();
    this.options.clientGone.off(this.onClientGone);
  }
}
