import type { ChannelRef } from '../config.ts';

// The store, one small interface per concern. Two implementations behave the same: SQLite (one
// machine, the default) and PostgreSQL (several processes or hosts). Everything that must be shared
// between bot processes lives here: subscriptions, the delivery ledger of the daily posts, first-claims
// (Slack event ids, Discord message ids, mention cooldowns, each with an expiry), conversations and
// feedback. The schema is written once per dialect; tests/store/schema.test.ts checks they agree.

export type DailyPlatform = ChannelRef['platform'];

export interface Subscription {
  platform: DailyPlatform;
  channelId: string;
  /** HH:MM, or undefined to follow DAILY_POST_TIME. */
  postTime?: string;
  active: boolean;
  source: 'command' | 'config';
  activeFrom: number;
  failures: number;
  disabledAt?: number;
  disabledReason?: string;
}

export interface DeliveryKey {
  platform: DailyPlatform;
  channelId: string;
  /** YYYY-MM-DD in the bot's time zone. */
  localDate: string;
}

export interface Delivery extends DeliveryKey {
  status: 'claimed' | 'retry' | 'done' | 'failed';
  attempts: number;
  postedAt?: number;
  error?: string;
}

/** Thrown by every store call while the database cannot be reached; the store keeps retrying by itself. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

export interface StoreHealth {
  ok: boolean;
  /** Why not, with any password removed. */
  reason?: string;
}

/** Opening, health and closing: what readiness and start-up need. */
export interface StoreLifecycle {
  readonly kind: 'sqlite' | 'postgres';
  /** True once the schema is migrated and the last call reached the database (for readiness). */
  healthy(): boolean;
  health(): StoreHealth;
  /** Resolves when the store is usable, or after `timeoutMs` (then check healthy()). Never rejects. */
  ready(timeoutMs?: number): Promise<boolean>;
  /**
   * One round trip, for readiness: PostgreSQL answers a SELECT 1; SQLite makes a small write (a full
   * disk or a read-only file fails writes, not reads). Rejects when the store cannot do it.
   */
  probe(): Promise<void>;
  close(): Promise<void>;
}

/** The channels that get the daily post. */
export interface SubscriptionStore {
  get(platform: DailyPlatform, channelId: string): Promise<Subscription | undefined>;
  /** Subscribes (or re-subscribes, clearing a failure mark); the first post owed is the first after `now`. */
  subscribe(platform: DailyPlatform, channelId: string, postTime: string | undefined, by: string | undefined, now: number): Promise<void>;
  /** Returns false when the channel was not subscribed. */
  unsubscribe(platform: DailyPlatform, channelId: string, by: string | undefined, now: number): Promise<boolean>;
  /** Makes the configured channels (DAILY_CHANNELS) subscribed, and forgets those no longer listed. A channel unsubscribed by command stays so. */
  syncConfig(channels: ChannelRef[], now: number): Promise<void>;
  /** The distinct post times in use (undefined: the default). */
  postTimes(): Promise<(string | undefined)[]>;
  /** Counts a permanent failure of the channel; returns the count so far. */
  addFailure(platform: DailyPlatform, channelId: string): Promise<number>;
  /** Marks a channel that kept failing: no more posts until someone subscribes it again. */
  disable(platform: DailyPlatform, channelId: string, now: number, reason: string): Promise<void>;
}

