import { simConfigSchema, type SimModelBehaviour } from '../config/schema.js';
import { sendError, sendJson, type Exchange } from './exchange.js';
import { checkWith, parseJson } from './validate.js';

const behaviourSchema = simConfigSchema.shape.models.unwrap().valueType;

const ok = (ex: Exchange, value: unknown): void => sendJson(ex, 200, JSON.stringify(value));

function putBehaviour(ex: Exchange, model: string, raw: string): void {
  const json = parseJson(raw);
  if (!json.ok) return sendError(ex, 400, json.message);
  const checked = checkWith<SimModelBehaviour>(behaviourSchema, json.value);
  if (!checked.ok) return sendError(ex, 400, checked.message);
  ex.state.setBehaviour(model, checked.value);
  ok(ex, { model, behaviour: checked.value });
}

/**
 * The simulator's own control surface, outside the Anthropic API:
 * PUT /_sim/models/:model, GET and DELETE /_sim/models, GET /_sim/stats, GET /_sim/requests, POST /_sim/reset, POST /_sim/batches/end.
 */
export function handleControl(ex: Exchange, method: string, raw: string): void {
  const { state, path } = ex;
  if (path.startsWith('/_sim/models/') && method === 'PUT') {
    let model: string;
    try {
      model = decodeURIComponent(path.slice('/_sim/models/'.length));
    } catch {
      return sendError(ex, 400, 'model: invalid URL encoding');
    }
    if (model.length === 0) return sendError(ex, 400, 'model: Field required');
    return putBehaviour(ex, model, raw);
  }
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /_sim/models':
      return ok(ex, { config: state.config.models, effective: Object.fromEntries(state.listedModels.map((m) => [m, state.behaviour(m)])) });
    case 'DELETE /_sim/models':
      state.clearBehaviours();
      return ok(ex, { ok: true });
    case 'GET /_sim/stats':
      return ok(ex, state.snapshot());
    case 'GET /_sim/requests':
      return ok(ex, state.recorded());
    case 'POST /_sim/batches/end':
      return ok(ex, { ended: state.batches.endAll() });
    case 'POST /_sim/reset':
      state.reset();
      return ok(ex, { ok: true });
    default:
      return sendError(ex, 404, `Not Found: ${method} ${path}`);
  }
}
