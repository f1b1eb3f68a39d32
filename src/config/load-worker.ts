import { parentPort, workerData } from 'node:worker_threads';
import { loadOutcome } from './load-off-thread.js';

/** Worker entry of `ConfigLoader`: loads the file given in `workerData.path` and posts the outcome. */
parentPort?.postMessage(loadOutcome((workerData as { path: string }).path));
