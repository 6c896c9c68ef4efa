import { Client, Events, GatewayIntentBits, Partials, RESTEvents, Routes, type RESTOptions } from 'discord.js';
import { commands } from '../../../commands/index.ts';
import type { CompletionSource } from '../../../commands/spec.ts';
import type { DiscordConfig } from '../../config.ts';
import { createLifecycle } from '../../core/lifecycle.ts';
import { settleWithin } from '../../core/in-flight.ts';
import { memoryClaims } from '../../store/claims.ts';
import type { ChatAdapterOptions } from '../../core/chat-adapter.ts';
import type { ArticleFlow } from '../../intake/flow.ts';
import type { Adapter, Answer, Choice, PostOptions } from '../../core/types.ts';
import { createInteractionHandler } from './interactions.ts';
import { createMentionHandler } from './mentions.ts';
import { guardRawPacket } from './raw-guard.ts';
import { registerCommands } from './register.ts';
import { toPostError } from './post-error.ts';
import { toDiscord } from './render.ts';
import { NO_SIGNALS } from '../../core/signals.ts';

// The Discord adapter: a discord.js gateway client that registers the slash commands on ready,
// answers commands, autocomplete, buttons and mentions, and posts the daily answers.

export interface DiscordAdapterOptions extends ChatAdapterOptions {
  config: DiscordConfig;
  complete: (source: CompletionSource, partial: string) => Choice[];
  /** Minimum time between two answered mentions of the same user. Default 5 s. */
  mentionCooldownMs?: number;
  /** REST tuning (tests raise globalRequestsPerSecond; DISCORD_API_URL already sets `api`). */
  rest?: Partial<Pick<RESTOptions, 'globalRequestsPerSecond' | 'offset' | 'timeout' | 'retries'>>;
  /** Answers slower than this are deferred ("VisitBot is thinking…") and edited in. Default 2 s (Discord allows 3). */
  deferAfterMs?: number;
  /** Adding articles from chat (/sources add:<url> or file:<attachment>); without it /sources only lists. */
  articles?: ArticleFlow;
}

export interface DiscordAdapter extends Adapter {
  /** True once every shard is ready, false while one is reconnecting or after stop(). */
  connected(): boolean;
}

const STOP_WITHIN_MS = 1000;
const CLOSE_HINTS: Record<number, string> = {
  4004: ': DISCORD_TOKEN was rejected; copy a fresh bot token (Bot → Reset Token) from https://discord.com/developers/applications',
  4013: ': invalid intents',
  4014: ': an intent is not enabled for this application (Bot → Privileged Gateway Intents)',
};

export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const { config, logger } = options;
  const signals = options.signals ?? NO_SIGNALS;
  const life = createLifecycle<Client>({ name: 'The Discord adapter', toPostError });
  const claims = options.claims ?? memoryClaims({ max: options.memoryMax });
  const { interactions, articles } = options;
  /** Shards that closed or are reconnecting since the client became ready. */
  const down = new Set<number>();

  const newClient = () =>
    new Client({
      // Guilds: channels and threads; GuildMessages and DirectMessages: mentions. Not the privileged
      // Message Content intent: Discord delivers the content of messages that mention the bot anyway.
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
      allowedMentions: { parse: [], repliedUser: false },
      rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), ...options.rest },
      // DISCORD_SHARDS: discord.js's WebSocket manager runs the shards in this process, so commands,
      // the daily posts and the store stay single; 'auto' takes Discord's recommended count.
      ...(config.shards === 'auto' ? { shards: 'auto' as const } : config.shards ? { shardCount: config.shards } : {}),
    });

  return {
    platform: 'discord',

    start: () =>
      life.start(async () => {
        const c = newClient();
        c.on(Events.Raw, (packet: { t?: string | null; d?: unknown }) => {
          if (!guardRawPacket(packet)) logger.warn({ event: packet.t }, 'discord malformed payload ignored');
        });
        c.on(Events.Error, (err) => {
          signals.error();
          logger.error({ err }, 'discord client error');
        });
        c.on(Events.ShardError, (err, shard) => {
          signals.error();
          logger.warn({ err, shard }, 'discord gateway error');
        });
        c.on(Events.ShardReady, (shard) => void down.delete(shard));
        c.on(Events.ShardReconnecting, (shard) => void down.add(shard));
        c.on(Events.ShardResume, (shard, replayed) => {
          down.delete(shard);
          logger.info({ shard, replayed }, 'discord gateway resumed');
        });
        c.on(Events.ShardDisconnect, (event, shard) => {
          down.add(shard);
          signals.error();
          logger.error({ code: event.code, shard }, 'discord gateway closed for good (check the token and intents)');
        });
        c.rest.on(RESTEvents.Response, (_request, response) => {
          if (response.status === 429) signals.rateLimited();
        });
        c.on(Events.Warn, (message) => logger.warn({ message }, 'discord warning'));

        const both = { interactions, logger, articles, adminGuildIds: config.adminGuildIds };
        const onInteraction = createInteractionHandler({
          ...both,
          complete: options.complete,
          publicReplies: config.publicReplies,
          deferAfterMs: options.deferAfterMs,
          onError: signals.error,
        });
        const onMessage = createMentionHandler(c, { ...both, cooldownMs: options.mentionCooldownMs ?? 5000, claims, onError: signals.error });
        c.on(Events.InteractionCreate, (i) => void life.track(onInteraction(i)));
        c.on(
          Events.MessageCreate,
          (m) =>
            void life.track(
              onMessage(m).catch((err: unknown) => {
                signals.error();
                logger.error({ err, message: m.id, channel: m.channelId }, 'discord mention failed');
              }),
            ),
        );

        // A gateway that refuses the session for good (bad token 4004, disallowed intents 4014) must fail start().
        const ready = new Promise<void>((resolve, reject) => {
          c.once(Events.ClientReady, () => resolve());
          c.once(Events.ShardDisconnect, (event) =>
            reject(new Error(`the gateway closed the connection with code ${event.code}${CLOSE_HINTS[event.code] ?? ''}`)),
          );
        });
        try {
          await Promise.all([c.login(config.token), ready]);
          const registered = await registerCommands(c.rest, config.appId, commands, config.guildId);
          logger.info({ user: c.user?.tag, shards: c.ws.shards.size, ...registered }, 'discord ready');
          return c;
        } catch (err) {
          await destroyWithin(c, STOP_WITHIN_MS);
          throw new Error(`VisitBot Discord adapter could not start: ${(err as Error).message}`, { cause: err });
        }
      }),

    post(channelId: string, answer: Answer, postOptions?: PostOptions) {
      const m = toDiscord(answer, 0);
      // With enforce_nonce Discord returns the message already made with this nonce (within a few
      // minutes) instead of posting again: a retry after a crash does not post twice.
      const once = postOptions ? { nonce: postOptions.key.slice(0, 25), enforce_nonce: true } : {};
      return life.post((c) =>
        c.rest.post(Routes.channelMessages(channelId), { body: { embeds: m.embeds, components: m.components, allowed_mentions: m.allowed_mentions, ...once } }),
      );
    },

    // The lifecycle holds the client only from ready (and its commands registered) until stop.
    stop: () => life.stop((c) => destroyWithin(c, STOP_WITHIN_MS)),

    connected() {
      return life.current() !== undefined && down.size === 0;
    },
  };
}

/** client.destroy() can hang during a reconnect back-off; stop() must still return quickly. */
async function destroyWithin(c: Client, ms: number): Promise<void> {
  c.removeAllListeners();
  c.on(Events.Error, () => undefined);
  await settleWithin(c.destroy(), ms);
}
