import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError, loadConfigFile } from './load.js';

/** Worker entry of `loadConfigFileOffThread`: loads the file given in `workerData.path` and posts the outcome. */
const { path } = workerData as { path: string };
try {
  parentPort?.postMessage({ ok: true, config: loadConfigFile(path) });
} catch (err) {
  parentPort?.postMessage({ ok: false, problems: err instanceof ConfigError ? err.problems : [String(err)] });
}
