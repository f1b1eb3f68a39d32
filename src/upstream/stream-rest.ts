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

/** The rest of a stream as the upstream call hands it over: kept until a sink is piped, then passed through. */
export class StreamRemainder implements StreamRest {
  readonly kind = 'rest';
  private early: Buffer[] = [];
  private sink: StreamSink | undefined;
  /** How the upstream ended while there was no sink yet. */
  private endedEarly: { error?: Error } | undefined;

  constructor(
    private readonly resumeReading: () => void,
    /** Called once the rest is delivered, or handed over whole by `takeAll`. */
    private readonly onDelivered: () => void,
  ) {}

  /** A chunk from the upstream; false pauses reading until `resume()`. */
  data(chunk: Buffer): boolean {
    if (this.sink) return this.sink.data(chunk);
    this.early.push(chunk); // relayed first by `pipe`
    return true;
  }

  /** The upstream finished the stream, cleanly or with `error`. */
  end(error?: Error): void {
    if (!this.sink) {
      this.endedEarly = error ? { error } : {};
      return;
    }
    this.onDelivered();
    if (error) this.sink.error(error);
    else this.sink.end();
  }

  takeAll(): Buffer[] | undefined {
    if (!this.endedEarly || this.endedEarly.error || this.sink) return undefined;
    const chunks = this.early;
    this.early = [];
    this.onDelivered();
    return chunks;
  }

  pipe(sink: StreamSink): void {
    this.sink = sink;
    const early = this.early;
    this.early = [];
    let flowing = true;
    for (const chunk of early) flowing = sink.data(chunk) && flowing;
    if (this.endedEarly) this.end(this.endedEarly.error);
    else if (flowing) this.resume(); // otherwise the sink resumes when it drains
  }

  resume(): void {
    this.resumeReading();
  }
}
