import { appendFile, writeFileSync } from 'node:fs';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/**
 * Bench-only (bench/tail-trace.mjs): with `GATEWAY_TAIL_TRACE=FILE` the gateway writes, as JSON lines, every
 * request's timings, every GC pause and, with `GATEWAY_TAIL_TRACE_STALLS=1`, every event-loop stall over 1 ms,
 * all on the machine's monotonic clock (ms, the clock of `process.hrtime`), so that the load generator's
 * latencies can be laid over them. Off (undefined) otherwise: the request path then pays one test.
 */
export class TailTrace {
  private lines: string[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) this.gc(e);
  });
  private readonly timers: NodeJS.Timeout[] = [];
  /** performance.now() + offset = process.hrtime in ms, the same clock in every process of the machine. */
  private readonly offset = Number(process.hrtime.bigint()) / 1e6 - performance.now();

  constructor(
    private readonly file: string,
    stalls: boolean,
  ) {
    writeFileSync(file, '');
    this.observer.observe({ entryTypes: ['gc'] });
    if (stalls) this.watchStalls();
    this.timers.push(setInterval(() => this.flush(), 1000).unref());
    process.once('exit', () => this.close());
  }

  /** Stops observing and writes what is left, at once. */
  close(): void {
    this.observer.disconnect();
    for (const timer of this.timers) clearInterval(timer);
    if (this.lines.length) writeFileSync(this.file, this.lines.join('\n') + '\n', { flag: 'a' });
    this.lines = [];
  }

  /** One request, by the `request-id` of its answer: arrival, admitted, sent upstream, upstream answer taken, last byte handed to the socket. */
  request(id: string, t: { arrivedAt: number; admittedAt?: number; upstreamSentAt?: number; upstreamEndedAt?: number; finishedAt?: number }): void {
    const o = this.offset;
    const at = (v: number | undefined): number | null => (v === undefined ? null : +(v + o).toFixed(3));
    this.lines.push(`{"k":"req","id":${JSON.stringify(id)},"a":${at(t.arrivedAt)},"adm":${at(t.admittedAt)},"up":${at(t.upstreamSentAt)},"upEnd":${at(t.upstreamEndedAt)},"end":${at(t.finishedAt)}}`);
  }

  /** `what` took from `since` (performance.now()) until now: a wait on the request path, or work off it (a timer's batch). */
  span(what: string, since: number): void {
    this.lines.push(`{"k":${JSON.stringify(what)},"t":${(since + this.offset).toFixed(3)},"d":${(performance.now() - since).toFixed(3)}}`);
  }

  private gc(e: PerformanceEntry): void {
    const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
    this.lines.push(`{"k":"gc","t":${(e.startTime + this.offset).toFixed(3)},"d":${e.duration.toFixed(3)},"kind":${kind}}`);
  }

  /** A 1 ms interval: a tick more than 1 ms late means the loop was busy (or the process not scheduled) that long. */
  private watchStalls(): void {
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      const late = now - last - 1;
      if (late > 1) this.lines.push(`{"k":"stall","t":${(last + 1 + this.offset).toFixed(3)},"d":${late.toFixed(3)}}`);
      last = now;
    }, 1).unref();
    this.timers.push(timer);
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    const text = this.lines.join('\n') + '\n';
    this.lines = [];
    appendFile(this.file, text, () => undefined);
  }
}

const file = process.env.GATEWAY_TAIL_TRACE;
export const tailTrace: TailTrace | undefined = file ? new TailTrace(file, process.env.GATEWAY_TAIL_TRACE_STALLS === '1') : undefined;
