import type { IncomingHttpHeaders } from 'node:http';
import { defaultTextMapGetter, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import type { Config } from '../config/schema.js';
import { VERSION } from '../version.js';
import type { ChildSpan, RequestSpan, SpanAttributes, Tracing } from './types.js';

const propagator = new W3CTraceContextPropagator();

const defined = (attributes: SpanAttributes | undefined): Attributes => {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attributes ?? {})) if (value !== undefined) out[key] = value;
  return out;
};

function endSpan(span: Span, attributes: SpanAttributes | undefined, error: unknown): void {
  span.setAttributes(defined(attributes));
  if (error !== undefined) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  }
  span.end();
}

/**
 * OpenTelemetry traces (docs/operations.md): a provider of its own (never the global one), sampling by
 * tracing.sampleRatio unless the caller's traceparent decided, exporting over OTLP/HTTP in batches.
 * `exporter` replaces the OTLP exporter (tests), and then spans are handed over one by one.
 */
export function createTracing(settings: NonNullable<Config['tracing']>, exporter?: SpanExporter): Tracing {
  const processor = exporter
    ? new SimpleSpanProcessor(exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter({ url: `${settings.otlpEndpoint!.replace(/\/+$/, '')}/v1/traces` }));
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.serviceName, 'service.version': VERSION }),
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.sampleRatio) }),
    spanProcessors: [processor],
  });
  const tracer = provider.getTracer('llm-gateway', VERSION);

  return {
    startRequest(headers: IncomingHttpHeaders): RequestSpan {
      const parent = propagator.extract(ROOT_CONTEXT, headers, defaultTextMapGetter);
      const span = tracer.startSpan('gateway.messages', { kind: SpanKind.SERVER, attributes: { 'gen_ai.system': 'anthropic' } }, parent);
      const within = trace.setSpan(parent, span);
      return {
        child(name, attributes, kind = 'internal'): ChildSpan {
          const options = { kind: kind === 'client' ? SpanKind.CLIENT : SpanKind.INTERNAL, attributes: defined(attributes) };
          const child = tracer.startSpan(name, options, within);
          return { end: (more, error) => endSpan(child, more, error) };
        },
        end(attributes, status) {
          if (status !== undefined) span.setAttribute('http.response.status_code', status);
          if (status !== undefined && status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
          endSpan(span, attributes, undefined);
        },
      };
    },
    shutdown: () => provider.shutdown(),
  };
}
