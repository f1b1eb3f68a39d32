import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestListener } from './routes.js';
import { SimState } from './state.js';
import type { SimControl, Simulator, SimulatorHandler, SimulatorOptions, StartSimulatorOptions } from './types.js';

export type { SimModelBehaviour } from '../config/schema.js';
export { countTokens, countText } from './tokenizer.js';
export type { PromptLike } from './tokenizer.js';
export type {
  RecordedRequest,
  SimConfigInput,
  SimControl,
  SimStats,
  Simulator,
  SimulatorHandler,
  SimulatorOptions,
  StartSimulatorOptions,
} from './types.js';

function controlOf(state: SimState): SimControl {
  return {
    setBehaviour: (model, behaviour) => state.setBehaviour(model, behaviour),
    clearBehaviours: () => state.clearBehaviours(),
    reset: () => state.reset(),
    stats: () => state.snapshot(),
    recorded: () => state.recorded(),
    endBatches: () => state.batches.endAll(),
  };
}

/**
 * The simulator as a plain `(req, res)` listener, to mount in-process (e.g. `http.createServer(h)`,
 * or in Express before any body parser: it reads the raw body itself). `handler.control` drives it.
 */
export function createSimulatorHandler(options: SimulatorOptions = {}): SimulatorHandler {
  const state = new SimState(options);
  const listener = createRequestListener(state);
  return Object.assign((req: Parameters<typeof listener>[0], res: Parameters<typeof listener>[1]) => listener(req, res), {
    control: controlOf(state),
  });
}

/** Starts the simulator on its own HTTP server (default 127.0.0.1, port 0 = any free port). */
export async function startSimulator(options: StartSimulatorOptions = {}): Promise<Simulator> {
  const handler = createSimulatorHandler(options);
  const server = createServer({ keepAlive: true, noDelay: true }, handler);
  // Longer than typical client pools keep idle sockets, so the server is never the side that races to close.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 0;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const { control } = handler;
  const close = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    });
  return Object.assign({ url: `http://${shownHost}:${port}`, server, handler }, control, { close });
}
