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
    timings: { arrivedAt: performance.now(), admittedAt: undefined, upstreamSentAt: undefined, upstreamHeadersAt: undefined, firstTokenAt: undefined, upstreamEndedAt: undefined, finishedAt: undefined },
    headers: new ResponseHeaders(),
    kind,
    stream: false,
    // Every member from the start, in one order: the stages add them as they learn them, and each added member
    // was a new hidden class, so code reading the context at different stages saw several (docs/performance-rules.md).
    org: undefined,
    body: undefined,
    route: undefined,
    model: undefined,
    fallbackFrom: undefined,
    upstreamRequestId: undefined,
    status: undefined,
    usage: undefined,
    errorType: undefined,
    errorCode: undefined,
    queuedMs: undefined,
    trace: undefined,
    money: undefined,
  };
}
