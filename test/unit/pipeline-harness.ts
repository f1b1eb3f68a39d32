import { createServer, IncomingMessage, ServerResponse, type Server } from 'node:http';
import { Socket } from 'node:net';
import { afterEach } from 'vitest';
import type { Config } from '../../src/config/schema.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics/registry.js';
import type { RequestContext, RouteDecision } from '../../src/pipeline/context.js';
import { newContext } from '../../src/pipeline/new-context.js';
import { createServices, type Services } from '../../src/services.js';
import { MODELS, testConfig } from '../helpers/config.js';
import { metricValue } from '../helpers/metrics.js';

/** How the scripted upstream answers one request for a model. */
export type Answer = (res: ServerResponse, req: IncomingMessage) => void;

export const event = (name: string, data: object): string => `event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`;
export const STREAM_START = event('message_start', { message: { model: 'm', usage: { input_tokens: 11, output_tokens: 1 } } });
export const delta = (text: string): string => event('content_block_delta', { index: 0, delta: { type: 'text_delta', text } });
export const STREAM_END = event('message_delta', { delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 7 } }) + event('message_stop', {});

export const json = (status: number, body: object, headers: Record<string, string> = {}): Answer => (res) => {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_up_${status}`, ...headers });
  res.end(JSON.stringify(body));
};
export const message = (model: string): Answer =>
  json(200, { id: 'msg_1', type: 'message', role: 'assistant', model, content: [{ type: 'text', text: 'hi' }], usage: { input_tokens: 3, output_tokens: 2 } });
export const overloaded = (headers: Record<string, string> = {}): Answer =>
  json(529, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }, headers);
/** SSE answer headers and these events, in one write; the connection stays open unless `end`. */
export const sse = (events: string, end = true): Answer => (res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'request-id': 'req_up_sse' });
  if (end) res.end(events);
  else res.write(events);
};

/** A loopback upstream that answers each POST by the `model` in its body, and notes the models asked, in order. */
export interface ScriptedUpstream {
  readonly url: string;
  readonly asked: string[];
  /** Responses still open (an SSE answer left open, say), to write to or cut from the test. */
  readonly open: ServerResponse[];
  answer(model: string, answer: Answer): void;
}

const servers: Server[] = [];
const services: Services[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  for (const server of servers.splice(0)) server.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

export async function scriptedUpstream(): Promise<ScriptedUpstream> {
  const answers = new Map<string, Answer>();
  const asked: string[] = [];
  const open: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const model = String((JSON.parse(Buffer.concat(chunks).toString()) as { model?: unknown }).model);
      asked.push(model);
      open.push(res);
      const answer = answers.get(model);
      if (answer) answer(res, req);
      else json(404, { type: 'error', error: { type: 'not_found_error', message: model } })(res, req);
    });
  });
  return { url: await listen(server), asked, open, answer: (model, answer) => answers.set(model, answer) };
}

/** The real long-lived services (memory limits, no Redis) over the given upstream, closed after the test. */
export function servicesFor(upstreamUrl: string, overrides: Record<string, unknown> = {}): Services {
  const config: Config = testConfig(overrides);
  const created = createServices({
    config,
    upstreamUrl,
    apiKey: 'sk-test',
    logger: createLogger({ level: 'silent' }),
    metrics: createMetrics({ defaultMetrics: false }),
  });
  services.push(created);
  return created;
}

export const decision = (chain: readonly string[] = [MODELS.opus, MODELS.sonnet, MODELS.haiku]): RouteDecision => ({
  tier: 'opus',
  model: chain[0] as string,
  chain,
  route: 'pinned',
  reason: 'test',
});

/**
 * A loopback server whose every request gets a fresh RequestContext and is handed to `handle`, as the
 * pipeline would after routing. An error `handle` throws is written as its status and JSON body. Resolves with its URL.
 */
export async function stageServer(svc: Services, handle: (ctx: RequestContext) => Promise<void>): Promise<string> {
  const server = createServer((req, res) => {
    const ctx = newContext(req, res, svc, 'messages');
    req.resume();
    req.on('end', () => {
      handle(ctx).catch((err: { status?: number; message?: string; headers?: Record<string, string> }) => {
        res.writeHead(err.status ?? 500, { 'content-type': 'application/json', ...(err.headers ?? {}) });
        res.end(JSON.stringify({ error: { message: err.message } }));
      });
    });
  });
  return listen(server);
}

export async function metric(svc: Services, name: string, labels: Record<string, string>): Promise<number | undefined> {
  return metricValue(await svc.metrics.registry.metrics(), name, labels);
}

/** A context for a request that reached dispatch: no socket, the given headers, the route decided. */
export function contextFor(svc: Services, options: { stream?: boolean; headers?: Record<string, string>; chain?: readonly string[] } = {}): RequestContext {
  const req = new IncomingMessage(new Socket());
  req.method = 'POST';
  req.url = '/v1/messages';
  req.headers = { 'content-type': 'application/json', ...options.headers };
  const ctx = newContext(req, new ServerResponse(req), svc, 'messages');
  ctx.stream = options.stream ?? false;
  ctx.route = decision(options.chain);
  return ctx;
}
