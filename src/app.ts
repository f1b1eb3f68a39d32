import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CompiledConfig } from './config/compiled.js';
import type { OrgConfig } from './config/schema.js';
import express, { type NextFunction, type Request, type Response } from 'express';
import { browserAccess } from './browser-access.js';
import { mountBatches } from './batches/routes.js';
import { errorBody, errorHeaders, GatewayError, notFound } from './errors.js';
import { mountFiles } from './files/routes.js';
import { writeExposition } from './metrics/exposition.js';
import { modelFor, modelsFor } from './models-list.js';
import { pageQuery } from './ownership/page.js';
import { handleChatCompletions } from './openai/handler.js';
import { authenticate } from './pipeline/authenticate.js';
import { handleCountTokens } from './pipeline/count-tokens.js';
import { handleMessages, replyError } from './pipeline/index.js';
import { newContext, newRequestId } from './pipeline/new-context.js';
import { spendHandler } from './pipeline/spend-endpoint.js';
import type { Services } from './services.js';

/** Express wiring only: each route hands over to its handler; the stages live in pipeline/. */
export function createApp(services: Services): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.post('/v1/messages', (req, res) => void handleMessages(newContext(req, res, services, 'messages')));
  app.post('/v1/messages/count_tokens', (req, res) => void handleCountTokens(newContext(req, res, services, 'count_tokens')));
  app.post('/v1/chat/completions', (req, res) => void handleChatCompletions(newContext(req, res, services, 'chat_completions')));
  mountBatches(app, services);
  mountFiles(app, services);
  app.get('/v1/models', modelsHandler(services, (org, conf, req) => modelsFor(org, conf, pageQuery(new URL(req.url, 'http://gateway').searchParams))));
  app.get('/v1/models/:id', modelsHandler(services, (org, conf, req) => modelFor(String(req.params.id), org, conf)));

  app.get('/v1/gateway/spend', spendHandler(services));

  // With a metrics or admin port, /metrics lives there only: the client port must not show every org's traffic.
  const { metricsPort, adminPort } = services.current().config.server;
  if (metricsPort === 0 && adminPort === 0) app.get('/metrics', metricsHandler(services));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    const limits = services.limits.status();
    const ownership = services.ownership.status();
    // A Redis outage is judged by the limits' failure mode (same Redis); a broken local store is not ready.
    const ownershipOk = ownership.healthy || ownership.store === 'redis';
    const ready = !services.draining && (limits.healthy || limits.mode !== 'fail-closed') && ownershipOk;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', draining: services.draining, limits, ownership });
  });

  app.use((req: Request, res: Response) => {
    sendError(res, notFound(`${req.method} ${req.path} not found`));
  });
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    services.logger.error({ err }, 'unhandled error in express');
    sendError(res, new GatewayError('GW_INTERNAL', 'Internal gateway error'));
  });
  return app;
}

const isMessagesCall = (req: IncomingMessage): boolean =>
  req.method === 'POST' && (req.url === '/v1/messages' || req.url?.startsWith('/v1/messages?') === true);

/**
 * The server's request listener: the Messages call, which is nearly all traffic, goes straight to its
 * pipeline; everything else through Express. Both end in the same handler.
 */
export function createRequestListener(services: Services): (req: IncomingMessage, res: ServerResponse) => void {
  const app = createApp(services);
  return (req, res) => {
    if (browserAccess(req, res)) return;
    if (isMessagesCall(req)) void handleMessages(newContext(req, res, services, 'messages'));
    else app(req, res);
  };
}

/** The models endpoints: authenticated, answered from the org's view of the catalogue, no upstream call. */
function modelsHandler(services: Services, answer: (org: OrgConfig, conf: CompiledConfig, req: Request) => unknown) {
  return (req: Request, res: Response): void => {
    const ctx = newContext(req, res, services, 'count_tokens');
    try {
      res.json(answer(authenticate(req.headers, ctx.conf), ctx.conf, req));
    } catch (err) {
      replyError(ctx, err);
    }
  };
}

export function metricsHandler(services: Services) {
  return async (_req: Request, res: Response): Promise<void> => {
    res.setHeader('content-type', services.metrics.registry.contentType);
    await writeExposition(services.metrics.registry, (text) => {
      if (!res.destroyed) res.write(text);
    });
    res.end();
  };
}

export function sendError(res: Response, error: GatewayError): void {
  if (res.headersSent) return;
  const id = newRequestId();
  res.status(error.status).set('request-id', id).set(errorHeaders(error.code)).json(errorBody(error.type, error.message, id));
}
