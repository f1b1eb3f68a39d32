import { watchConfig } from './config/watch.js';
import { loadConfigFile, resolveApiKey, resolveConfigPath } from './config/load.js';
import { bufferedStdout, createLogger } from './logger.js';
import { startGateway, type Gateway } from './server.js';

/** `gateway serve`: load config, start the server, reload config on change, drain on SIGTERM. */
export async function serve(options: { configPath?: string; port?: number }): Promise<Gateway> {
  const path = resolveConfigPath(options.configPath);
  const config = loadConfigFile(path);
  const apiKey = resolveApiKey(config);
  const stdout = bufferedStdout();
  const logger = createLogger({ logPrompts: config.server.logPrompts, destination: stdout });
  // Whatever ends the process (a drain, its deadline, a crash), the buffered log lines go out first.
  process.once('exit', () => {
    try {
      stdout.flushSync();
    } catch {
      // stdout is gone: nothing more can be said
    }
  });
  const gateway = await startGateway({ config, apiKey, logger, ...(options.port !== undefined ? { port: options.port } : {}) });

  const watcher = watchConfig(path, (next) => gateway.services.reload(next), {
    logger,
    onResult: (result) => gateway.services.metrics.configReloads.inc({ result }),
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    watcher.close();
    const hardDeadline = setTimeout(() => {
      logger.error('drain did not finish in time; exiting');
      process.exit(1);
    }, config.server.drainTimeoutMs + 5_000);
    hardDeadline.unref();
    void gateway.drain().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  return gateway;
}
