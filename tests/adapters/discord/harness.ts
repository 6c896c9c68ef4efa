import { createDiscordAdapter, type DiscordAdapter, type DiscordAdapterOptions } from '../../../src/adapters/discord/adapter.ts';
import type { DiscordConfig } from '../../../src/config.ts';
import type { Handle } from '../../../src/core/types.ts';
import type { Conversations } from '../../../src/conversation/conversations.ts';
import type { Feedback } from '../../../src/conversation/feedback.ts';
import { createInteractions } from '../../../src/core/interactions.ts';
import { createArticleFlow } from '../../../src/intake/flow.ts';
import type { Intake } from '../../../src/intake/intake.ts';
import { seedsBot } from '../../helpers.ts';
import { capturedLogs } from '../../../test-support/fakes/chat.ts';
import { FakeDiscord, IDS, type RestCall } from '../../../test-support/fakes/discord-server.ts';

// One fake Discord and one real discord.js client per test file, answering from the real seeds.

export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  logs: Array<Record<string, any>>;
  /** Dispatches an interaction and resolves with the bot's first REST call for it. */
  interact(payload: Record<string, unknown>): Promise<RestCall>;
  stop(): Promise<void>;
}

export async function startHarness(
  options: {
    config?: Partial<DiscordConfig>;
    handle?: Handle;
    mentionCooldownMs?: number;
    rest?: DiscordAdapterOptions['rest'];
    deferAfterMs?: number;
    signals?: DiscordAdapterOptions['signals'];
    prepare?: (fake: FakeDiscord) => void;
    intake?: Intake;
    conversations?: Conversations;
    feedback?: Feedback;
  } = {},
): Promise<Harness> {
  const fake = await new FakeDiscord().listen();
  options.prepare?.(fake);
  const b = seedsBot();
  const { logger, logs } = capturedLogs();
  const config = { token: 'fake-token', appId: IDS.app, guildId: IDS.guild, apiUrl: fake.apiUrl, publicReplies: false, ...options.config };
  const adapter = createDiscordAdapter({
    config,
    interactions: createInteractions({
      handle: options.handle ?? (async (request) => b.handle(request)),
      conversations: options.conversations,
      feedback: options.feedback,
      publicReplies: config.publicReplies,
    }),
    articles: options.intake && createArticleFlow(options.intake, 'discord'),
    complete: (source, partial) => b.complete(source, partial),
    logger,
    mentionCooldownMs: options.mentionCooldownMs,
    rest: { globalRequestsPerSecond: 1e5, ...options.rest },
    deferAfterMs: options.deferAfterMs,
    signals: options.signals,
  });
  await adapter.start();
  return {
    fake,
    adapter,
    logs,
    async interact(payload) {
      const from = fake.calls.length;
      fake.dispatch('INTERACTION_CREATE', payload);
      return fake.waitFor((c) => c.path.startsWith(`/interactions/${String(payload.id)}/`) || c.path.includes(`/${String(payload.token)}`), { from });
    },
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** The first embed of a REST body (interaction callback or message). */
export function embedOf(call: RestCall): any {
  return (call.body?.data ?? call.body)?.embeds?.[0];
}

export function embedText(call: RestCall): string {
  const e = embedOf(call);
  return [e?.title, e?.description, ...(e?.fields ?? []).flatMap((f: any) => [f.name, f.value]), e?.footer?.text].filter(Boolean).join('\n');
}
