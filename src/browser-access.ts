import type { IncomingMessage, ServerResponse } from 'node:http';

/** The header a browser client opts in with (the SDK's `dangerouslyAllowBrowser`), as at Anthropic. */
const OPT_IN = 'anthropic-dangerous-direct-browser-access';
const MAX_REQUESTED_HEADERS = 2_000;

/**
 * Browser access as Anthropic grants it (keys travel in headers, never cookies, so `*` is safe): a CORS preflight
 * is answered here (204, true when answered); a call carrying the opt-in header gets the headers that let the
 * browser read its answer, whatever the answer is. Any other request is left as it came.
 */
export function browserAccess(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
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
