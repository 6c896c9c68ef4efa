import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, KNOWLEDGE_CACHE_MB_DEFAULT, loadConfig, loadKnowledgeCache, loadKnowledgeCacheMb } from '../src/config.ts';

describe('configuration', () => {
  it('defaults to the console with UTC, 09:00 and the default database', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ seedsDir: 'seeds', timezone: 'UTC', discord: undefined, slack: undefined });
    expect(c.daily).toEqual({ postTime: '09:00', timezone: 'UTC', channels: [] });
    expect(c.database).toEqual({ kind: 'sqlite', path: './data/visitbot.sqlite' });
    expect(c.chatMemoryMax).toBe(10_000);
  });

  it('bounds the in-memory chat maps by CHAT_MEMORY_MAX, a whole number', () => {
    expect(loadConfig({ CHAT_MEMORY_MAX: '500' }).chatMemoryMax).toBe(500);
    expect(() => loadConfig({ CHAT_MEMORY_MAX: 'lots' })).toThrow(/CHAT_MEMORY_MAX must be a whole number/);
    expect(() => loadConfig({ CHAT_MEMORY_MAX: '5' })).toThrow(ConfigError);
  });

  it('puts the knowledge cache under data/ unless KNOWLEDGE_CACHE names another folder or "off"', () => {
    expect(loadConfig({}).knowledgeCache).toBe('./data/knowledge-cache');
    expect(loadConfig({ KNOWLEDGE_CACHE: '/tmp/kc' }).knowledgeCache).toBe('/tmp/kc');
    expect(loadConfig({ KNOWLEDGE_CACHE: 'off' }).knowledgeCache).toBeUndefined();
    expect(loadKnowledgeCache({ KNOWLEDGE_CACHE: ' /var/cache/visitbot ' })).toBe('/var/cache/visitbot');
  });

  it('bounds the articles held in memory by KNOWLEDGE_CACHE_MB, a whole number of megabytes', () => {
    expect(loadConfig({}).knowledgeCacheMb).toBe(KNOWLEDGE_CACHE_MB_DEFAULT);
    expect(loadConfig({ KNOWLEDGE_CACHE_MB: ' 64 ' }).knowledgeCacheMb).toBe(64);
    for (const bad of ['0', '-5', '1.5', 'lots']) expect(() => loadKnowledgeCacheMb({ KNOWLEDGE_CACHE_MB: bad })).toThrow(/KNOWLEDGE_CACHE_MB must be/);
    expect(readFileSync('.env.example', 'utf8')).toMatch(/^KNOWLEDGE_CACHE_MB=\d+$/m);
    expect(readFileSync('README.md', 'utf8')).toContain('| `KNOWLEDGE_CACHE_MB` |');
  });

  it('reads every documented setting', () => {
    const c = loadConfig({
      DISCORD_TOKEN: 'Bot abc.def',
      DISCORD_APP_ID: '123',
      DISCORD_GUILD_ID: '456',
      DISCORD_API_URL: 'http://127.0.0.1:9/api/',
      DISCORD_PUBLIC_REPLIES: 'true',
      ADMIN_GUILD_IDS: '456, 789',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_PORT: '4000',
      SLACK_API_URL: 'http://127.0.0.1:8/api/',
      SLACK_COMMAND: '/tour',
      SLACK_PUBLIC_REPLIES: 'no',
      SLACK_ADMIN_USERS: 'U1, U2',
      DAILY_POST_TIME: '7:30',
      BOT_TIMEZONE: 'America/Los_Angeles',
      DATABASE_PATH: '/tmp/x.sqlite',
      DAILY_CHANNELS: 'discord:1,slack:C2',
    });
    expect(c.discord).toEqual({
      token: 'abc.def',
      appId: '123',
      guildId: '456',
      apiUrl: 'http://127.0.0.1:9/api',
      publicReplies: true,
      adminGuildIds: ['456', '789'],
    });
    expect(c.slack).toMatchObject({
      socketMode: true,
      port: 4000,
      command: '/tour',
      publicReplies: false,
      adminUsers: ['U1', 'U2'],
      apiUrl: 'http://127.0.0.1:8/api',
    });
    expect(c.daily).toEqual({
      postTime: '07:30',
      timezone: 'America/Los_Angeles',
      channels: [
        { platform: 'discord', channelId: '1' },
        { platform: 'slack', channelId: 'C2' },
      ],
    });
    expect(c.database).toEqual({ kind: 'sqlite', path: '/tmp/x.sqlite' });
  });

  it('ADMIN_GUILD_IDS: none by default (only ADMIN_USERS are admins), server IDs otherwise', () => {
    const discord = { DISCORD_TOKEN: 'abc', DISCORD_APP_ID: '123' };
    expect(loadConfig(discord).discord?.adminGuildIds).toEqual([]);
    expect(() => loadConfig({ ...discord, ADMIN_GUILD_IDS: '456,my-server' })).toThrow(/ADMIN_GUILD_IDS must be a numeric Discord ID, got "my-server"/);
  });

  it('DATABASE_URL selects PostgreSQL, DATABASE_PATH is then ignored, and sslmode is read with libpq’s meaning', () => {
    expect(
      loadConfig({ DATABASE_URL: 'postgres://bot:p%40ss@db.example:5433/visitbot?sslmode=require', DATABASE_PATH: '/tmp/ignored.sqlite' }).database,
    ).toEqual({
      kind: 'postgres',
      url: 'postgres://bot:p%40ss@db.example:5433/visitbot',
      sslMode: 'require',
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://bot@db/visitbot?application_name=x' }).database).toEqual({
      kind: 'postgres',
      url: 'postgresql://bot@db/visitbot?application_name=x',
    });
  });

  it.each([
    ['mysql://bot:hunter2@db/visitbot', /DATABASE_URL must look like postgres:\/\/user:password@host:5432\/database.*"mysql:"/],
    ['not a url hunter2', /DATABASE_URL must look like .*not a URL/],
    ['postgres://bot:hunter2@db/visitbot?sslmode=always', /DATABASE_URL sslmode must be one of disable, prefer, require, verify-ca, verify-full/],
  ])('refuses DATABASE_URL %s without repeating its password', (url, message) => {
    expect(() => loadConfig({ DATABASE_URL: url })).toThrow(message);
    expect(() => loadConfig({ DATABASE_URL: url })).not.toThrow(/hunter2/);
  });

  it('reads the operations settings: health endpoints, shards, log level, and the secrets never to print', () => {
    expect(loadConfig({})).toMatchObject({ health: undefined, logLevel: undefined, secrets: [] });
    const c = loadConfig({
      HEALTH_PORT: '9464',
      LOG_LEVEL: 'debug',
      DISCORD_TOKEN: 'Bot abc.def',
      DISCORD_APP_ID: '123',
      DISCORD_SHARDS: 'auto',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'sign',
      DATABASE_URL: 'postgres://bot:p%40ss@db:5432/visitbot',
    });
    expect(c.health).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(c.logLevel).toBe('debug');
    expect(c.discord?.shards).toBe('auto');
    expect(c.secrets).toEqual(['abc.def', 'xoxb-1', 'sign', 'p@ss']);
    expect(loadConfig({ HEALTH_PORT: '0', HEALTH_HOST: '0.0.0.0' }).health).toEqual({ port: 0, host: '0.0.0.0' });
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APP_ID: '1', DISCORD_SHARDS: '2' }).discord?.shards).toBe(2);
  });

  it('watches the seeds folder unless SEEDS_WATCH is false, and reads ADMIN_USERS', () => {
    expect(loadConfig({})).toMatchObject({ seedsWatch: true, adminUsers: [] });
    expect(loadConfig({ SEEDS_WATCH: 'false', ADMIN_USERS: '123456789012345678, U0ADMIN' })).toMatchObject({
      seedsWatch: false,
      adminUsers: ['123456789012345678', 'U0ADMIN'],
    });
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
    [{ HEALTH_PORT: 'http' }, /HEALTH_PORT must be a port number/],
    [{ DISCORD_TOKEN: 't', DISCORD_APP_ID: '1', DISCORD_SHARDS: '0' }, /DISCORD_SHARDS must be auto or a shard count/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
