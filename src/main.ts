import { watchConfig } from './config/watch.js';
import { watchApiKeyFile } from './config/watch-key.js';
import { resolveApiKey, resolveConfigPath } from './config/load.js';
import { ConfigLoader } from './config/load-off-thread.js';
import { prettyDestination } from './log-pretty.js';
import { bufferedStdout, createLogger, logLevelFrom } from './logger.js';
import { startGateway, type Gateway } from './server.js';

/** LOG_FORMAT: `json` (default, one JSON object a line) or `pretty` (one readable line per event, for a terminal). */
function logFormat(value: string | undefined): 'json' | 'pretty' {
  if (value === undefined || value === '' || value === 'json') return 'json';
  if (value === 'pretty') return 'pretty';
  throw new Error(`LOG_FORMAT: "${value}" is not a log format; use json or pretty`);
}

/** `gateway serve`: load config, start the server, reload config and key on change, drain on SIGTERM. */
export async function serve(options: { configPath?: string; port?: number }): Promise<Gateway> {
  const level = logLevelFrom(process.env.LOG_LEVEL);
  const format = logFormat(process.env.LOG_FORMAT);
  const path = resolveConfigPath(options.configPath);
  // One loader for start-up and reloads: it remembers the orgs it loaded, so a reload rebuilds only those that changed.
  const loader = new ConfigLoader();
  const config = await loader.load(path);
  const apiKey = resolveApiKey(config);
  const stdout = format === 'pretty' ? prettyDestination(bufferedStdout()) : bufferedStdout();
  const logger = createLogger({ level, logPrompts: config.server.logPrompts, destination: stdout });
  // Whatever ends the process (a drain, its deadline, a crash), the buffered log lines go out first.
  process.once('exit', () => {
    try {
      stdout.flushSync();
    } catch {
      // stdout is gone: nothing more can be said
    }
  });
  // A signal during start-up (the wait of up to 5 s for Redis) ends the process at once: nothing is served yet.
  // As PID 1 in a container, Node would otherwise ignore SIGTERM until a handler exists.
  const early = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'stopped during start-up');
    process.exit(0);
  };
  process.once('SIGTERM', early).once('SIGINT', early);
  const gateway = await startGateway({ config, apiKey, logger, configPath: path, ...(options.port !== undefined ? { port: options.port } : {}) });
  process.off('SIGTERM', early).off('SIGINT', early);

  const { metrics } = gateway.services;
  const watchers = [
    watchConfig(path, (next) => gateway.reload(next), {
      logger,
      loader,
      onResult: (result) => {
        metrics.configReloads.inc({ result });
        metrics.configLastReloadSuccessful.set(result === 'applied' ? 1 : 0);
      },
    }),
    ...watchApiKeyFile(process.env, gateway.services, logger),
  ];

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    for (const watcher of watchers) watcher.close();
    const hardDeadline = setTimeout(() => {
      logger.error('drain did not finish in time; exiting');
      process.exit(1);
    }, gateway.services.current().config.server.drainTimeoutMs + 5_000);
    hardDeadline.unref();
    void gateway.drain().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  return gateway;
}
