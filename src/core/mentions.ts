import { answerFailure } from './failures.ts';
import type { Asked, AskInput, Interactions } from './interactions.ts';
import type { Logger } from './logger.ts';

// A message that mentions the bot (or is sent to it directly), written once for every platform: a
// delivery answered once however often the platform repeats it (and by one process on a shared store),
// a per-user cooldown against floods and reply loops, a sign that the bot is working on a slow answer,
// and the question remembered in the conversation its answer went to. Adapters decode the message
// (whose it is, the text without the mention, the thread) and deliver the answer their way.

/** Platforms repeat a delivery within minutes (Slack retries, gateway replays); an hour of ids is plenty. */
export const DELIVERY_TTL_MS = 60 * 60_000;

/**
 * A mention answered slower than this shows that the bot is working on it (Discord: typing; Slack: a
 * 👀 reaction on the question, removed once answered). Faster answers are their own signal.
 */
export const WORKING_AFTER_MS = 250;

/** First claims on a key for a while: the store's claims (src/store/claims.ts), shared by every process on it. */
export interface Claims {
  first(key: string, ttlMs: number): Promise<boolean>;
}

/** True the first time a delivery (message id, event id) is seen by any process on the claims. */
export function firstDelivery(claims: Claims, key: string): Promise<boolean> {
  return claims.first(key, DELIVERY_TTL_MS);
}

export interface Mention extends AskInput {
  userId: string;
  /** The delivery's key ("discord-message:<id>"): claimed before anything else. Absent when the adapter deduplicated it already. */
  delivery?: string;
  /** Show no "working" sign (an article file being read answers by itself). */
  quiet?: boolean;
  /** A direct message (or a channel that cannot hold threads): answered where it was asked, never in a new thread. */
  direct?: boolean;
}

export interface MentionIO {
  /** Starts the platform's "working on it" sign; returns how to take it down after the answer is sent, if it must be. */
  working?: () => Promise<(() => Promise<unknown>) | undefined> | undefined;
  /**
   * Delivers the answer (`asked.view`; to the asker alone when `asked.whisper`, where the platform
   * can), in a thread started from the question when `newThread`, else where it was asked; returns
   * the answer's message id and, when one was started for it, the thread's.
   */
  send(asked: Asked, where: { newThread: boolean }): Promise<{ answerRef?: string; startedThread?: string }>;
}

export interface MentionOptions {
  interactions: Interactions;
  claims: Claims;
  logger: Logger;
  /** Minimum time between two answered mentions of the same user; 0 for none. */
  cooldownMs: number;
  /** Told about every mention that failed (for the metrics). */
  onError?: () => void;
}

export function createMentions(options: MentionOptions): (mention: Mention, io: MentionIO) => Promise<void> {
  const { interactions, claims, logger } = options;
  return async (mention, io) => {
    if (mention.delivery && !(await firstDelivery(claims, mention.delivery))) {
      logger.debug({ delivery: mention.delivery }, 'mention ignored: already taken');
      return;
    }
    if (options.cooldownMs > 0 && !(await claims.first(`${mention.platform}-cooldown:${mention.userId}`, options.cooldownMs))) {
      logger.debug({ user: mention.userId }, 'mention ignored: cooldown');
      return;
    }
    let sign: Promise<(() => Promise<unknown>) | undefined> | undefined;
    const timer = mention.quiet ? undefined : setTimeout(() => void (sign = Promise.resolve(io.working?.())), WORKING_AFTER_MS);
    try {
      const asked = await interactions.ask(mention);
      clearTimeout(timer);
      // A question in a channel gets a thread of its own, unless it is in one or continues a known
      // conversation (a reply to an answer). Posted (or whispered): nothing to share in the channel.
      const newThread = !mention.direct && !mention.continues?.threadId && !asked.thread;
      const sent = await io.send({ ...asked, view: { ...asked.view, private: false } }, { newThread });
      // The question is remembered in the conversation its answer went to: a thread just started, the thread asked in, or the reply chain.
      await interactions.remember(mention, asked, sent.answerRef, sent.startedThread);
    } catch (err) {
      // Logged, and the asker told (as a whisper: privately where the platform can), never silence.
      const { platform, userId: user, command, args } = mention;
      await answerFailure(options, err, 'mention failed', { platform, user, command, args: args.slice(0, 300) }, (answer) =>
        io.send(
          {
            answer,
            request: { command, args },
            view: { kind: 'answer', answer, page: 0, private: false },
            context: [],
            article: false,
            whisper: true,
            private: true,
          },
          { newThread: false },
        ),
      );
    } finally {
      clearTimeout(timer);
      const takeDown = await sign;
      await takeDown?.();
    }
  };
}
