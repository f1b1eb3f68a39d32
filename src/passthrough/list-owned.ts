import { GatewayError } from '../errors.js';
import { upstreamStatusCode } from '../upstream/attempt-error.js';
import type { OrgConfig } from '../config/schema.js';
import { fromStore } from '../ownership/guard.js';
import { pageOf, pageQuery } from '../ownership/page.js';
import type { ResourceKind } from '../ownership/store.js';
import type { RequestContext } from '../pipeline/context.js';
import { answer } from './handler.js';
import { callUpstream, readAll } from './upstream-call.js';

/** Upstream look-ups in flight at once while one page is assembled. */
const PARALLEL = 16;


/**
 * A list endpoint (batches, files) answered from the org's own ids: the upstream sees one account and
 * would list every org's objects, so the gateway pages the org's ids itself and looks each item up.
 * Items the upstream no longer has (deleted, expired) are left out of the page.
 */
export async function listOwned(
  ctx: RequestContext,
  org: OrgConfig,
  kind: ResourceKind,
  itemPath: (id: string) => string,
  shown: (item: Record<string, unknown>) => unknown = (item) => item,
): Promise<void> {
  const search = new URL(ctx.req.url ?? '/', 'http://gateway').searchParams;
  const query = pageQuery(search);
  const beta = search.has('beta') ? `?beta=${encodeURIComponent(search.get('beta') ?? '')}` : '';
  const page = pageOf(await fromStore(ctx.services.ownership.ids(org.id, kind)), query);
  const items: unknown[] = [];
  for (let i = 0; i < page.ids.length; i += PARALLEL) {
    const slice = page.ids.slice(i, i + PARALLEL);
    items.push(...(await Promise.all(slice.map((id) => lookUp(ctx, itemPath(id) + beta)))));
  }
  const data = items.filter((item): item is Record<string, unknown> => item !== undefined).map(shown);
  const ids = data.map((item) => (item as { id?: unknown }).id);
  const body = { data, has_more: page.hasMore, first_id: ids[0] ?? null, last_id: ids.at(-1) ?? null };
  answer(ctx, 200, { 'content-type': 'application/json' }, JSON.stringify(body));
}

async function lookUp(ctx: RequestContext, path: string): Promise<Record<string, unknown> | undefined> {
  const response = await callUpstream(ctx, { method: 'GET', path });
  const bytes = await readAll(response);
  if (response.statusCode === 404) return undefined;
  if (response.statusCode !== 200) throw new GatewayError(upstreamStatusCode(response.statusCode), upstreamMessage(bytes, response.statusCode), {}, response.statusCode);
  return JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
}

function upstreamMessage(bytes: Buffer, status: number): string {
  try {
    const message = (JSON.parse(bytes.toString('utf8')) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === 'string') return message;
  } catch {
    // not JSON
  }
  return `upstream answered ${status}`;
}
