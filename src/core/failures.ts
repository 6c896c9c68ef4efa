import { failure } from './answer.ts';
import type { Logger } from './logger.ts';
import type { Answer } from './types.ts';

// A request the bot failed to answer (a command, a click, a mention: any listener), handled once for
// every platform: counted for the metrics, logged with what was asked, and the user told privately
// that something went wrong, the platform's way. Telling may fail too: that is logged, never a crash.

export interface FailureOptions {
  logger: Logger;
  /** Told about every failure (for the metrics). */
  onError?: () => void;
}

/** Counts and logs `err` as `msg` with what was asked (`asked`), then tells the user `failure()` through `tell`. */
export async function answerFailure(
  o: FailureOptions,
  err: unknown,
  msg: string,
  asked: Record<string, unknown>,
  tell: (answer: Answer) => Promise<unknown>,
): Promise<void> {
  o.onError?.();
  o.logger.error({ err, ...asked }, msg);
  try {
    await tell(failure());
  } catch (e) {
    o.logger.warn({ err: e }, 'could not tell the user that something went wrong');
  }
}
