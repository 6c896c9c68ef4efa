import { LRUCache } from 'lru-cache';
import type { Logger } from '../core/logger.ts';
import { StoreUnavailableError, type DailyPlatform, type Store, type ThreadKey } from '../store/types.ts';

// Follow-ups: the questions asked in a thread are kept (in the store, so that every process sharing it
// sees them, and so that no platform history has to be read: the bot has no Message Content intent),
// keyed by platform, channel and thread. A follow-up mention in the same thread is asked with them as
// its context; a button on an answer finds the questions asked before it through the answer's message
// id. Keys always include the channel: context never crosses threads or channels.

export type { ThreadKey };

export interface Conversations {
  /** The earlier questions of `thread`, oldest first (at most MAX_TURNS). Never throws. */
  context(thread: ThreadKey): Promise<string[]>;
  /** The questions asked before the one the bot's message `answerRef` answered, in its thread. Never throws. */
  contextOfAnswer(platform: DailyPlatform, channelId: string, answerRef: string): Promise<string[]>;
  /** The thread the bot's message `answerRef` belongs to (a reply to it continues that conversation). Never throws. */
  threadOfAnswer(platform: DailyPlatform, channelId: string, answerRef: string): Promise<string | undefined>;
  /** Records a question of `thread` and the id (Discord) or ts (Slack) of the answer sent. Never throws. */
  remember(thread: ThreadKey, question: string, answerRef: string | undefined): Promise<void>;
}

/** Questions a follow-up carries: the last ten are plenty to say who "he" is. */
export const MAX_TURNS = 10;
/** Turns kept per thread in memory: context reads MAX_TURNS, before the latest answers of a thread. */
const MAX_KEPT_TURNS = 5 * MAX_TURNS;
/** A thread's questions are forgotten a day after they were asked (Discord archives idle threads after a day). */
export const TURN_TTL_MS = 24 * 60 * 60_000;

export interface ConversationOptions {
  now?: () => number;
  ttlMs?: number;
}

/** Conversations kept in the store; while it is unreachable, follow-ups are answered without context. */
export function storeConversations(store: Store, logger: Logger, options: ConversationOptions = {}): Conversations {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? TURN_TTL_MS;
  const safely = async <T>(what: string, fallback: T, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) logger.error({ err }, `conversation ${what} failed`);
      return fallback;
    }
  };
  return {
    context: (thread) => safely('read', [], () => store.turns(thread, now(), MAX_TURNS)),
    contextOfAnswer: (platform, channelId, answerRef) => safely('read', [], async () => {
      const threadId = await store.threadOfAnswer(platform, channelId, answerRef, now());
      return threadId ? store.turns({ platform, channelId, threadId }, now(), MAX_TURNS, answerRef) : [];
    }),
    threadOfAnswer: (platform, channelId, answerRef) => safely('read', undefined, () => store.threadOfAnswer(platform, channelId, answerRef, now())),
    remember: (thread, question, answerRef) => safely('write', undefined, () => store.addTurn(thread, question, answerRef, now(), ttlMs)),
  };
}

/** One process's conversations (tests, and adapters started without a store), bounded in threads. */
export function memoryConversations(options: ConversationOptions & { maxThreads?: number } = {}): Conversations {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? TURN_TTL_MS;
  const maxThreads = options.maxThreads ?? 10_000;
  // The threads used most recently; the least recently used is let go first.
  const threads = new LRUCache<string, Array<{ question: string; answerRef?: string; until: number }>>({ max: maxThreads });
  const keyOf = (t: ThreadKey) => JSON.stringify([t.platform, t.channelId, t.threadId]);
  const live = (t: ThreadKey) => (threads.get(keyOf(t)) ?? []).filter((turn) => turn.until > now());
  const find = (platform: DailyPlatform, channelId: string, answerRef: string) => {
    for (const [key, turns] of threads.entries()) {
      const [p, c, threadId] = JSON.parse(key) as [DailyPlatform, string, string];
      if (p === platform && c === channelId && turns.some((t) => t.answerRef === answerRef && t.until > now())) return threadId;
    }
    return undefined;
  };
  return {
    context: async (thread) => live(thread).slice(-MAX_TURNS).map((t) => t.question),
    contextOfAnswer: async (platform, channelId, answerRef) => {
      const threadId = find(platform, channelId, answerRef);
      if (!threadId) return [];
      const turns = live({ platform, channelId, threadId });
      return turns.slice(0, turns.findIndex((t) => t.answerRef === answerRef)).slice(-MAX_TURNS).map((t) => t.question);
    },
    threadOfAnswer: async (platform, channelId, answerRef) => find(platform, channelId, answerRef),
    remember: async (thread, question, answerRef) => {
      const key = keyOf(thread);
      const turns = live(thread);
      turns.push({ question, answerRef, until: now() + ttlMs });
      // A busy thread keeps its latest turns only (a button on an older answer gets less context).
      if (turns.length > MAX_KEPT_TURNS) turns.splice(0, turns.length - MAX_KEPT_TURNS);
      threads.set(key, turns);
    },
  };
}

/** A request as a chat line, the form the core reads context in: "/who Li Yong", or the free question itself. */
export function questionLine(request: { command: string; args: string }): string {
  return request.command === 'ask' ? request.args : `/${request.command}${request.args ? ` ${request.args}` : ''}`;
}

/** Requests that change channel settings (daily posts): never re-run by a button, so they get no "why" or votes. */
export function changesSettings(request: { command: string; args: string }): boolean {
  const command = request.command.toLowerCase();
  return command === 'daily' || (command === 'onthisday' && /^(?:subscribe|unsubscribe)\b/i.test(request.args.trim()));
}
