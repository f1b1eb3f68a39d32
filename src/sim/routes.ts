import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleControl } from './control.js';
import { handleMoreApi, isMoreApi } from './api-routes.js';
import { createExchange, errorJson, readRawBody, recordRequest, sendError, sendJson, type Exchange } from './exchange.js';
import { handleMessages, RATE_LIMIT_MESSAGE } from './messages.js';
import { modelInfo, modelsPage } from './models.js';
import type { SimState } from './state.js';
import { countTokens } from './tokenizer.js';
import { checkCountTokensBody, parseJson } from './validate.js';

function handleCountTokens(ex: Exchange, raw: string): void {
  const json = parseJson(raw);
  if (!json.ok) return sendError(ex, 400, json.message);
  const checked = checkCountTokensBody(json.value, ex.req.headers['anthropic-beta']);
  if (!checked.ok) return sendError(ex, 400, checked.message);
  const { model } = checked.value;
  if (ex.state.knownModels && !ex.state.knownModels.has(model)) return sendError(ex, 404, `model: ${model}`);
  // Counting has its own rate limit at the API: the model's simulated 429s apply to it too.
  const behaviour = ex.state.behaviour(model);
  if (ex.state.roll(model, behaviour.rateLimitedRate)) return sendError(ex, 429, RATE_LIMIT_MESSAGE, { 'retry-after': String(behaviour.retryAfterSeconds ?? 1) });
  ex.state.stats.countTokens++;
  sendJson(ex, 200, `{"input_tokens":${countTokens(checked.value)}}`);
}

/** Upstream checks the key, then the version header, before anything else. */
function refuseUnauthenticated(ex: Exchange): boolean {
  const h = ex.req.headers;
  if (!h['x-api-key'] && !/^Bearer \S/i.test(h.authorization ?? '')) {
    sendError(ex, 401, 'x-api-key header is required');
    return true;
  }
  // The OpenAI-compatible endpoint is called by OpenAI's SDKs, which send no anthropic-version.
  if (!h['anthropic-version'] && ex.path !== '/v1/chat/completions') {
    sendError(ex, 400, 'anthropic-version: header is required');
    return true;
  }
  return false;
}

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

async function route(state: SimState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const method = req.method ?? 'GET';
  const control = path.startsWith('/_sim/');
  const ex = createExchange(state, req, res, path, !control);
  const bytes = await readRawBody(req);
  if (bytes === null) return sendError(ex, 413, 'Request exceeds the maximum allowed number of bytes.');
  const raw = bytes.toString('utf8');
  if (control) return handleControl(ex, method, raw);
  recordRequest(ex, raw);
  const more = isMoreApi(method, path);
  const known =
    more ||
    (method === 'POST' && (path === '/v1/messages' || path === '/v1/messages/count_tokens')) ||
    (method === 'GET' && (path === '/v1/models' || path.startsWith('/v1/models/')));
  if (!known) return sendError(ex, 404, 'Not Found');
  if (refuseUnauthenticated(ex)) return;
  if (more) return handleMoreApi(ex, method, path, bytes);
  if (path === '/v1/messages') return handleMessages(ex, raw);
  if (path === '/v1/messages/count_tokens') return handleCountTokens(ex, raw);
  if (path === '/v1/models') return sendJson(ex, 200, modelsPage(state.listedModels));
  const id = safeDecode(path.slice('/v1/models/'.length));
  if (state.knownModels && !state.knownModels.has(id)) return sendError(ex, 404, `model: ${id}`);
  sendJson(ex, 200, JSON.stringify(modelInfo(id)));
}

/** The request listener: every answer, error or not, carries a request-id. */
export function createRequestListener(state: SimState): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(state, req, res).catch((err: unknown) => {
      if (res.headersSent || res.destroyed) return void res.destroy();
      const requestId = `req_sim_${state.nextId()}`;
      // A body nested past what the readers can walk (tool results in tool results, thousands deep) is the
      // caller's fault, as at the API: 400, never 500.
      const tooDeep = err instanceof RangeError;
      const body = tooDeep ? errorJson('invalid_request_error', 'The request body is nested too deeply', requestId) : errorJson('api_error', 'Internal server error', requestId);
      res.writeHead(tooDeep ? 400 : 500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'request-id': requestId });
      res.end(body);
    });
  };
}
