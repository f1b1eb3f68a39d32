import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import { SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startGateway } from '../../src/server.js';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const CALLER_SPAN = 'b7ad6b7169203331';

/** CONTRACT §5 traces: a gateway.messages span per request, GenAI attributes, child spans, traceparent continued. */
describe('OpenTelemetry traces', () => {
  it('one span per request continuing traceparent, with GenAI attributes, a budget-wait child and a child per attempt', async () => {
    const exporter = new InMemorySpanExporter();
    const config = testConfig({ sim: { models: { [MODELS.opus]: { overloadedRate: 1 } } } });
    const gateway = await startGateway({ config, port: 0, host: '127.0.0.1', logger: createLogger({ level: 'silent' }), spanExporter: exporter });
    let answer: Anthropic.Message;
    let spans: ReadableSpan[];
    try {
      const client = new Anthropic({ baseURL: gateway.url, apiKey: KEYS.search, maxRetries: 0 });
      answer = await client.messages.create(
        { model: 'opus', max_tokens: 50, messages: [{ role: 'user', content: 'hi [sim:tokens=7]' }] },
        { headers: { traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01` } },
      );
      // The request's span ends when the server has closed the response, which may follow the client's last byte.
      await expect.poll(() => exporter.getFinishedSpans().some((s) => s.name === 'gateway.messages'), { timeout: 5_000, interval: 5 }).toBe(true);
      spans = exporter.getFinishedSpans(); // before drain: shutting the exporter down empties it
    } finally {
      await gateway.drain(1_000);
    }
    const byName = (name: string): ReadableSpan[] => spans.filter((s) => s.name === name);
    const [request] = byName('gateway.messages');
    expect(request).toBeDefined();
    expect(request!.spanContext().traceId).toBe(TRACE_ID);
    expect(request!.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    expect(request!.attributes).toMatchObject({
      'gen_ai.system': 'anthropic',
      'gen_ai.request.model': 'opus',
      'gen_ai.response.model': MODELS.sonnet,
      'gen_ai.usage.input_tokens': answer.usage.input_tokens,
      'gen_ai.usage.output_tokens': 7,
      'gateway.org': 'search',
      'gateway.tier': 'sonnet',
      'gateway.route': 'alias',
      'gateway.fallback_from': MODELS.opus,
      'http.response.status_code': 200,
    });
    expect(request!.attributes['gateway.cost_usd']).toBeGreaterThan(0);

    const children = spans.filter((s) => s.parentSpanContext?.spanId === request!.spanContext().spanId);
    expect(children.map((s) => s.name).sort()).toEqual(['gateway.budget_wait', 'gateway.upstream_attempt', 'gateway.upstream_attempt']);
    const attempts = byName('gateway.upstream_attempt').sort((a, b) => Number(a.attributes['gateway.attempt']) - Number(b.attributes['gateway.attempt']));
    expect(attempts.map((a) => a.attributes['gen_ai.request.model'])).toEqual([MODELS.opus, MODELS.sonnet]);
    expect(attempts[0]!.status.code).toBe(SpanStatusCode.ERROR);
    expect(attempts[1]!.attributes['http.response.status_code']).toBe(200);
    for (const span of spans) expect(span.spanContext().traceId).toBe(TRACE_ID);
  });

  it('is off without tracing.otlpEndpoint', async () => {
    const gateway = await startGateway({ config: testConfig(), port: 0, host: '127.0.0.1', logger: createLogger({ level: 'silent' }) });
    expect(gateway.services.tracing).toBeUndefined();
    await gateway.drain(1_000);
  });

  it('exports over OTLP/HTTP to tracing.otlpEndpoint (a receiver in this test)', async () => {
    const received: Array<{ path: string | undefined; type: string | undefined; body: string }> = [];
    const receiver = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ path: req.url, type: req.headers['content-type'], body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const config = testConfig({ tracing: { otlpEndpoint: endpoint, serviceName: 'gw-under-test' } });
    const gateway = await startGateway({ config, port: 0, host: '127.0.0.1', logger: createLogger({ level: 'silent' }) });
    try {
      const client = new Anthropic({ baseURL: gateway.url, apiKey: KEYS.search, maxRetries: 0 });
      await client.messages.create({ model: 'haiku', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }] });
    } finally {
      await gateway.drain(1_000); // shuts the tracer down, which exports what is buffered
      await new Promise((resolve) => receiver.close(resolve));
    }
    expect(received.length).toBeGreaterThan(0);
    expect(received[0]!.path).toBe('/v1/traces');
    const text = received.map((r) => r.body).join('\n');
    expect(text).toContain('gateway.messages');
    expect(text).toContain('gw-under-test');
    expect(text).toContain('gen_ai.response.model');
  });
});
