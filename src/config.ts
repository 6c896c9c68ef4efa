// The only reader of the environment. Everything is validated once at start; a bad setting stops
// start-up with a message that names the variable and says where to get a good value.

export class ConfigError extends Error {}

export interface DiscordConfig {
  token: string;
  appId: string;
  guildId?: string;
  apiUrl?: string;
  publicReplies: boolean;
  /** DISCORD_SHARDS: a shard count, or 'auto' for Discord's recommendation; unset means one shard. */
  shards?: number | 'auto';
  /**
   * ADMIN_GUILD_IDS: the servers where Manage Server makes a member an admin (adding articles), and
   * only where the app is installed in the server itself. Elsewhere only ADMIN_USERS are admins.
   */
  adminGuildIds?: readonly string[];
}

export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  socketMode: boolean;
  port: number;
  apiUrl?: string;
  command: string;
  publicReplies: boolean;
  adminUsers: string[];
}

export interface ChannelRef {
  platform: 'discord' | 'slack';
  channelId: string;
}

export interface DailyConfig {
  postTime: string;
  timezone: string;
  channels: ChannelRef[];
}

/** How a PostgreSQL connection is encrypted (the URL's ?sslmode=, libpq's meanings). */
export type SslMode = 'disable' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';

/** DATABASE_URL selects PostgreSQL (DATABASE_PATH is then ignored); otherwise SQLite at DATABASE_PATH. */
export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; sslMode?: SslMode };

export interface HealthConfig {
  port: number;
  host: string;
}

export interface Config {
  seedsDir: string;
  /** Reload the articles when files in seedsDir change (SEEDS_WATCH, default true). */
  seedsWatch: boolean;
  /** KNOWLEDGE_CACHE: the folder of the per-article knowledge cache; undefined when turned off. */
  knowledgeCache: string | undefined;
  /** KNOWLEDGE_CACHE_MB: the articles' knowledge held in memory at most, in megabytes. */
  knowledgeCacheMb: number;
  /** User ids (Discord or Slack) who may add articles from chat besides server managers and workspace admins. */
  adminUsers: string[];
  /** LOG_LEVEL; undefined means the mode's default (info for services, warn in the console). */
  logLevel: string | undefined;
  timezone: string;
  /** HEALTH_PORT and HEALTH_HOST: the /healthz, /readyz and /metrics server, when a port is set. */
  health?: HealthConfig;
  /** Values that must never be printed: the tokens, the signing secret, the password in DATABASE_URL. */
  secrets: string[];
  discord?: DiscordConfig;
  slack?: SlackConfig;
  daily: DailyConfig;
  database: DatabaseConfig;
  /** CHAT_MEMORY_MAX: the most entries each in-memory chat map holds (threads, claims, admin checks, drafts), least recently used out first. */
  chatMemoryMax: number;
}

type Env = Record<string, string | undefined>;

const DISCORD_HELP = 'from https://discord.com/developers/applications (your application)';
const SLACK_HELP = 'from https://api.slack.com/apps (your app)';

export function loadConfig(env: Env = process.env): Config {
  const get = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const timezone = timeZone(get('BOT_TIMEZONE') ?? 'UTC');
  return {
    seedsDir: get('SEEDS_DIR') ?? 'seeds',
    seedsWatch: get('SEEDS_WATCH') === undefined ? true : bool('SEEDS_WATCH', get('SEEDS_WATCH')),
    knowledgeCache: loadKnowledgeCache(env),
    knowledgeCacheMb: loadKnowledgeCacheMb(env),
    adminUsers: userIds('ADMIN_USERS', get('ADMIN_USERS')),
    logLevel: logLevel(get('LOG_LEVEL')),
    timezone,
    health: healthConfig(get),
    secrets: secretValues(get),
    discord: discordConfig(get),
    slack: slackConfig(get),
    daily: {
      postTime: clockTime('DAILY_POST_TIME', get('DAILY_POST_TIME') ?? '09:00'),
      timezone,
      channels: channelList(get('DAILY_CHANNELS')),
    },
    database: databaseConfig(get('DATABASE_URL'), get('DATABASE_PATH')),
    chatMemoryMax: count('CHAT_MEMORY_MAX', get('CHAT_MEMORY_MAX') ?? String(CHAT_MEMORY_MAX_DEFAULT)),
  };
}

