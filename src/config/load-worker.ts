import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from './lower-thread-priority.js';

// Before the loader's modules are evaluated: the whole load (YAML, validation, and their garbage) yields the
// CPU to the main thread, which keeps serving requests meanwhile.
lowerThreadPriority();
const { loadOutcome } = await import('./load-off-thread.js');

/** Worker entry of `ConfigLoader`: loads the file given in `workerData.path` and posts the outcome. */
parentPort?.postMessage(loadOutcome((workerData as { path: string }).path));
