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

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** LOG_LEVEL, checked: pino's own message for an unknown level ("must be included in custom levels") misleads. */
export function logLevelFrom(value: string | undefined): string {
  if (value === undefined || value === '') return 'info';
  const level = value.trim().toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new Error(`LOG_LEVEL: "${value}" is not a log level; use one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

export function createLogger(options: { level?: string; logPrompts?: boolean; destination?: DestinationStream } = {}): Logger {
  const paths = options.logPrompts ? REDACT_PATHS : [...REDACT_PATHS, 'prompt'];
  return pino(
    {
      level: options.level ?? logLevelFrom(process.env.LOG_LEVEL),
      base: { service: 'llm-gateway' },
      redact: { paths, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: isoTime,
    },
    options.destination,
  );
}

let formattedSecond = Number.NaN;
let secondPrefix = '';

/**
 * pino's `stdTimeFunctions.isoTime` output (`,"time":"2026-11-23T01:30:18.432Z"`), with the date formatted
 * once per second rather than per line (docs/performance-rules.md).
 */
export function isoTime(now = Date.now()): string {
  const second = Math.floor(now / 1000);
  if (second !== formattedSecond) {
    formattedSecond = second;
    secondPrefix = `,"time":"${new Date(second * 1000).toISOString().slice(0, 20)}`;
  }
  const ms = now - second * 1000;
  return `${secondPrefix}${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z"`;
}

/** A log destination that can be flushed synchronously before the process exits. */
export interface FlushableDestination extends DestinationStream {
  flushSync(): void;
}

const BATCH_CHARS = 16_384;
const BATCH_DELAY_MS = 250;

/**
 * stdout for a serving gateway: log lines go out in writes of about 16 KB, and at least every 250 ms,
 * written synchronously (pino's default) and gathered here rather than by sonic-boom's `minLength`; why
 * each of the three, with its measurement: docs/performance-rules.md.
 * Call `flushSync` before exiting (the last 250 ms are otherwise lost).
 */
export function bufferedStdout(): FlushableDestination {
  return new LineBatch(destination({ dest: 1, sync: true }));
}

/** Gathers log lines and hands them to `out` as one string once ~16 KB are pending, or after 250 ms. */
export class LineBatch implements FlushableDestination {
  private lines: string[] = [];
  private chars = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly out: { write(text: string): unknown; flushSync(): void }) {}

  write(line: string): void {
    this.lines.push(line);
    this.chars += line.length;
    if (this.chars >= BATCH_CHARS) this.handOver();
    else this.timer ??= setTimeout(() => this.handOver(), BATCH_DELAY_MS).unref();
  }

  flushSync(): void {
    this.handOver();
    this.out.flushSync();
  }

  private handOver(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.lines.length === 0) return;
    const batch = this.lines.join('');
    this.lines = [];
    this.chars = 0;
    this.out.write(batch);
  }
}
