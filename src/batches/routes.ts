import type express from 'express';
import type { OrgConfig } from '../config/schema.js';
import { parseBatch, parseFor } from '../messages/parse-off-thread.js';
import { fromStore, requireOwned } from '../ownership/guard.js';
import { listOwned } from '../passthrough/list-owned.js';
import { answer, apiRoute, pipeAnswer } from '../passthrough/handler.js';
import { callerOrigin, callUpstream, readAll } from '../passthrough/upstream-call.js';
import type { RequestContext } from '../pipeline/context.js';
import { readBody } from '../pipeline/read-body.js';
import type { Services } from '../services.js';
import { admitBatch, admitBatchUsd, recordBatchSpend } from './budget.js';
import { BATCH_PRICE_FACTOR, recordBatchUsage, ResultsTally } from './results-cost.js';
import { chargeBatch } from '../money/batch.js';
import { upstreamPath } from '../upstream/client.js';

const BASE = '/v1/messages/batches';

/** The upstream path of one batch (built from the decoded id, so no path trick reaches the upstream), `beta` kept. */
function batchPath(ctx: RequestContext, id: string, action = ''): string {
  return upstreamPath(`${BASE}/${encodeURIComponent(id)}${action}`, ctx.req.url);
}

/** `results_url` points at the gateway, which checks ownership, never at the upstream. */
function shown(ctx: RequestContext, batch: Record<string, unknown>): Record<string, unknown> {
  if (typeof batch.results_url === 'string' && typeof batch.id === 'string') {
    batch.results_url = `${callerOrigin(ctx)}${BASE}/${encodeURIComponent(batch.id)}/results`;
  }
  return batch;
}

/** Answers with the upstream's batch object (results_url rewritten), or its error as it came. */
async function relayBatch(ctx: RequestContext, method: 'GET' | 'POST' | 'DELETE', path: string): Promise<Record<string, unknown> | undefined> {
  const response = await callUpstream(ctx, { method, path });
  const bytes = await readAll(response);
  if (response.statusCode !== 200) return void answer(ctx, response.statusCode, response.headers, bytes);
  const batch = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  answer(ctx, 200, response.headers, JSON.stringify(shown(ctx, batch)));
  return batch;
}

async function create(ctx: RequestContext, org: OrgConfig): Promise<void> {
  const { services, conf, req } = ctx;
  // Batches keep budgets of their own (budget.js), so no per-request refusal before the parse.
  const raw = await readBody(req, conf.config.server.bodyLimitBytes);
  const prepared = await parseBatch(raw, parseFor(ctx, org), conf, { org, maxTierHeader: req.headers['x-gateway-max-tier'] });
  for (const id of prepared.fileIds) await requireOwned(services.ownership, org.id, 'file', id);
  await admitBatchUsd(services.ownership, services.metrics, org);
  const refund = await admitBatch(services.ownership, services.metrics, org, prepared.decisions.length);
  for (const d of prepared.decisions) services.metrics.routingDecisions.inc({ org: org.id, tier: d.tier, route: d.route });

  const response = await callUpstream(ctx, { method: 'POST', path: upstreamPath(BASE, req.url), body: prepared.body });
  const bytes = await readAll(response);
  if (response.statusCode !== 200) {
    await refund();
    return answer(ctx, response.statusCode, response.headers, bytes);
  }
  const batch = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  const createdAt = typeof batch.created_at === 'string' ? Date.parse(batch.created_at) : Number.NaN;
  await fromStore(services.ownership.add(org.id, 'batch', String(batch.id), Number.isFinite(createdAt) ? createdAt : Date.now()));
  answer(ctx, 200, response.headers, JSON.stringify(shown(ctx, batch)));
}

/** Streams the JSON Lines through; once they are all read, the batch's cost is counted (once per batch). */
async function results(ctx: RequestContext, org: OrgConfig, id: string): Promise<void> {
  const { services } = ctx;
  const response = await callUpstream(ctx, { method: 'GET', path: batchPath(ctx, id, '/results') });
  if (response.statusCode !== 200) return answer(ctx, response.statusCode, response.headers, await readAll(response));
  const tally = new ResultsTally();
  await pipeAnswer(ctx, response, (chunk) => tally.push(chunk));
  tally.end();
  if (await fromStore(services.ownership.markCounted(org.id, id))) {
    await recordBatchSpend(services.ownership, org, recordBatchUsage(services.metrics, ctx.conf, org.id, tally));
    await chargeBatch(services.money, ctx.conf, org, tally.byModel, BATCH_PRICE_FACTOR).catch((err: unknown) =>
      services.logger.warn({ err: String(err), org: org.id }, 'batch spend not charged'),
    );
  }
}

/** Message Batches, each batch visible only to the org that created it (others get 404, as for no batch). */
export function mountBatches(app: express.Express, services: Services): void {
  const owned =
    (step: (ctx: RequestContext, org: OrgConfig, id: string) => Promise<unknown>) =>
    apiRoute(services, 'batches', async (ctx, org, params) => {
      const id = params.id ?? '';
      await requireOwned(services.ownership, org.id, 'batch', id);
      await step(ctx, org, id);
    });

  app.post(BASE, apiRoute(services, 'batches', create));
  app.get(BASE, apiRoute(services, 'batches', (ctx, org) => listOwned(ctx, org, 'batch', (id) => `${BASE}/${encodeURIComponent(id)}`, (b) => shown(ctx, b))));
  app.get(`${BASE}/:id`, owned((ctx, _org, id) => relayBatch(ctx, 'GET', batchPath(ctx, id))));
  app.get(`${BASE}/:id/results`, owned(results));
  app.post(`${BASE}/:id/cancel`, owned((ctx, _org, id) => relayBatch(ctx, 'POST', batchPath(ctx, id, '/cancel'))));
  app.delete(
    `${BASE}/:id`,
    owned(async (ctx, org, id) => {
      if (await relayBatch(ctx, 'DELETE', batchPath(ctx, id))) await fromStore(services.ownership.remove(org.id, 'batch', id));
    }),
  );
}
