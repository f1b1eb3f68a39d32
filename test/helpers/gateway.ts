import Anthropic from '@anthropic-ai/sdk';
import type { Config } from '../../src/config/schema.js';
import { createLogger } from '../../src/logger.js';
import { startGateway, type Gateway } from '../../src/server.js';
import { KEYS, testConfig } from './config.js';

export interface TestGateway {
  readonly gateway: Gateway;
  readonly url: string;
  /** The official SDK pointed at the gateway, as a service would use it (retries off so tests see each answer). */
  client(key?: string, options?: ConstructorParameters<typeof Anthropic>[0]): Anthropic;
  close(): Promise<void>;
}

/** A real gateway on a real loopback port, upstream the simulator, logging silenced. */
export async function startTestGateway(config: Config = testConfig()): Promise<TestGateway> {
  const gateway = await startGateway({ config, port: 0, host: '127.0.0.1', logger: createLogger({ level: 'silent' }) });
  return {
    gateway,
    url: gateway.url,
    client: (key = KEYS.search, options = {}) => new Anthropic({ baseURL: gateway.url, apiKey: key, maxRetries: 0, ...options }),
    close: () => gateway.drain(1_000),
  };
}
