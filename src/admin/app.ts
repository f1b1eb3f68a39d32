import { timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { metricsHandler, sendError } from '../app.js';
import { authenticationError, GatewayError, notFound } from '../errors.js';
import { hashKey, presentedKey } from '../pipeline/authenticate.js';
import type { Services } from '../services.js';
import { adminSpendHandler } from '../pipeline/spend-endpoint.js';

/** Whether the presented Bearer key hashes to one of admin.keys; every configured hash is compared in constant time. */
function isAdmin(req: Request, services: Services): boolean {
  const auth = req.headers.authorization;
  const key = typeof auth === 'string' ? presentedKey({ authorization: auth }) : undefined;
  if (key === undefined) return false;
  const digest = Buffer.from(hashKey(key), 'hex');
  let found = false;
  for (const hash of services.current().config.admin.keys) {
    found = timingSafeEqual(Buffer.from(hash.slice('sha256:'.length), 'hex'), digest) || found;
  }
  return found;
}

/**
 * The admin port (server.adminPort): /metrics without a key, /admin/* with `Authorization: Bearer <admin key>`.
 * It is never mounted on the client port.
 */
export function createAdminApp(services: Services): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.get('/metrics', metricsHandler(services));

  const adminOnly = (req: Request, res: Response, next: NextFunction): void => {
    if (isAdmin(req, services)) return next();
    sendError(res, authenticationError('an admin key is required: Authorization: Bearer <admin key>'));
  };
  app.use('/admin', adminOnly);
  // Every org's spend ledger (docs/money.md); the client port shows an org only its own.
  app.get('/v1/gateway/spend', adminOnly, adminSpendHandler(services));
  app.get('/admin/breakers', (_req, res) => {
    res.json({ breakers: services.breakers.views() });
  });
  app.post('/admin/breakers/:model/reset', (req, res) => {
    const model = req.params.model;
    if (!services.breakers.reset(model)) return sendError(res, notFound(`no circuit breaker for model "${model}"`));
    res.json({ breaker: services.breakers.views().find((b) => b.model === model) });
  });
  app.get('/admin/orgs/:id/budget', async (req, res) => {
    const view = await services.limits.budgetView(req.params.id);
    if (!view) return sendError(res, notFound(`no org "${req.params.id}"`));
    res.json(view);
  });

  app.use((req: Request, res: Response) => sendError(res, notFound(`${req.method} ${req.path} not found`)));
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    services.logger.error({ err }, 'unhandled error on the admin port');
    sendError(res, new GatewayError('GW_INTERNAL', 'Internal gateway error'));
  });
  return app;
}