/** Per-user, per-thread and per-event entries kept in memory: ample for a busy workspace, a few MB at most. */
export const CHAT_MEMORY_MAX_DEFAULT = 10_000;

function count(name: string, v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 100 || n > 10_000_000) throw new ConfigError(`${name} must be a whole number from 100 to 10000000, got ${JSON.stringify(v)}.`);
  return n;
}

const KNOWLEDGE_CACHE_DEFAULT = './data/knowledge-cache';

/** KNOWLEDGE_CACHE: the knowledge cache folder (default ./data/knowledge-cache), or undefined for "off". */
export function loadKnowledgeCache(env: Env = process.env): string | undefined {
  const v = env.KNOWLEDGE_CACHE?.trim();
  if (!v) return KNOWLEDGE_CACHE_DEFAULT;
  return /^(?:off|false|none)$/i.test(v) ? undefined : v;
}

/** KNOWLEDGE_CACHE_MB default: with the corpus-wide knowledge and the runtime, fits a 512 MB container at 5,000 articles. */
export const KNOWLEDGE_CACHE_MB_DEFAULT = 128;

/** KNOWLEDGE_CACHE_MB: the bound, in megabytes, of the articles' knowledge held in memory (read on demand from the knowledge cache). */
export function loadKnowledgeCacheMb(env: Env = process.env): number {
  const v = env.KNOWLEDGE_CACHE_MB?.trim();
  if (!v) return KNOWLEDGE_CACHE_MB_DEFAULT;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 1_000_000)
    throw new ConfigError(`KNOWLEDGE_CACHE_MB must be a whole number of megabytes from 1 to 1000000, got ${JSON.stringify(v)}.`);
  return n;
}

/** What `npm run slack:manifest` takes from the environment (SLACK_COMMAND, and Socket Mode when SLACK_APP_TOKEN is set), tokens or not. */
export function loadSlackManifestDefaults(env: Env = process.env): { command?: string; socketMode: boolean } {
  const command = env.SLACK_COMMAND?.trim();
  return { ...(command ? { command } : {}), socketMode: Boolean(env.SLACK_APP_TOKEN?.trim()) };
}

/** Just the bot's time zone (BOT_TIMEZONE), for the command-line tool that needs nothing else. */
export function loadTimezone(env: Env = process.env): string {
  return timeZone(env.BOT_TIMEZONE?.trim() || 'UTC');
}

function discordConfig(get: (n: string) => string | undefined): DiscordConfig | undefined {
  const token = get('DISCORD_TOKEN')?.replace(/^Bot\s+/i, '');
  if (!token) return undefined;
  if (/\s/.test(token)) throw new ConfigError(`DISCORD_TOKEN contains white space: copy the bot token (Bot → Reset Token) ${DISCORD_HELP}.`);
  const appId = get('DISCORD_APP_ID');
  if (!appId) throw new ConfigError(`DISCORD_APP_ID is missing: it is the Application ID on the General Information page ${DISCORD_HELP}.`);
  const guildId = get('DISCORD_GUILD_ID');
  return {
    token,
    appId: snowflake('DISCORD_APP_ID', appId, `the Application ID on the General Information page ${DISCORD_HELP}`),
    guildId: guildId ? snowflake('DISCORD_GUILD_ID', guildId, 'the server ID (right-click the server with Developer Mode on → Copy Server ID)') : undefined,
    apiUrl: url('DISCORD_API_URL', get('DISCORD_API_URL')),
    publicReplies: bool('DISCORD_PUBLIC_REPLIES', get('DISCORD_PUBLIC_REPLIES')),
    shards: shardCount(get('DISCORD_SHARDS')),
    adminGuildIds: guildIds(get('ADMIN_GUILD_IDS')),
  };
}

