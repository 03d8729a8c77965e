/**
 * Structured JSON logs, one object per line, so every process's output can be shipped as is. Lines
 * written while a request is handled carry its fields (request id, trace id) without each call
 * site passing them: serveHttp runs every request inside withLogFields.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const requestFields = new AsyncLocalStorage<Record<string, unknown>>();

/** Runs `fn` with `fields` added to every log line written inside it, however deep. */
export function withLogFields<T>(fields: Record<string, unknown>, fn: () => T): T {
  return requestFields.run({ ...requestFields.getStore(), ...fields }, fn);
}

/** The fields of the request being handled, if any. */
export function currentLogFields(): Record<string, unknown> | undefined {
  return requestFields.getStore();
}

/**
 * The longest text one field of a line keeps, and the longest line. A huge request must not make a
 * huge line: an error's message may quote what was sent (a driver's SQL with every value inlined
 * was 1.76 MB for one request), and one line that size stalls log shippers.
 */
export const MAX_LOG_FIELD_CHARS = 2000;
export const MAX_LOG_LINE_CHARS = 16 * 1024;

function bounded(value: unknown): unknown {
  if (typeof value !== 'string' || value.length <= MAX_LOG_FIELD_CHARS) return value;
  return `${value.slice(0, MAX_LOG_FIELD_CHARS)}… (${value.length - MAX_LOG_FIELD_CHARS} more characters)`;
}

/** One JSON line of at most MAX_LOG_LINE_CHARS: each text field cut, and a line still too long kept as its beginning. */
export function logLine(entry: Record<string, unknown>): string {
  const line = JSON.stringify(entry, (key, value: unknown) => (key === '' ? value : bounded(value)));
  if (line.length <= MAX_LOG_LINE_CHARS) return line;
  const { time, level, service, msg, requestId, traceId } = entry;
  return JSON.stringify({ time, level, service, msg: bounded(msg), requestId, traceId, truncated: line.length, head: line.slice(0, MAX_LOG_LINE_CHARS / 4) });
}

export function createLogger(service: string, level: LogLevel = 'info'): Logger {
  const write = (at: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const line = logLine({ time: new Date().toISOString(), level: at, service, msg, ...requestFields.getStore(), ...fields });
    (at === 'error' || at === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

export function errorFields(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}
