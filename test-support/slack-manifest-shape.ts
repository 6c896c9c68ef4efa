// The parts of a Slack app manifest the tests read (the generator's output and the CLI's JSON).

type SlashCommand = { command: string; description: string; usage_hint?: string; url?: string };

export type ManifestShape = {
  features: { slash_commands: SlashCommand[]; app_home: { messages_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
};
