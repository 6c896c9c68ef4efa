import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('defaults to the console with UTC, 09:00 and the default database', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ seedsDir: 'seeds', timezone: 'UTC', discord: undefined, slack: undefined });
    expect(c.daily).toEqual({ postTime: '09:00', timezone: 'UTC', databasePath: './data/visitbot.sqlite', channels: [] });
  });

  it('reads every documented setting', () => {
    const c = loadConfig({
      DISCORD_TOKEN: 'Bot abc.def', DISCORD_APP_ID: '123', DISCORD_GUILD_ID: '456', DISCORD_API_URL: 'http://127.0.0.1:9/api/', DISCORD_PUBLIC_REPLIES: 'true',
      SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_APP_TOKEN: 'xapp-1', SLACK_PORT: '4000', SLACK_API_URL: 'http://127.0.0.1:8/api/',
      SLACK_COMMAND: '/tour', SLACK_PUBLIC_REPLIES: 'no', SLACK_ADMIN_USERS: 'U1, U2',
      DAILY_POST_TIME: '7:30', BOT_TIMEZONE: 'America/Los_Angeles', DATABASE_PATH: '/tmp/x.sqlite', DAILY_CHANNELS: 'discord:1,slack:C2',
    });
    expect(c.discord).toEqual({ token: 'abc.def', appId: '123', guildId: '456', apiUrl: 'http://127.0.0.1:9/api', publicReplies: true });
    expect(c.slack).toMatchObject({ socketMode: true, port: 4000, command: '/tour', publicReplies: false, adminUsers: ['U1', 'U2'], apiUrl: 'http://127.0.0.1:8/api' });
    expect(c.daily).toEqual({ postTime: '07:30', timezone: 'America/Los_Angeles', databasePath: '/tmp/x.sqlite', channels: [{ platform: 'discord', channelId: '1' }, { platform: 'slack', channelId: 'C2' }] });
  });

  it('watches the seeds folder unless SEEDS_WATCH is false, and reads ADMIN_USERS', () => {
    expect(loadConfig({})).toMatchObject({ seedsWatch: true, adminUsers: [] });
    expect(loadConfig({ SEEDS_WATCH: 'false', ADMIN_USERS: '123456789012345678, U0ADMIN' })).toMatchObject({ seedsWatch: false, adminUsers: ['123456789012345678', 'U0ADMIN'] });
    expect(() => loadConfig({ SEEDS_WATCH: 'sometimes' })).toThrow(/SEEDS_WATCH must be true or false/);
    expect(() => loadConfig({ ADMIN_USERS: '<@123>' })).toThrow(/ADMIN_USERS must be comma-separated user IDs/);
  });

  it.each([
    [{ DISCORD_TOKEN: 't' }, /DISCORD_APP_ID is missing/],
    [{ DISCORD_TOKEN: 't', DISCORD_APP_ID: 'abc' }, /DISCORD_APP_ID must be a numeric Discord ID/],
    [{ DISCORD_TOKEN: 't', DISCORD_APP_ID: '1', DISCORD_API_URL: 'ftp://x' }, /DISCORD_API_URL must be an http\(s\) URL/],
    [{ SLACK_SIGNING_SECRET: 's' }, /SLACK_BOT_TOKEN is missing/],
    [{ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_SIGNING_SECRET: 's' }, /SLACK_BOT_TOKEN must start with "xoxb-"/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_SIGNING_SECRET is missing/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_PORT: '70000' }, /SLACK_PORT must be a port number/],
    [{ DAILY_POST_TIME: '25:00' }, /DAILY_POST_TIME must be a 24-hour time/],
    [{ BOT_TIMEZONE: 'Mars/Base' }, /BOT_TIMEZONE must be an IANA time zone/],
    [{ DAILY_CHANNELS: 'teams:1' }, /DAILY_CHANNELS entries look like/],
    [{ DISCORD_PUBLIC_REPLIES: 'maybe', DISCORD_TOKEN: 't', DISCORD_APP_ID: '1' }, /DISCORD_PUBLIC_REPLIES must be true or false/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
