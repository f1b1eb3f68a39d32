import type { IncomingHttpHeaders } from 'node:http';

export type SpanAttributes = Record<string, string | number | boolean | undefined>;

/** A child span (the budget wait, one upstream attempt). */
export interface ChildSpan {
  /** Ends the span; an error marks it failed and is recorded as an exception event. */
  end(attributes?: SpanAttributes, error?: unknown): void;
}

/** The `gateway.messages` span of one request. */
export interface RequestSpan {
  child(name: string, attributes?: SpanAttributes, kind?: 'internal' | 'client'): ChildSpan;
  end(attributes: SpanAttributes, status: number | undefined): void;
}

/** Tracing when `tracing.otlpEndpoint` is set (or a test injects an exporter); otherwise the services have none. */
export interface Tracing {
  /** A span continuing the caller's `traceparent`, if any. */
  startRequest(headers: IncomingHttpHeaders): RequestSpan;
  /** Exports what is buffered and stops. */
  shutdown(): Promise<void>;
}
