import type { SlackConfig } from '../../../src/config.ts';
import type { Handle } from '../../../src/core/types.ts';
import type { Conversations } from '../../../src/conversation/conversations.ts';
import type { Feedback } from '../../../src/conversation/feedback.ts';
import { createInteractions } from '../../../src/core/interactions.ts';
import { createArticleFlow } from '../../../src/intake/flow.ts';
import type { Intake } from '../../../src/intake/intake.ts';
import { seedsBot } from '../../helpers.ts';
import { capturedLogs } from '../../../test-support/fakes/chat.ts';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from '../../../src/adapters/slack/adapter.ts';
import { startFakeSlack, type FakeSlack } from '../../../test-support/fakes/slack-api.ts';
import { SIGNING_SECRET } from '../../../test-support/fakes/slack-requests.ts';

// Starts the fake Slack first, then the real adapter (real Bolt) against it, with the real seeds.

export interface LogEntry {
  level: number;
  msg: string;
  [k: string]: unknown;
}

export interface Harness {
  fake: FakeSlack;
  adapter: SlackAdapter;
  /** http://127.0.0.1:PORT/slack/events (HTTP mode). */
  events: string;
  logs: LogEntry[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  config?: Partial<SlackConfig>;
  handle?: Handle;
  socketMode?: boolean;
  /** Runs on the fake before the adapter starts (e.g. to make auth.test fail). */
  prepare?: (fake: FakeSlack) => void;
  signals?: SlackAdapterOptions['signals'];
  intake?: Intake;
  conversations?: Conversations;
  feedback?: Feedback;
}

export async function startHarness(o: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeSlack();
  o.prepare?.(fake);
  const { logger, logs: lines } = capturedLogs();
  const logs = lines as LogEntry[];
  const b = seedsBot();
  const config: SlackConfig = {
    botToken: 'xoxb-test',
    signingSecret: SIGNING_SECRET,
    ...(o.socketMode ? { appToken: 'xapp-test' } : {}),
    socketMode: Boolean(o.socketMode),
    port: 0,
    apiUrl: fake.apiUrl,
    command: '/visit',
    publicReplies: false,
    adminUsers: ['UADMIN'],
    ...o.config,
  };
  const adapter = createSlackAdapter({
    config,
    logger,
    interactions: createInteractions({
      handle: o.handle ?? (async (r) => b.handle(r)),
      conversations: o.conversations,
      feedback: o.feedback,
      publicReplies: config.publicReplies,
    }),
    articles: o.intake && createArticleFlow(o.intake, 'slack'),
    signals: o.signals,
  });
  try {
    await adapter.start();
  } catch (err) {
    await fake.close();
    throw err;
  }
  const port = adapter.address()?.port;
  return {
    fake,
    adapter,
    events: `http://127.0.0.1:${port}/slack/events`,
    logs,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** All the text a Block Kit message shows, for assertions. */
export function blockText(message: Record<string, unknown>): string {
  return JSON.stringify(message.blocks ?? []);
}

/** Polls a condition on the event loop (no fixed sleep): for things that leave no request behind, such as a log line. */
export async function until(cond: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!cond()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
