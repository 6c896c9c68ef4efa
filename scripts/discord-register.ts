import '../src/env.ts';
import { REST } from 'discord.js';
import { commands } from '../commands/index.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { inviteUrl } from '../src/adapters/discord/invite.ts';
import { registerCommands } from '../src/adapters/discord/register.ts';

// `npm run discord:register`: registers the slash commands on demand (the bot also does it when it
// starts). Guild-scoped when DISCORD_GUILD_ID is set, global otherwise.

async function main(): Promise<void> {
  const discord = loadConfig().discord;
  if (!discord)
    throw new ConfigError(
      'DISCORD_TOKEN is missing: copy the bot token (Bot → Reset Token) from https://discord.com/developers/applications (your application).',
    );
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const result = await registerCommands(rest, discord.appId, commands, discord.guildId);
  const where = result.scope === 'guild' ? `in server ${discord.guildId} (instant)` : 'globally (may take up to an hour to appear)';
  process.stdout.write(`Registered ${result.count} slash commands ${where}: ${commands.map((c) => `/${c.name}`).join(', ')}\n`);
  process.stdout.write(`Invite the bot to a server: ${inviteUrl(discord.appId)}\n`);
}

main().catch((err: unknown) => {
  const message = err instanceof ConfigError ? err.message : ((err as Error).message ?? String(err));
  process.stderr.write(`discord:register failed: ${message}\n`);
  process.exit(1);
});
