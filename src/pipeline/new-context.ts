import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Services } from '../services.js';
import type { RequestContext } from './context.js';

/** Request ids the gateway issues itself (for errors it answers without asking the upstream). */
export const newRequestId = (): string => `req_gw_${randomBytes(12).toString('hex')}`;

export function newContext(req: IncomingMessage, res: ServerResponse, services: Services, kind: RequestContext['kind']): RequestContext {
  const clientAbort = new AbortController();
  // 'close' before the response finished means the caller went away: stop queueing and the upstream call.
  res.once('close', () => {
    if (!res.writableFinished) clientAbort.abort();
  });
  return {
    id: newRequestId(),
    req,
    res,
    conf: services.current(),
    services,
    clientAbort,
    timings: { arrivedAt: performance.now() },
    kind,
    stream: false,
  };
}
