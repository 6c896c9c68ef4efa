import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { storeConversations, type Conversations } from '../../src/conversation/conversations.ts';
import { createFeedback, type Feedback } from '../../src/conversation/feedback.ts';
import type { Answer, Citation, Handle } from '../../src/core/types.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';

// What the chat adapters' tests share besides the fake servers: answers on plain objects, platform
// signals counted, a handle that is slow on purpose, logs captured as objects, and a real SQLite
// store with the conversations and votes on it.

/** Paragraph `n` of a Global Times article of 2024-04-18; `over` sets anything else. */
export function citation(n: number, over: Partial<Citation> = {}): Citation {
  return { source: 'Global Times', title: 'China expects more cooperation', published: '2024-04-18', paragraph: n, excerpt: `Excerpt ${n}.`, ...over };
}

/** A real answer about Han Zheng citing paragraph 1, without suggestions; `over` sets anything else. */
export function answerOf(over: Partial<Answer> = {}): Answer {
  return {
    answered: true,
    kind: 'answer',
    title: 'Han Zheng',
    text: 'Han Zheng: Chinese Vice President.',
    citations: [citation(1)],
    items: [],
    suggestions: [],
    ...over,
  };
}

/** The adapter's signals (errors, 429s), counted. */
export function countingSignals() {
  const counted = { error: 0, rateLimited: 0 };
  return { counted, signals: { error: () => void counted.error++, rateLimited: () => void counted.rateLimited++ } };
}

/** `inner`, `ms` slower; `started` resolves when the first request reaches it. */
export function slowHandle(inner: Handle, ms: number): { handle: Handle; started: Promise<void> } {
  let begun!: () => void;
  const started = new Promise<void>((resolve) => (begun = resolve));
  const handle: Handle = async (r) => {
    begun();
    await new Promise((resolve) => setTimeout(resolve, ms));
    return inner(r);
  };
  return { handle, started };
}

/** A debug logger whose lines are kept, parsed, in `logs`. */
export function capturedLogs(): { logger: Logger; logs: Array<Record<string, any>> } {
  const logs: Array<Record<string, any>> = [];
  const write = (chunk: string) => {
    for (const line of chunk.split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, any>);
  };
  return { logger: pino({ level: 'debug', base: undefined }, { write }), logs };
}

export interface ChatStore {
  store: Store;
  conversations: Conversations;
  feedback: Feedback;
  /** Closes the store and deletes its folder. */
  close(): Promise<void>;
}

/** A real SQLite store in a temporary folder, with the conversations and the votes on it. */
export function chatStore(name: string): ChatStore {
  const dir = mkdtempSync(join(tmpdir(), `visitbot-${name}-`));
  const store = openSqliteStore(join(dir, 'store.sqlite'));
  const logger = pino({ level: 'silent' });
  return {
    store,
    conversations: storeConversations(store, logger),
    feedback: createFeedback(store, logger),
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
