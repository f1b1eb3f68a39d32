import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Services } from '../services.js';
import { ClientGone } from './client-gone.js';
import type { RequestContext } from './context.js';
import { ResponseHeaders } from './response-headers.js';

// Unique per process start; a counter after it keeps ids unique without a random draw per request.
const INSTANCE = randomBytes(6).toString('hex');
let sequence = 0;

/** Request ids the gateway issues itself (for errors it answers without asking the upstream). */
export const newRequestId = (): string => `req_gw_${INSTANCE}${(++sequence).toString(36).padStart(6, '0')}`;

export function newContext(req: IncomingMessage, res: ServerResponse, services: Services, kind: RequestContext['kind']): RequestContext {
  const clientGone = new ClientGone();
  // 'close' before the response finished means the caller went away: stop queueing and the upstream call.
  // A response closes once, so `on` (no wrapper made, unlike `once`).
  res.on('close', () => {
    if (!res.writableFinished) clientGone.fire();
  });
  return {
    id: newRequestId(),
    req,
    res,
    conf: services.current(),
    services,
    clientGone,
    timings: { arrivedAt: performance.now() },
    headers: new ResponseHeaders(),
    kind,
    stream: false,
  };
}
