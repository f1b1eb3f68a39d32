import type { IncomingMessage } from 'node:http';
import type express from 'express';
import type { OrgConfig } from '../config/schema.js';
import { invalidRequest } from '../errors.js';
import { fromStore, requireOwned } from '../ownership/guard.js';
import { listOwned } from '../passthrough/list-owned.js';
import { answer, apiRoute, pipeAnswer } from '../passthrough/handler.js';
import { callUpstream, readAll } from '../passthrough/upstream-call.js';
import type { RequestContext } from '../pipeline/context.js';
import type { Services } from '../services.js';
import { upstreamPath } from '../upstream/client.js';

const BASE = '/v1/files';

function filePath(ctx: RequestContext, id: string, action = ''): string {
  return upstreamPath(`${BASE}/${encodeURIComponent(id)}${action}`, ctx.req.url);
}

/** POST /v1/files (query aside). */
export const isFileUpload = (req: IncomingMessage): boolean => req.method === 'POST' && (req.url ?? '').split('?')[0] === BASE;

/**
 * The multipart body goes to the upstream as it arrives, never held whole; the new file's id is then
 * recorded as this org's.
 */
async function upload(ctx: RequestContext, org: OrgConfig): Promise<void> {
  const { req, services } = ctx;
  const contentType = req.headers['content-type'];
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) throw invalidRequest('content-type: must be multipart/form-data');
  const contentLength = req.headers['content-length'];
  const response = await callUpstream(ctx, { method: 'POST', path: upstreamPath(BASE, req.url), body: req, upload: { contentType, contentLength } });
  const bytes = await readAll(response);
  if (response.statusCode === 200) {
    const file = JSON.parse(bytes.toString('utf8')) as { id?: unknown; created_at?: unknown };
    const createdAt = typeof file.created_at === 'string' ? Date.parse(file.created_at) : Number.NaN;
    await fromStore(services.ownership.add(org.id, 'file', String(file.id), Number.isFinite(createdAt) ? createdAt : Date.now()));
  }
  answer(ctx, response.statusCode, response.headers, bytes);
}

async function relayFile(ctx: RequestContext, method: 'GET' | 'DELETE', path: string): Promise<boolean> {
  const response = await callUpstream(ctx, { method, path });
  answer(ctx, response.statusCode, response.headers, await readAll(response));
  return response.statusCode === 200;
}

async function content(ctx: RequestContext, id: string): Promise<void> {
  const response = await callUpstream(ctx, { method: 'GET', path: filePath(ctx, id, '/content') });
  if (response.statusCode !== 200) return answer(ctx, response.statusCode, response.headers, await readAll(response));
  await pipeAnswer(ctx, response);
}

/** The Files API, each file visible only to the org that uploaded it (others get 404, as for no file). */
export function mountFiles(app: express.Express, services: Services): void {
  const owned = (step: (ctx: RequestContext, org: OrgConfig, id: string) => Promise<unknown>) =>
    apiRoute(services, 'files', async (ctx, org, params) => {
      const id = params.id ?? '';
      await requireOwned(services.ownership, org.id, 'file', id);
      await step(ctx, org, id);
    });

  app.post(BASE, apiRoute(services, 'files', upload));
  app.get(BASE, apiRoute(services, 'files', (ctx, org) => listOwned(ctx, org, 'file', (id) => `${BASE}/${encodeURIComponent(id)}`)));
  app.get(`${BASE}/:id`, owned((ctx, _org, id) => relayFile(ctx, 'GET', filePath(ctx, id))));
  app.get(`${BASE}/:id/content`, owned((ctx, _org, id) => content(ctx, id)));
  app.delete(
    `${BASE}/:id`,
    owned(async (ctx, org, id) => {
      if (await relayFile(ctx, 'DELETE', filePath(ctx, id))) await fromStore(services.ownership.remove(org.id, 'file', id));
    }),
  );
}
