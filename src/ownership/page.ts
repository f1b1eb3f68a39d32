export interface PageQuery {
  readonly afterId?: string;
  readonly beforeId?: string;
  readonly limit: number;
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
