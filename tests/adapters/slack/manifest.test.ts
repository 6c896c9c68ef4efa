import { describe, expect, it } from 'vitest';
import type { ManifestShape } from '../../../test-support/slack-manifest-shape.ts';
import { commands } from '../../../commands/index.ts';
import { BASE_URL_PLACEHOLDER, createManifest } from '../../../src/adapters/slack/manifest.ts';

// The manifest generator: everything comes from commands/.

type M = ManifestShape;

describe('createManifest', () => {
  it('GIVEN HTTP mode and a base URL THEN the umbrella command, the allowed standalone commands, and every request URL', () => {
    const m = createManifest({ commands, command: '/visit', socketMode: false, baseUrl: 'https://bot.example.org/' }) as unknown as M;
    const names = m.features.slash_commands.map((c) => c.command);
    expect(names[0]).toBe('/visit');
    expect(m.features.slash_commands[0]!.usage_hint).toContain('who|quote|when|ask|onthisday|timeline|sources|daily|feedback|help');
    // Slack reserves /who (and /help); they stay reachable as /visit who, /visit help.
    expect(names).not.toContain('/who');
    expect(names).not.toContain('/help');
    expect(names).toEqual(['/visit', '/quote', '/when', '/ask', '/onthisday', '/timeline', '/sources', '/daily']);
    for (const c of m.features.slash_commands) {
      expect(c.url).toBe('https://bot.example.org/slack/events');
      expect(c.command).toMatch(/^\/[a-z0-9_-]{1,31}$/);
    }
    expect(m.settings.event_subscriptions.request_url).toBe('https://bot.example.org/slack/events');
    expect(m.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im', 'app_home_opened']);
    expect(m.settings.interactivity).toEqual({ is_enabled: true, request_url: 'https://bot.example.org/slack/events' });
    expect(m.settings.socket_mode_enabled).toBe(false);
    expect(m.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['app_mentions:read', 'chat:write', 'commands', 'im:history', 'users:read']));
    expect(m.features.app_home.messages_tab_enabled).toBe(true);
  });

  it('GIVEN Socket Mode THEN no request URLs and socket mode on', () => {
    const m = createManifest({ commands, command: '/news', socketMode: true }) as unknown as M;
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(m)).not.toMatch(/url/i);
    expect(m.features.slash_commands[0]!.command).toBe('/news');
    expect(m.settings.interactivity.is_enabled).toBe(true);
  });

  it('GIVEN no base URL in HTTP mode THEN a placeholder to replace', () => {
    const m = createManifest({ commands, command: '/visit', socketMode: false }) as unknown as M;
    expect(m.settings.event_subscriptions.request_url).toBe(`${BASE_URL_PLACEHOLDER}/slack/events`);
  });

  it('GIVEN an umbrella named like a command THEN that command is not listed twice', () => {
    const m = createManifest({ commands, command: '/ask', socketMode: true }) as unknown as M;
    expect(m.features.slash_commands.filter((c) => c.command === '/ask')).toHaveLength(1);
  });
});
