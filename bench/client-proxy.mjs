#!/usr/bin/env node
// A proxy that does what the gateway does around its upstream call and nothing else, with a choice of HTTP
// client, to compare the clients' CPU alone (bench/ab-client.mjs): the request body is read whole, sent as a
// string with a flat header list; a JSON answer is collected and written in one `end` with its length, a
// stream's chunks are written as they come.
//   node bench/client-proxy.mjs --upstream URL --client undici|undici-client|http|gateway-attempt [--dist DIR] [--port N]
// Prints `PROXY_URL=http://HOST:PORT` when listening.
import http from 'node:http';
import { parseArgs } from 'node:util';
import { serve } from './lib/serve.mjs';
import { Client, Pool } from 'undici';

const { values } = parseArgs({
  options: {
    upstream: { type: 'string' },
    client: { type: 'string', default: 'undici' },
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    // For gateway-attempt: the build whose upstream call is used (default ../dist, or BENCH_DIST).
    dist: { type: 'string' },
  },
});
const target = new URL(values.upstream);

const joined = (chunks) => (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
const upstreamHeaders = (req) => ['content-type', 'application/json', 'anthropic-version', '2023-06-01', 'x-api-key', 'sim-key', 'user-agent', req.headers['user-agent'] ?? 'x'];
const isStream = (body) => body.includes('"stream":true');

/** Writes the answer: JSON whole with its length, a stream chunk by chunk. Returns the callbacks of the call. */
function answer(res, stream) {
  const chunks = [];
  let head;
  return {
    head(status, contentType) {
      head = ['content-type', contentType ?? 'application/json', 'request-id', 'req_x', 'x-gateway-model', 'claude-haiku-4-5'];
      if (stream) res.writeHead(status, head);
      else this.status = status;
    },
    data(chunk) {
      if (stream) return res.write(chunk);
      chunks.push(chunk);
      return true;
    },
    end() {
      if (stream) return void res.end();
      const bytes = joined(chunks);
      head.push('content-length', String(bytes.length));
      res.writeHead(this.status, head);
      res.end(bytes);
    },
    error() {
      if (!res.headersSent) res.writeHead(502);
      res.destroy();
    },
  };
}

/** undici's dispatch with the HTTP/1 callbacks, as src/upstream/attempt.ts. */
function undiciCaller(dispatcher) {
  return (path, headers, body, out) => {
    dispatcher.dispatch(
      { method: 'POST', path, headers, body },
      {
        onConnect() {},
        onHeaders(status, raw) {
          let type;
          for (let i = 0; i < raw.length; i += 2) if (raw[i].length === 12 && raw[i].toString('latin1').toLowerCase() === 'content-type') type = raw[i + 1].toString('latin1');
          out.head(status, type);
          return true;
        },
        onData: (chunk) => out.data(chunk),
        onComplete: () => out.end(),
        onError: () => out.error(),
      },
    );
  };
}

function httpCaller() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8192, maxFreeSockets: 8192, scheduling: 'lifo', keepAliveMsecs: 30_000 });
  return (path, headers, body, out) => {
    // With a header list, Node adds no `host` of its own; undici adds the length itself.
    const req = http.request({ agent, host: target.hostname, port: target.port, method: 'POST', path, headers: headers.concat('host', target.host, 'content-length', String(Buffer.byteLength(body))) }, (up) => {
      out.head(up.statusCode, up.headers['content-type']);
      up.on('data', (chunk) => {
        if (!out.data(chunk)) up.pause();
      });
      up.on('end', () => out.end());
      up.on('error', () => out.error());
    });
    req.on('error', () => out.error());
    req.end(body);
  };
}

/** The gateway's own upstream call (DIST/upstream: UpstreamClient and runAttempt), relayed as src/pipeline/relay.ts does. */
async function attemptCaller() {
  const dist = values.dist ?? process.env.BENCH_DIST ?? new URL('../dist', import.meta.url).pathname;
  const { UpstreamClient } = await import(`${dist}/upstream/client.js`);
  const { runAttempt } = await import(`${dist}/upstream/attempt.js`);
  const client = new UpstreamClient(target.origin, 8192);
  const noFailure = () => false;
  return (path, headers, body, out, stream, res) => {
    const clientGone = { aborted: false, on() {}, off() {} };
    runAttempt({ client, path, headers, body, stream, timeoutMs: 600_000, clientGone, failOn: noFailure }).then(
      (a) => {
        const head = ['content-type', a.headers.get('content-type') ?? 'application/json', 'request-id', a.headers.get('request-id') ?? 'x', 'x-gateway-model', 'claude-haiku-4-5'];
        if (!a.scanner) {
          const bytes = joined(a.held);
          head.push('content-length', String(bytes.length));
          res.writeHead(a.status, head);
          return void res.end(bytes);
        }
        res.writeHead(a.status, head);
        const tail = a.rest?.takeAll();
        if (!a.rest || tail) {
          for (const chunk of tail ?? []) {
            a.scanner.push(chunk);
            a.held.push(chunk);
          }
          return void res.end(joined(a.held));
        }
        for (const chunk of a.held) res.write(chunk);
        res.on('drain', () => a.rest.resume());
        a.rest.pipe({ data: (chunk) => (a.scanner.push(chunk), res.write(chunk)), end: () => res.end(), error: () => res.destroy() });
      },
      () => out.error(),
    );
  };
}

const callers = {
  'gateway-attempt': attemptCaller,
  undici: () => undiciCaller(new Pool(target.origin, { connections: 8192, pipelining: 1, keepAliveTimeout: 30_000, headersTimeout: 0, bodyTimeout: 0 })),
  'undici-client': () => undiciCaller(new Client(target.origin, { pipelining: 1, keepAliveTimeout: 30_000, headersTimeout: 0, bodyTimeout: 0 })),
  http: httpCaller,
};
const call = await callers[values.client]();

const server = http.createServer({ connectionsCheckingInterval: 1_000 }, (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = joined(chunks).toString('utf8');
    const stream = isStream(body);
    const headers = upstreamHeaders(req);
    call('/v1/messages', headers, body, answer(res, stream), stream, res);
  });
});
server.keepAliveTimeout = 65_000;
serve(server, { port: values.port, host: values.host, label: 'PROXY_URL' });
