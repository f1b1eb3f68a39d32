import type { IncomingMessage, ServerResponse } from 'node:http';

/** The header a browser client opts in with (the SDK's `dangerouslyAllowBrowser`), as at Anthropic. */
const OPT_IN = 'anthropic-dangerous-direct-browser-access';
const MAX_REQUESTED_HEADERS = 2_000;

/** Whether the request is a CORS preflight or a browser call that opted in: the only ones `browserAccess` touches. */
export const isBrowserCall = (req: IncomingMessage): boolean => req.method === 'OPTIONS' || req.headers[OPT_IN] !== undefined;

/**
 * Browser access as Anthropic grants it (keys travel in headers, never cookies, so `*` is safe): a CORS preflight
 * is answered here (204, true when answered); a call carrying the opt-in header gets the headers that let the
 * browser read its answer, whatever the answer is.
 */
export function browserAccess(req: IncomingMessage, res: ServerResponse): boolean {
  const requestedMethod = req.headers['access-control-request-method'];
  if (req.method === 'OPTIONS' && requestedMethod !== undefined) {
    res.writeHead(204, [
      'access-control-allow-origin', '*',
      'access-control-allow-methods', 'GET, POST, DELETE, OPTIONS',
      'access-control-allow-headers', (req.headers['access-control-request-headers'] ?? '*').slice(0, MAX_REQUESTED_HEADERS),
      'access-control-max-age', '86400',
    ]);
    res.end();
    return true;
  }
  if (req.headers[OPT_IN] === 'true') {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-expose-headers', '*');
  }
  return false;
}
