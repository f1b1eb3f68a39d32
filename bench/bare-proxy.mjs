#!/usr/bin/env node
// The floor: a bare Node `http` pass-through proxy. No parsing, no routing, no limits, no metrics, no logs:
// status, headers and body bytes are copied from client to upstream and back, over a keep-alive Agent.
// usage: node bench/bare-proxy.mjs --upstream http://127.0.0.1:PORT [--port N] [--host H]
// Prints `PROXY_URL=http://HOST:PORT` when listening.
import http from 'node:http';
import { parseArgs } from 'node:util';
import { serve } from './lib/serve.mjs';

const { values } = parseArgs({
  options: { upstream: { type: 'string' }, port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' } },
});
if (!values.upstream) {
  process.stderr.write('bare-proxy: --upstream URL is required\n');
  process.exit(2);
}
const target = new URL(values.upstream);
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 1024, scheduling: 'lifo' });

// Hop-by-hop headers are not forwarded (RFC 9110 7.6.1); everything else is copied as is.
const HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'host']);
const copyHeaders = (raw) => {
  const out = {};
  for (const name in raw) if (!HOP.has(name)) out[name] = raw[name];
  return out;
};

const server = http.createServer({ keepAlive: true, noDelay: true }, (req, res) => {
  const upstream = http.request(
    { agent, host: target.hostname, port: target.port, method: req.method, path: req.url, headers: copyHeaders(req.headers) },
    (up) => {
      res.writeHead(up.statusCode ?? 502, copyHeaders(up.headers));
      up.pipe(res);
      up.once('error', () => res.destroy());
    },
  );
  upstream.once('error', () => {
    if (!res.headersSent) {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end('{"type":"error","error":{"type":"api_error","message":"bad gateway"}}');
    } else res.destroy();
  });
  // The caller went away before the answer finished: abort the upstream request too.
  res.once('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
});
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.requestTimeout = 0;
serve(server, { port: values.port, host: values.host, label: 'PROXY_URL' });