function shardCount(v: string | undefined): number | 'auto' | undefined {
  if (v === undefined) return undefined;
  if (v.toLowerCase() === 'auto') return 'auto';
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 4096) throw new ConfigError(`DISCORD_SHARDS must be auto or a shard count from 1 to 4096, got ${JSON.stringify(v)}.`);
  return n;
}

function healthConfig(get: (n: string) => string | undefined): HealthConfig | undefined {
  const p = get('HEALTH_PORT');
  if (p === undefined) return undefined;
  return { port: port('HEALTH_PORT', p), host: get('HEALTH_HOST') ?? '127.0.0.1' };
}

function logLevel(v: string | undefined): string | undefined {
  return v === undefined ? undefined : oneOf('LOG_LEVEL', v, ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
}

/** DATABASE_URL is read here only for its password, which must never be printed. */
function secretValues(get: (n: string) => string | undefined): string[] {
  const secrets = [get('DISCORD_TOKEN')?.replace(/^Bot\s+/i, ''), ...['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'].map(get)];
  const databaseUrl = get('DATABASE_URL');
  if (databaseUrl) {
    try {
      secrets.push(decodeURIComponent(new URL(databaseUrl).password));
    } catch {
      secrets.push(databaseUrl); // unparseable: keep all of it out of the logs
    }
  }
  return secrets.filter((s): s is string => Boolean(s));
}

function slackConfig(get: (n: string) => string | undefined): SlackConfig | undefined {
  const botToken = get('SLACK_BOT_TOKEN');
  const signingSecret = get('SLACK_SIGNING_SECRET');
  const appToken = get('SLACK_APP_TOKEN');
  if (!botToken && !signingSecret && !appToken) return undefined;
  if (!botToken) throw new ConfigError(`SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions ${SLACK_HELP}.`);
  if (!botToken.startsWith('xoxb-'))
    throw new ConfigError(`SLACK_BOT_TOKEN must start with "xoxb-": use the Bot User OAuth Token from OAuth & Permissions ${SLACK_HELP}.`);
  if (appToken && !appToken.startsWith('xapp-'))
    throw new ConfigError(`SLACK_APP_TOKEN must start with "xapp-": create an app-level token with connections:write under Basic Information ${SLACK_HELP}.`);
  if (!appToken && !signingSecret)
    throw new ConfigError(
      `SLACK_SIGNING_SECRET is missing: copy the Signing Secret from Basic Information ${SLACK_HELP} (or set SLACK_APP_TOKEN for Socket Mode).`,
    );
  const command = get('SLACK_COMMAND') ?? '/visit';
  if (!/^\/[a-z0-9_-]{1,31}$/.test(command))
    throw new ConfigError(`SLACK_COMMAND must be a slash command such as /visit (lower case letters, digits, - or _), got ${JSON.stringify(command)}.`);
  return {
    botToken,
    signingSecret,
    appToken,
    socketMode: Boolean(appToken),
    port: port('SLACK_PORT', get('SLACK_PORT') ?? '3000'),
    apiUrl: url('SLACK_API_URL', get('SLACK_API_URL')),
    command,
    publicReplies: bool('SLACK_PUBLIC_REPLIES', get('SLACK_PUBLIC_REPLIES')),
    adminUsers: (get('SLACK_ADMIN_USERS') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

const SSL_MODES: readonly SslMode[] = ['disable', 'prefer', 'require', 'verify-ca', 'verify-full'];

function databaseConfig(url: string | undefined, path: string | undefined): DatabaseConfig {
  if (!url) return { kind: 'sqlite', path: path ?? './data/visitbot.sqlite' };
  // Never echo the value: it holds a password.
  const shape = 'DATABASE_URL must look like postgres://user:password@host:5432/database (optionally ?sslmode=require)';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigError(`${shape}; it is not a URL. Percent-encode special characters in the password (@ as %40, / as %2F).`);
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:')
    throw new ConfigError(`${shape}; it starts with ${JSON.stringify(u.protocol)}. Leave it unset to use SQLite at DATABASE_PATH.`);
  if (!u.hostname) throw new ConfigError(`${shape}; the host is missing.`);
  const mode = u.searchParams.get('sslmode') ?? undefined;
  if (mode !== undefined && !SSL_MODES.includes(mode as SslMode))
    throw new ConfigError(`DATABASE_URL sslmode must be one of ${SSL_MODES.join(', ')}, got ${JSON.stringify(mode)}.`);
  u.searchParams.delete('sslmode'); // applied by the store itself, with libpq's meaning
  return { kind: 'postgres', url: u.toString(), ...(mode ? { sslMode: mode as SslMode } : {}) };
}

function snowflake(name: string, v: string, where: string): string {
  if (!/^\d{1,20}$/.test(v)) throw new ConfigError(`${name} must be a numeric Discord ID, got ${JSON.stringify(v)}: use ${where}.`);
  return v;
}

function url(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  try {
    const u = new URL(v);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
  } catch {
    throw new ConfigError(
      `${name} must be an http(s) URL such as http://127.0.0.1:8080/api, got ${JSON.stringify(v)}; leave it unset to use the real service.`,
    );
  }
  return v.replace(/\/+$/, '');
}

function bool(name: string, v: string | undefined): boolean {
  if (v === undefined) return false;
  if (/^(?:true|1|yes|on)$/i.test(v)) return true;
  if (/^(?:false|0|no|off)$/i.test(v)) return false;
  throw new ConfigError(`${name} must be true or false, got ${JSON.stringify(v)}.`);
}

function port(name: string, v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 0 || n > 65535) throw new ConfigError(`${name} must be a port number from 0 to 65535, got ${JSON.stringify(v)}.`);
  return n;
}

function clockTime(name: string, v: string): string {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(v);
  if (!m) throw new ConfigError(`${name} must be a 24-hour time HH:MM such as 09:00, got ${JSON.stringify(v)}.`);
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

function timeZone(v: string): string {
  // UTC, the default, is always valid (ECMA-402); checking it loads ICU's locale data (about 10 ms of a
  // CLI start that may use no other Intl).
  if (v === 'UTC') return v;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: v });
    return v;
  } catch {
    throw new ConfigError(`BOT_TIMEZONE must be an IANA time zone such as UTC or America/Los_Angeles, got ${JSON.stringify(v)}.`);
  }
}

function oneOf(name: string, v: string, allowed: string[]): string {
  if (!allowed.includes(v)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}.`);
  return v;
}

function userIds(name: string, v: string | undefined): string[] {
  const ids = (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = ids.find((id) => !/^[A-Za-z0-9]{1,32}$/.test(id));
  if (bad !== undefined)
    throw new ConfigError(`${name} must be comma-separated user IDs such as 123456789012345678 (Discord) or U0123ABC (Slack), got ${JSON.stringify(bad)}.`);
  return ids;
}

function guildIds(v: string | undefined): string[] {
  return (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((id) => snowflake('ADMIN_GUILD_IDS', id, 'comma-separated server IDs (right-click the server with Developer Mode on → Copy Server ID)'));
}

function channelList(v: string | undefined): ChannelRef[] {
  if (!v) return [];
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const m = /^(discord|slack):([A-Za-z0-9]+)$/.exec(entry);
      if (!m) throw new ConfigError(`DAILY_CHANNELS entries look like discord:123456789 or slack:C0123ABC, got ${JSON.stringify(entry)}.`);
      return { platform: m[1] as 'discord' | 'slack', channelId: m[2]! };
    });
}
