import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createRequestListener, metricsHandler } from './app.js';
import type { Config } from './config/schema.js';
import { createLogger, type Logger } from './logger.js';
import { declaresTooLarge } from './pipeline/read-body.js';
import { createMetrics, type GatewayMetrics } from './metrics/registry.js';
import { createServices, type Services } from './services.js';
import { startSimulator, type Simulator } from './sim/index.js';

export interface GatewayOptions {
  readonly config: Config;
  readonly apiKey?: string;
  /** Overrides config.server.port (0 = any free port). */
  readonly port?: number;
  readonly host?: string;
  readonly logger?: Logger;
  readonly metrics?: GatewayMetrics;
}

export interface Gateway {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  readonly services: Services;
  /** The in-process simulator, when `upstream.baseUrl` is `sim`. */
  readonly simulator: Simulator | undefined;
  readonly metricsServer: Server | undefined;
  /** Graceful drain: stop accepting, let requests and streams in flight finish, then close everything. */
  drain(timeoutMs?: number): Promise<void>;
}

const listen = (server: Server, port: number, host: string): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ logPrompts: config.server.logPrompts });
  const metrics = options.metrics ?? createMetrics();
  const simulator =
    config.upstream.baseUrl === 'sim'
      ? await startSimulator({ port: 0, host: '127.0.0.1', config: config.sim, knownModels: Object.values(config.models).map((m) => m.id) })
      : undefined;
  const services = createServices({
    config,
    upstreamUrl: simulator?.url ?? config.upstream.baseUrl,
    apiKey: options.apiKey ?? (simulator ? 'sim-key' : undefined),
    logger,
    metrics,
  });

  // Start on the shared budgets rather than the local fallback, if the store answers soon enough.
  if (!(await services.limits.ready(5_000))) logger.warn('limit store not reachable at start-up; using local limits until it is');

  let inflight = 0;
  const listener = createRequestListener(services);
  // How often Node enforces headersTimeout/requestTimeout on open connections (its default is 30 s).
  const server = createServer({ connectionsCheckingInterval: 1_000 }, (req, res) => {
    inflight++;
    res.once('close', () => inflight--);
    // While draining, answers close their connection so keep-alive clients reconnect elsewhere.
    if (services.draining) res.setHeader('connection', 'close');
    listener(req, res);
  });
  // `Expect: 100-continue`: a body over the limit is refused at once, before the client sends it.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (!declaresTooLarge(req, services.current().config.server.bodyLimitBytes)) res.writeContinue();
    server.emit('request', req, res);
  });
  // Timeouts cover receiving a request, never the (possibly minutes-long) streamed answer.
  server.keepAliveTimeout = config.server.keepAliveTimeoutMs;
  server.headersTimeout = config.server.headersTimeoutMs;
  server.requestTimeout = config.server.requestTimeoutMs;

  const host = options.host ?? config.server.host;
  const port = await listen(server, options.port ?? config.server.port, host);
  let metricsServer: Server | undefined;
  if (config.server.metricsPort > 0) {
    const metricsApp = express();
    metricsApp.get('/metrics', metricsHandler(services));
    metricsServer = createServer(metricsApp);
    await listen(metricsServer, config.server.metricsPort, host);
  }
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  logger.info({ port, upstream: simulator ? 'simulator' : config.upstream.baseUrl, metricsPort: config.server.metricsPort || undefined }, 'gateway listening');

  let drained: Promise<void> | undefined;
  const drain = (timeoutMs = config.server.drainTimeoutMs): Promise<void> =>
    (drained ??= (async () => {
      services.startDraining();
      logger.info({ inflight, timeoutMs }, 'draining');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + timeoutMs;
      while (inflight > 0 && Date.now() < deadline) {
        server.closeIdleConnections();
        await new Promise((r) => setTimeout(r, 50));
      }
      if (inflight > 0) logger.warn({ inflight }, 'drain deadline reached: closing remaining connections');
      server.closeAllConnections();
      await closed;
      metricsServer?.closeAllConnections();
      await new Promise<void>((resolve) => (metricsServer ? metricsServer.close(() => resolve()) : resolve()));
      await services.close();
      await simulator?.close();
      logger.info('drained');
    })());

  return { url: `http://${shownHost}:${port}`, port, server, services, simulator, metricsServer, drain };
}
