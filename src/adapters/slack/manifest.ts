import type { CommandSpec } from '../../../commands/spec.ts';
import { clip } from '../../core/render-text.ts';

// The Slack app manifest (https://docs.slack.dev/reference/app-manifest), generated from the same
// command list as dispatch and help. A workspace admin pastes it at api.slack.com/apps → Create New
// App → From an app manifest.

/** Slack's built-in commands: an app cannot take these names, so they are only reachable as "/visit <name>". */
export const RESERVED_COMMANDS: ReadonlySet<string> = new Set(
  'active away archive call collapse dm dnd expand feed feedback giphy help invite join kick leave me msg mute open remind remove rename search shortcuts shrug star status topic who'.split(
    ' ',
  ),
);

export const BOT_SCOPES = [
  'app_mentions:read', // app_mention events
  'chat:write', // answers in threads and DMs
  'chat:write.public', // daily posts in channels the bot was not invited to
  'channels:history', // a retried daily post looks for the earlier one first (message metadata)
  'groups:history', // the same in private channels
  'commands', // slash commands
  'files:read', // a .md or .html article file shared with "add" (admins)
  'im:history', // message.im: direct messages to the bot
  'reactions:write', // 👀 on a mention while a slow answer is worked on
  'users:read', // users.info: may this user manage the channel's daily posts?
] as const;

// app_home_opened: the App Home tab is drawn when a user opens it (no scope needed).
export const BOT_EVENTS = ['app_mention', 'message.im', 'app_home_opened'] as const;

export interface ManifestOptions {
  commands: readonly CommandSpec[];
  /** The umbrella command, e.g. "/visit" (SLACK_COMMAND). */
  command: string;
  socketMode: boolean;
  /** Public base URL of the HTTP receiver, e.g. https://visitbot.example.org (HTTP mode). */
  baseUrl?: string;
  name?: string;
}

export const BASE_URL_PLACEHOLDER = 'https://YOUR-HOST.example';

export function createManifest(o: ManifestOptions): Record<string, unknown> {
  const name = o.name ?? 'VisitBot';
  const requestUrl = o.socketMode ? undefined : `${(o.baseUrl ?? BASE_URL_PLACEHOLDER).replace(/\/+$/, '')}/slack/events`;
  const withUrl = (c: Record<string, unknown>) => (requestUrl ? { ...c, url: requestUrl } : c);
  const subcommands = o.commands.map((c) => c.name);
  const umbrella = withUrl({
    command: o.command,
    description: clip('Answers questions about the visit from news articles, with citations', 2000),
    usage_hint: clip(`<${subcommands.join('|')}> <text>, or a question`, 1000),
    should_escape: false,
  });
  const standalone = o.commands
    .filter((c) => !RESERVED_COMMANDS.has(c.name) && `/${c.name}` !== o.command)
    .map((c) => {
      const hint = usageHint(c);
      return withUrl({
        command: `/${c.name}`,
        description: clip(c.description, 2000),
        ...(hint ? { usage_hint: clip(hint, 1000) } : {}),
        should_escape: false,
      });
    });
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: 'Answers questions about news articles, citing outlet, title, date and paragraph.',
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: name, always_online: true },
      slash_commands: [umbrella, ...standalone],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(requestUrl ? { request_url: requestUrl } : {}), bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...(requestUrl ? { request_url: requestUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: o.socketMode,
      token_rotation_enabled: false,
    },
  };
}

function usageHint(c: CommandSpec): string {
  return c.usage.replace(/^\/\S+\s*/, '');
}
