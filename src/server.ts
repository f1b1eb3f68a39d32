import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createAdminApp } from './admin/app.js';
import { createRequestListener, metricsHandler } from './app.js';
import { answerClientError } from './client-error.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Config } from './config/schema.js';
import type { ReloadOutcome } from './config/watch.js';
import { isFileUpload } from './files/routes.js';
import { createLogger, type Logger } from './logger.js';
import { declaresTooLarge } from './pipeline/read-body.js';
import { createMetrics, type GatewayMetrics } from './metrics/registry.js';
import { createServices, type Services } from './services.js';
import { startSimulator, type Simulator } from './sim/index.js';
import { VERSION } from './version.js';

export interface GatewayOptions {
  readonly config: Config;
  readonly apiKey?: string;
  /** Overrides config.server.port (0 = any free port). */
  readonly port?: number;
  readonly host?: string;
  readonly logger?: Logger;
  readonly metrics?: GatewayMetrics;
  /** Traces go to this exporter instead of OTLP (tests: the SDK's InMemorySpanExporter). */
  readonly spanExporter?: SpanExporter;
  /** The config file's path, for the boot line. */
  readonly configPath?: string;
}

export interface Gateway {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  readonly services: Services;
  /** The in-process simulator, when `upstream.baseUrl` is `sim`. */
  readonly simulator: Simulator | undefined;
  /** The admin port actually bound, when there is one. */
  readonly adminPort: number | undefined;
  /** Applies a reloaded config: the services' live parts and the client port's timeouts. */
  reload(config: Config): Promise<ReloadOutcome>;
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

const limitStoreLine = (status: ReturnType<Services['limits']['status']>): string =>
  status.store === 'memory' ? 'memory' : `redis (${status.healthy ? 'up' : status.mode})`;

/** After the drain deadline, how long cut streams may take to write their error event before sockets close. */
const STREAM_CUT_GRACE_MS = 500;

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ logPrompts: config.server.logPrompts });
  const metrics = options.metrics ?? createMetrics();
  const simulator =
    config.upstream.baseUrl === 'sim'
      ? await startSimulator({ port: 0, host: '127.0.0.1', config: config.sim, knownModels: Object.values(config.models).map((m) => m.id) })
      : undefined;
  // The OpenTelemetry SDK is loaded only when tracing is on.
  const tracing =
    options.spanExporter || config.tracing.otlpEndpoint
      ? (await import('./tracing/tracing.js')).createTracing(config.tracing, options.spanExporter)
      : undefined;
  const services = createServices({
    tracing,
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
    res.on('close', () => inflight--); // a response closes once: no `once` wrapper needed
    // While draining, answers close their connection so keep-alive clients reconnect elsewhere.
    if (services.draining) res.setHeader('connection', 'close');
    listener(req, res);
  });
  // `Expect: 100-continue`: a body over the limit is refused at once, before the client sends it. File
  // uploads are streamed through, not held, so the body limit is not theirs (the upstream has its own).
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (isFileUpload(req) || !declaresTooLarge(req, services.current().config.server.bodyLimitBytes)) res.writeContinue();
    server.emit('request', req, res);
  });
  // Timeouts cover receiving a request, never the (possibly minutes-long) streamed answer.
  const applyTimeouts = (next: Config): void => {
    server.keepAliveTimeout = next.server.keepAliveTimeoutMs;
    server.headersTimeout = next.server.headersTimeoutMs;
    server.requestTimeout = next.server.requestTimeoutMs;
  };
  applyTimeouts(config);
  server.on('clientError', answerClientError);

  const host = options.host ?? config.server.host;
  const port = await listen(server, options.port ?? config.server.port, host);
  // The metrics and admin ports: /metrics (and /admin/*) apart from the clients' port.
  const sideServers: Server[] = [];
  const listenSide = (app: express.Express, sidePort: number): Promise<number> => {
    const side = createServer(app);
    sideServers.push(side);
    return listen(side, sidePort, host);
  };
  if (config.server.metricsPort > 0) await listenSide(express().get('/metrics', metricsHandler(services)), config.server.metricsPort);
  const adminPort = config.server.adminPort > 0 ? await listenSide(createAdminApp(services), config.server.adminPort) : undefined;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  logger.info(
    {
      port,
      url: `http://${shownHost}:${port}`,
      version: VERSION,
      config: options.configPath,
      orgs: config.orgs.length,
      upstream: simulator ? 'simulator' : config.upstream.baseUrl,
      limitStore: limitStoreLine(services.limits.status()),
      tracing: config.tracing.otlpEndpoint,
      metricsPort: config.server.metricsPort || undefined,
      adminPort,
    },
    'gateway listening',
  );

  let drained: Promise<void> | undefined;
  const reload = async (next: Config): Promise<ReloadOutcome> => {
    const outcome = await services.reload(next);
    applyTimeouts(next);
    return outcome;
  };
  const drain = (timeoutMs = services.current().config.server.drainTimeoutMs): Promise<void> =>
    (drained ??= (async () => {
      services.startDraining();
      logger.info({ inflight, timeoutMs }, 'draining');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + timeoutMs;
      while (inflight > 0 && Date.now() < deadline) {
        server.closeIdleConnections();
        await new Promise((r) => setTimeout(r, 50));
      }
      if (inflight > 0) {
        logger.warn({ inflight, streams: services.openStreams.size }, 'drain deadline reached: cutting streams, closing remaining connections');
        // Streams end with an `event: error`, never a bare reset: a moment for those last writes to go out.
        services.openStreams.cutAll();
        const cutDeadline = Date.now() + STREAM_CUT_GRACE_MS;
        while (inflight > 0 && Date.now() < cutDeadline) await new Promise((r) => setTimeout(r, 20));
      }
      server.closeAllConnections();
      await closed;
      for (const side of sideServers) side.closeAllConnections();
      await Promise.all(sideServers.map((side) => new Promise((resolve) => side.close(resolve))));
      await services.close();
      await simulator?.close();
      logger.info('drained');
    })());

  return { url: `http://${shownHost}:${port}`, port, adminPort, server, services, simulator, reload, drain };
}
