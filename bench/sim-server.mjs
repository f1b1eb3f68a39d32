#!/usr/bin/env node
// The Anthropic API simulator in its own process, for the benchmark.
// usage: node bench/sim-server.mjs [--port N] [--host H] [--real-limits]
// Prints one line `SIM_URL=http://127.0.0.1:PORT` when listening. Behaviour is changed at run time
// through the simulator's control API (PUT /_sim/models/*), so one process serves every phase.
//
// The simulator advertises Anthropic-like account limits in its anthropic-ratelimit-* headers (4,000
// requests a minute per model). The bench sends far more than that, and the gateway rightly stops sending
// to a model whose account the headers say is exhausted. So, unless --real-limits is given, this server
// rewrites those headers to describe a huge account (same header names and count, so the gateway still
// parses them on every answer, but the limits never bind).
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from './lib/serve.mjs';

// BENCH_DIST selects another build (see lib/setup.mjs); the default is this checkout's dist/.
const simModule = process.env.BENCH_DIST ? pathToFileURL(resolve(process.env.BENCH_DIST, 'sim/index.js')).href : '../dist/sim/index.js';
const { createSimulatorHandler } = await import(simModule);

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'real-limits': { type: 'boolean', default: false },
  },
});

const HUGE = 1_000_000_000_000;
function unlimit(headers) {
  for (const name in headers) {
    if (!name.startsWith('anthropic-ratelimit-')) continue;
    if (name.endsWith('-limit')) headers[name] = HUGE;
    else if (name.endsWith('-remaining')) headers[name] = HUGE - 1;
  }
}

const handler = createSimulatorHandler({
  config: { models: { '*': { latencyMs: 0 } }, seed: 1 },
  knownModels: ['claude-haiku-4-5', 'claude-sonnet-4-6', 'claude-opus-4-7'],
  // One recorded request only: the bench never reads them, and the sim should not grow.
  recordLimit: 1,
});

const limited = values['real-limits']
  ? handler
  : (req, res) => {
      const writeHead = res.writeHead;
      res.writeHead = function (status, ...rest) {
        const headers = rest[rest.length - 1];
        if (headers && typeof headers === 'object' && !Array.isArray(headers)) unlimit(headers);
        return writeHead.call(this, status, ...rest);
      };
      handler(req, res);
    };

// POST /_bench/close-idle closes every idle keep-alive connection. The open-loop phases start with it, so
// that the connections a previous phase opened (say, 32 per proxy at concurrency 32) do not reach their
// keep-alive timeout, and close, together in the middle of the next phase's measurements.
const listener = (req, res) => {
  if (req.url !== '/_bench/close-idle') return limited(req, res);
  req.resume();
  res.writeHead(204, { connection: 'close' }).end();
  setImmediate(() => server.closeIdleConnections());
};

// As startSimulator does: keep-alive longer than any client pool's, no request timeout.
const server = createServer({ keepAlive: true, noDelay: true }, listener);
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.requestTimeout = 0;
serve(server, { port: values.port, host: values.host, label: 'SIM_URL' });
