import { invalidRequest } from '../errors.js';

export interface PageQuery {
  readonly afterId?: string;
  readonly beforeId?: string;
  readonly limit: number;
}

const MAX_LIMIT = 1000;

/** A list call's `limit` (1-1000, default 20), `after_id` and `before_id`, as Anthropic takes them; 400 otherwise. */
export function pageQuery(search: URLSearchParams): PageQuery {
  const raw = search.get('limit');
  const limit = raw === null ? 20 : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw invalidRequest(`limit: must be an integer from 1 to ${MAX_LIMIT}`);
  const afterId = search.get('after_id') ?? undefined;
  const beforeId = search.get('before_id') ?? undefined;
  if (afterId !== undefined && beforeId !== undefined) throw invalidRequest('after_id and before_id cannot be used together');
  return { afterId, beforeId, limit };
}

export interface Page {
  readonly ids: string[];
  readonly hasMore: boolean;
}

/**
 * One page of a newest-first list, as Anthropic pages: `after_id` gives the `limit` items right after that
 * id (older ones), `before_id` the `limit` items right before it (newer ones), and `has_more` says whether
 * more lie further in that direction. An id the org does not own gives an empty page.
 */
export function pageOf(ids: readonly string[], query: PageQuery): Page {
  const { afterId, beforeId, limit } = query;
  if (beforeId !== undefined) {
    const end = ids.indexOf(beforeId);
    if (end < 0) return { ids: [], hasMore: false };
    const start = Math.max(0, end - limit);
    return { ids: ids.slice(start, end), hasMore: start > 0 };
  }
  const start = afterId === undefined ? 0 : ids.indexOf(afterId) + 1;
  if (afterId !== undefined && start === 0) return { ids: [], hasMore: false };
  return { ids: ids.slice(start, start + limit), hasMore: start + limit < ids.length };
}
