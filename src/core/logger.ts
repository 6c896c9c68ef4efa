import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured logs on standard error, so that standard output stays the console chat's and the CLI's. */
export function createLogger(level = 'info'): Logger {
  return pino({ level, base: undefined }, pino.destination({ fd: 2, sync: true }));
}
