// The seam between the platform-neutral core and the adapters. Adapters turn platform events into a
// BotRequest and render the Answer they get back; nothing else crosses.

export type Platform = 'console' | 'cli' | 'discord' | 'slack';

/** Where a cited excerpt stands: outlet, title, publication date, paragraph, and the text as printed. */
export interface Citation {
  source: string;
  title: string;
  /** YYYY-MM-DD */
  published: string;
  /** 1-based story paragraph number; for a photo caption, the caption's own number. */
  paragraph: number;
  /** True when the excerpt is a photo caption rather than story text. */
  caption?: boolean;
  excerpt: string;
  url?: string;
}

/** One entry of a list answer (a quote, a dated event, a source): the unit that is paged. */
export interface AnswerItem {
  text: string;
  citations: Citation[];
}

export type AnswerKind = 'answer' | 'not-found' | 'usage' | 'help' | 'refusal' | 'error';

export interface Answer {
  /** False for refusals, help, usage messages and "not in the articles". */
  answered: boolean;
  kind: AnswerKind;
  /** Short headline, e.g. the person's name or "Timeline of the visit". */
  title: string;
  /** The answer itself in plain text (list answers put a one-line summary here). */
  text: string;
  /** Evidence for `text`. */
  citations: Citation[];
  /** Pageable entries of a list answer, in order. */
  items: AnswerItem[];
  /** Commands the user could try next. */
  suggestions: string[];
}

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
  /** Earlier questions of the same conversation (a thread), oldest first: "he" may mean someone named there. */
  context?: string[];
}

export type Handle = (request: BotRequest) => Promise<Answer>;

/** An autocomplete choice offered while the user types an option. */
export interface Choice {
  name: string;
  value: string;
}

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
