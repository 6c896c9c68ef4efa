import { LRUCache } from 'lru-cache';
import type { Logger } from '../core/logger.ts';
import { StoreUnavailableError, type ConversationStore, type DailyPlatform, type ThreadKey } from '../store/types.ts';

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
/** A thread's questions are forgotten a day after they were asked (Discord archives idle threads after a day). */
export const TURN_TTL_MS = 24 * 60 * 60_000;

export interface ConversationOptions {
  now?: () => number;
  ttlMs?: number;
}

/** Conversations kept in the store; while it is unreachable, follow-ups are answered without context. */
export function storeConversations(store: ConversationStore, logger: Logger, options: ConversationOptions = {}): Conversations {
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
    contextOfAnswer: (platform, channelId, answerRef) =>
      safely('read', [], async () => {
        const threadId = await store.threadOfAnswer(platform, channelId, answerRef, now());
        return threadId ? store.turns({ platform, channelId, threadId }, now(), MAX_TURNS, answerRef) : [];
      }),
    threadOfAnswer: (platform, channelId, answerRef) => safely('read', undefined, () => store.threadOfAnswer(platform, channelId, answerRef, now())),
    remember: (thread, question, answerRef) => safely('write', undefined, () => store.addTurn(thread, question, answerRef, now(), ttlMs)),
  };
}

/**
 * One process's conversations (tests, and adapters started without a store): at most `maxThreads`
 * threads, the least recently used forgotten first (lru-cache), each thread for `ttlMs` after its last question.
 */
export function memoryConversations(options: ConversationOptions & { maxThreads?: number } = {}): Conversations {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? TURN_TTL_MS;
  type Turn = { question: string; answerRef?: string; until: number };
  const threads = new LRUCache<string, Turn[]>({ max: options.maxThreads ?? 10_000 });
  // Which thread each answer belongs to, bounded the same way (a button finds its thread in one step).
  const answers = new LRUCache<string, string>({ max: (options.maxThreads ?? 10_000) * MAX_TURNS });
  const keyOf = (t: ThreadKey) => JSON.stringify([t.platform, t.channelId, t.threadId]);
  const answerKey = (platform: DailyPlatform, channelId: string, answerRef: string) => JSON.stringify([platform, channelId, answerRef]);
  const live = (t: ThreadKey) => (threads.get(keyOf(t)) ?? []).filter((turn) => turn.until > now());
  const find = (platform: DailyPlatform, channelId: string, answerRef: string) => {
    const threadId = answers.get(answerKey(platform, channelId, answerRef));
    return threadId !== undefined && live({ platform, channelId, threadId }).some((t) => t.answerRef === answerRef) ? threadId : undefined;
  };
  return {
    context: async (thread) =>
      live(thread)
        .slice(-MAX_TURNS)
        .map((t) => t.question),
    contextOfAnswer: async (platform, channelId, answerRef) => {
      const threadId = find(platform, channelId, answerRef);
      if (!threadId) return [];
      const turns = live({ platform, channelId, threadId });
      return turns
        .slice(
          0,
          turns.findIndex((t) => t.answerRef === answerRef),
        )
        .slice(-MAX_TURNS)
        .map((t) => t.question);
    },
    threadOfAnswer: async (platform, channelId, answerRef) => find(platform, channelId, answerRef),
    remember: async (thread, question, answerRef) => {
      const turns = [...live(thread), { question, answerRef, until: now() + ttlMs }].slice(-MAX_TURNS * 2);
      threads.set(keyOf(thread), turns);
      if (answerRef) answers.set(answerKey(thread.platform, thread.channelId, answerRef), thread.threadId);
    },
  };
}

/** A request as a chat line, the form the core reads context in: "/who Li Yong", or the free question itself. */
export function questionLine(request: { command: string; args: string }): string {
  return request.command === 'ask' ? request.args : `/${request.command}${request.args ? ` ${request.args}` : ''}`;
}
