import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The port `gateway serve` listens on without --port: $PORT, else server.port of the config file, else 8080.
 * The file is read leniently (not validated): after a refused reload it may be invalid while the gateway runs on.
 */
export function configuredPort(configPath: string, env: Readonly<Record<string, string | undefined>> = process.env): number {
  if (env.PORT) return Number(env.PORT);
  try {
    const port = (parse(readFileSync(configPath, 'utf8')) as { server?: { port?: unknown } } | null)?.server?.port;
    if (typeof port === 'number') return port;
  } catch {
    // unreadable or not YAML: the default, as serve would have refused such a file at start
  }
  return 8080;
}

/** `gateway healthcheck` (the image's HEALTHCHECK): exit 0 when GET /healthz on the configured port answers 2xx. */
export async function healthcheck(configPath: string): Promise<number> {
  try {
    const res = await fetch(`http://127.0.0.1:${configuredPort(configPath)}/healthz`, { signal: AbortSignal.timeout(2_500) });
    return res.ok ? 0 : 1;
  } catch {
    return 1;
  }
}
