import { pino, type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';
import { REDACT_PATHS, REDACTED, redactText } from './redact.ts';

export type { Logger };

export interface LoggerOptions {
  /**
   * service (default): JSON lines on standard output, for log collectors.
   * console: readable lines on standard error, so that standard output stays the conversation's.
   */
  mode?: 'service' | 'console';
  /** Secret values that must never be printed (see src/ops/redact.ts). */
  secrets?: readonly string[];
  /** Where lines go instead of the mode's stream (tests). */
  destination?: { write(line: string): unknown };
}

/** Structured logs with secrets redacted: by key (pino's redact paths) and by value or shape in every line. */
export function createLogger(level = 'info', options: LoggerOptions = {}): Logger {
  const { mode = 'service', secrets = [] } = options;
  const fd = mode === 'console' ? 2 : 1;
  const target = options.destination ?? pino.destination({ fd, sync: true });
  const pretty = mode === 'console' ? prettyFactory({ colorize: false, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' }) : undefined;
  const stream = {
    write(line: string) {
      const safe = redactText(line, secrets);
      target.write(pretty ? pretty(safe) : safe);
    },
  };
  return pino({ level, base: undefined, redact: { paths: REDACT_PATHS, censor: REDACTED } }, stream);
}
