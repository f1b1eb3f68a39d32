import type { Exchange } from './exchange.js';
import { sendError, sendJson } from './exchange.js';
import { handleChatCompletions } from './chat-completions.js';
import { fileFromMultipart, metadata } from './files.js';
import { parseJson } from './validate.js';
import type { BatchRequest } from './batches.js';

const BATCHES = '/v1/messages/batches';

function listQuery(url: string): { afterId?: string; beforeId?: string; limit: number } {
  const q = new URL(url, 'http://sim').searchParams;
  const limit = Math.min(1000, Math.max(1, Number(q.get('limit') ?? 20) || 20));
  return { afterId: q.get('after_id') ?? undefined, beforeId: q.get('before_id') ?? undefined, limit };
}

/** `results_url` is absolute at Anthropic: this simulator's own origin. */
function withOrigin(ex: Exchange, batch: object): string {
  return JSON.stringify(batch, (key, value: unknown) =>
    key === 'results_url' && typeof value === 'string' ? `http://${ex.req.headers.host ?? '127.0.0.1'}${value}` : value,
  );
}

function createBatch(ex: Exchange, raw: string): void {
  const json = parseJson(raw);
  if (!json.ok) return sendError(ex, 400, json.message);
  const requests = (json.value as { requests?: unknown }).requests;
  if (!Array.isArray(requests) || requests.length === 0) return sendError(ex, 400, 'requests: at least one request is required');
  const bad = requests.findIndex((r: { custom_id?: unknown; params?: unknown } | null) => typeof r?.custom_id !== 'string' || typeof r.params !== 'object');
  if (bad >= 0) return sendError(ex, 400, `requests.${bad}: custom_id and params are required`);
  sendJson(ex, 200, withOrigin(ex, ex.state.batches.create(requests as BatchRequest[])));
}

function batchRoute(ex: Exchange, method: string, rest: string, raw: string): void {
  const { batches } = ex.state;
  if (rest === '') {
    if (method === 'POST') return createBatch(ex, raw);
    return sendJson(ex, 200, withOrigin(ex, batches.list(listQuery(ex.req.url ?? ''))));
  }
  const [id = '', action = ''] = rest.slice(1).split('/');
  const missing = (): void => sendError(ex, 404, `message batch ${id} not found`);
  if (method === 'GET' && action === 'results') {
    const lines = batches.results(id);
    if (lines === undefined) return missing();
    if (lines === false) return sendError(ex, 400, `Batch ${id} is still processing; results are available once it has ended.`);
    ex.res.writeHead(200, { 'content-type': 'application/x-jsonl', 'content-length': Buffer.byteLength(lines), 'request-id': ex.requestId });
    ex.res.end(lines);
    return ex.state.countResponse(200);
  }
  if (method === 'POST' && action === 'cancel') {
    const batch = batches.cancel(id);
    return batch ? sendJson(ex, 200, withOrigin(ex, batch)) : missing();
  }
  if (method === 'DELETE' && action === '') {
    const deleted = batches.delete(id);
    if (deleted === undefined) return missing();
    if (deleted === 'in_progress') return sendError(ex, 400, `Batch ${id} is still processing; cancel it before deleting it.`);
    return sendJson(ex, 200, JSON.stringify({ id, type: 'message_batch_deleted' }));
  }
  const batch = method === 'GET' && action === '' ? batches.get(id) : undefined;
  return batch ? sendJson(ex, 200, withOrigin(ex, batch)) : missing();
}

function fileRoute(ex: Exchange, method: string, rest: string, body: Buffer): void {
  const { files } = ex.state;
  if (rest === '' && method === 'POST') {
    const part = fileFromMultipart(ex.req.headers['content-type'], body);
    return part ? sendJson(ex, 200, JSON.stringify(files.add(part))) : sendError(ex, 400, 'file: Field required');
  }
  if (rest === '') return sendJson(ex, 200, JSON.stringify(files.list(listQuery(ex.req.url ?? ''))));
  const [id = '', action = ''] = rest.slice(1).split('/');
  const file = files.get(id);
  if (!file) return sendError(ex, 404, `File not found: ${id}`);
  if (method === 'DELETE' && action === '') {
    files.delete(id);
    return sendJson(ex, 200, JSON.stringify({ id, type: 'file_deleted' }));
  }
  if (method === 'GET' && action === 'content') {
    ex.res.writeHead(200, { 'content-type': file.mimeType, 'content-length': file.bytes.length, 'request-id': ex.requestId });
    ex.res.end(file.bytes);
    return ex.state.countResponse(200);
  }
  if (method === 'GET' && action === '') return sendJson(ex, 200, JSON.stringify(metadata(file)));
  sendError(ex, 404, 'Not Found');
}

export const isMoreApi = (method: string, path: string): boolean =>
  path === BATCHES || path.startsWith(`${BATCHES}/`) || path === '/v1/files' || path.startsWith('/v1/files/') || (method === 'POST' && path === '/v1/chat/completions');

/** Message Batches, Files and OpenAI chat completions (paths for which `isMoreApi` holds). */
export function handleMoreApi(ex: Exchange, method: string, path: string, body: Buffer): void {
  if (path === '/v1/chat/completions') handleChatCompletions(ex, body.toString('utf8'));
  else if (path.startsWith('/v1/files')) fileRoute(ex, method, path.slice('/v1/files'.length), body);
  else batchRoute(ex, method, path.slice(BATCHES.length), body.toString('utf8'));
}
