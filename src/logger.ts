import { destination, pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Secrets and prompt text are removed by the logger's configuration, not by call sites remembering to.
 * Exact paths only: wildcard paths make every log call walk the object, and the gateway logs flat lines.
 * Prompts are only logged when `server.logPrompts` is set, under the `prompt` key, which is then not redacted.
 */
const REDACT_PATHS = [
  'apiKey',
  'headers["x-api-key"]',
  'headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.authorization',
  'body',
  'messages',
  'system',
];

export function createLogger(options: { level?: string; logPrompts?: boolean; destination?: DestinationStream } = {}): Logger {
  const paths = options.logPrompts ? REDACT_PATHS : [...REDACT_PATHS, 'prompt'];
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { service: 'llm-gateway' },
      redact: { paths, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}

/**
 * stdout for a serving gateway: log lines go out in writes of about 4 KB, and at least every 250 ms.
 * A write per line is a thread-pool round trip per request, about 100 µs of CPU each at 500 req/s.
 * Call `flushSync` before exiting (the last 250 ms are otherwise lost).
 */
export function bufferedStdout(): ReturnType<typeof destination> {
  return destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 250 });
}
