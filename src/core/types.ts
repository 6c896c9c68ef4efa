// The seam between the platform-neutral core and the adapters. Adapters turn platform events into a
// BotRequest and render the Answer they get back; nothing else crosses.

export type Platform = 'console' | 'cli' | 'discord' | 'slack';

// The answer types belong to the answers layer; the seam re-exports them for the adapters.
export type { Answer, AnswerItem, AnswerKind, Choice, Citation } from '../answers/types.ts';
import type { Answer } from '../answers/types.ts';
import type { WhyView } from '../conversation/explain.ts';

export interface BotRequest {
  /** Command name without the slash ("who"), or "ask" for a free question. */
  command: string;
  /** The argument text exactly as the user typed it. */
  args: string;
  platform: Platform;
  userId?: string;
  channelId?: string;
  /** Set by the adapter: may this user manage the channel (subscriptions)? */
  canManageChannel?: boolean;
  /** Set by the adapter for admin-only commands: is this user one of the bot's admins? */
  isAdmin?: boolean;
  /** Earlier questions of the same conversation (a thread), oldest first: "he" may mean someone named there. */
  context?: string[];
  /** The adapter's capability, where this user may be offered adding articles: "/sources add <link>" goes to it. */
  addArticle?: (link: string) => Promise<Answer>;
}

export type Handle = (request: BotRequest) => Promise<Answer>;

/**
 * What an adapter shows in reply, decided by the core (src/core/interactions.ts, replies.ts); each
 * renderer draws every kind once: an answer at a page, a "why" view, or a line of text (a vote's receipt).
 */
export type View =
  | {
      kind: 'answer';
      answer: Answer;
      page: number;
      /** The request answered: the buttons re-run it (never a settings change), and its suggestions become buttons. None: a daily post, an article's preview. */
      request?: { command: string; args: string };
      /** Shown to one user: a real answer offers "Share in channel". */
      private: boolean;
      /** Shared in the channel by this user (a platform that does not show who clicked says so). */
      sharedBy?: string;
    }
  | { kind: 'why'; view: WhyView }
  | { kind: 'text'; text: string };

/** Idempotency of a daily post: `key` is the same on every attempt; `mayExist` when an earlier attempt may have reached the platform. */
export interface PostOptions {
  key: string;
  mayExist: boolean;
}

/** What every platform adapter offers the wiring in main.ts and the daily posts. */
export interface Adapter {
  readonly platform: Platform;
  start(): Promise<void>;
  /** Posts an answer publicly in a channel (daily posts). */
  post(channelId: string, answer: Answer, options?: PostOptions): Promise<void>;
  stop(): Promise<void>;
}
