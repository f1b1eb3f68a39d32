/** "claude-sonnet-4-6" -> "Claude Sonnet 4.6"; "claude-3-5-haiku-20241022" -> "Claude 3.5 Haiku". */
export function displayName(id: string): string {
  const parts = id.split('-').filter((p) => !/^\d{8}$/.test(p));
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (/^\d+$/.test(p) && prev !== undefined && /^\d+(\.\d+)*$/.test(prev)) out[out.length - 1] = `${prev}.${p}`;
    else out.push(/^\d/.test(p) ? p : p[0].toUpperCase() + p.slice(1));
  }
  return out.join(' ');
}

const CREATED_AT = '2025-01-01T00:00:00Z';

export const modelInfo = (id: string) => ({ type: 'model', id, display_name: displayName(id), created_at: CREATED_AT });

/** GET /v1/models in Anthropic's list shape (one page: has_more is false). */
export function modelsPage(ids: readonly string[]): string {
  return JSON.stringify({
    data: ids.map(modelInfo),
    has_more: false,
    first_id: ids.length > 0 ? ids[0] : null,
    last_id: ids.length > 0 ? ids[ids.length - 1] : null,
  });
}