/** The daily posts' delivery ledger: one delivery per channel and day, claimed by one process at a time. */
export interface DailyLedger {
  /** Active subscriptions whose delivery for `localDate` is not finished. */
  pending(localDate: string): Promise<Subscription[]>;
  delivery(key: DeliveryKey): Promise<Delivery | undefined>;
  lastDelivery(platform: DailyPlatform, channelId: string): Promise<Delivery | undefined>;
  /** Takes the delivery if nobody holds a live claim on it and it is not finished (atomic across processes). */
  claim(key: DeliveryKey, owner: string, now: number, leaseMs: number, maxAttempts: number): Promise<boolean>;
  /** Marks a claimed delivery posted. False if the claim was lost meanwhile (its lease ran out and another took it). */
  complete(key: DeliveryKey, owner: string, now: number): Promise<boolean>;
  /** Gives the claim back, to be tried again at `retryAt`; a rate limit does not count as an attempt. */
  retryLater(key: DeliveryKey, owner: string, retryAt: number, error: string, countAttempt?: boolean): Promise<boolean>;
  /** Gives the day's delivery up. */
  fail(key: DeliveryKey, owner: string, error: string): Promise<boolean>;
  /** A process starting under the same owner name knows its old claims are dead: frees them now. */
  releaseOwnClaims(owner: string): Promise<number>;
  /** Forgets deliveries of days before `localDate`, and first-claims that have expired. */
  prune(localDate: string, now: number): Promise<number>;
}

/** Event dedupe across processes: Slack event ids, Discord message ids, mention cooldowns. */
export interface EventDedupe {
  /**
   * True for the first caller to claim `key` while no earlier claim of it is live; the claim lives
   * `ttlMs`. Atomic across processes: of two processes offered the same Slack event, one gets true.
   */
  firstClaim(key: string, now: number, ttlMs: number): Promise<boolean>;
}

/** Conversations: the questions asked in a thread, so that a follow-up can say "he". */
export interface ConversationStore {
  /** Records a question asked in `thread` (and, once sent, the id or ts of the answer); it is forgotten after `ttlMs`. */
  addTurn(thread: ThreadKey, question: string, answerRef: string | undefined, now: number, ttlMs: number): Promise<void>;
  /** The questions of `thread` still live, oldest first, the last `limit`; with `beforeAnswer`, only those asked before that answer's question. */
  turns(thread: ThreadKey, now: number, limit: number, beforeAnswer?: string): Promise<string[]>;
  /** The thread in which the bot's message `answerRef` answered a question, in that channel only. */
  threadOfAnswer(platform: DailyPlatform, channelId: string, answerRef: string, now: number): Promise<string | undefined>;
}

/** Feedback: thumbs up and down on answers, one vote per user per answer. */
export interface FeedbackStore {
  /** Stores a vote; a second vote of the same user on the same answer replaces the first. */
  vote(v: Vote): Promise<'recorded' | 'replaced' | 'unchanged'>;
  /** Stores what was wrong with a vote down (false when the user has no vote down on that answer). */
  reason(answerKey: string, userHash: string, reason: string, now: number): Promise<boolean>;
  /** The answers with at least one vote down, the most voted down first. */
  downVoted(limit: number): Promise<DownVoted[]>;
  /** A random salt made once per database (shared by every process on it), for hashing user ids. */
  salt(): Promise<string>;
}

/**
 * The whole store, as a backend implements it (src/store/sqlite.ts, postgres.ts). Its users take the
 * one concern they need: the daily posts SubscriptionStore and DailyLedger, the adapters EventDedupe,
 * conversations ConversationStore, feedback FeedbackStore, readiness StoreLifecycle.
 */
export interface Store extends StoreLifecycle, SubscriptionStore, DailyLedger, EventDedupe, ConversationStore, FeedbackStore {}

/** One conversation: a Discord thread (or reply chain) or a Slack thread, inside one channel. */
export interface ThreadKey {
  platform: DailyPlatform;
  channelId: string;
  threadId: string;
}

export interface Vote {
  answerKey: string;
  /** Salted hash of the platform and user id: never the id itself, never the name. */
  userHash: string;
  platform: DailyPlatform;
  vote: 1 | -1;
  /** The question as a chat line ("/who Li Yong" or the free question). */
  question: string;
  /** Earlier questions of the thread, oldest first. */
  context: string[];
  answerText: string;
  now: number;
}

export interface DownVoted {
  answerKey: string;
  platforms: string[];
  question: string;
  context: string[];
  answerText: string;
  down: number;
  up: number;
  lastAt: number;
  /** What voters said was wrong, newest last. */
  reasons: string[];
}
