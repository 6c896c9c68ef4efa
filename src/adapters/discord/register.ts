import type { APIApplicationCommandOption, REST, RESTPutAPIApplicationCommandsJSONBody, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  Routes,
} from 'discord.js';
import type { CommandSpec, OptionSpec } from '../../../commands/spec.ts';

// Slash-command definitions generated from commands/, and their registration with one bulk overwrite
// (PUT): guild-scoped when a guild is given (updates are instant), global otherwise (may take a while
// to show up everywhere).

const MANAGE_CHANNELS = PermissionFlagsBits.ManageChannels.toString(); // "16"
const MANAGE_GUILD = PermissionFlagsBits.ManageGuild.toString(); // "32"

// User installs: the questions also work where a user installed the app for themselves (in any server,
// its DM with the bot, group DMs); the daily posts need a server that installed the bot.
const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};
const GUILD_ONLY = { integration_types: [ApplicationIntegrationType.GuildInstall], contexts: [InteractionContextType.Guild] };

export function toCommandDefinition(spec: CommandSpec): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: spec.name,
    description: spec.description.slice(0, 100),
    // Hidden from members without the permission (a server's admins can still grant it per role or channel).
    ...(spec.adminsOnly ? { default_member_permissions: MANAGE_GUILD } : spec.managersOnly ? { default_member_permissions: MANAGE_CHANNELS } : {}),
    ...(spec.managersOnly || spec.adminsOnly ? GUILD_ONLY : EVERYWHERE),
    options: spec.subcommands
      ? spec.subcommands.map(
          (sub) =>
            ({
              type: ApplicationCommandOptionType.Subcommand,
              name: sub.name,
              description: sub.description.slice(0, 100),
              options: sub.options.map(toOption),
            }) as APIApplicationCommandOption,
        )
      : spec.options.map(toOption),
  };
}

function toOption(o: OptionSpec): APIApplicationCommandOption {
  return {
    type: o.type === 'attachment' ? ApplicationCommandOptionType.Attachment : ApplicationCommandOptionType.String,
    name: o.name,
    description: o.description.slice(0, 100),
    required: o.required,
    ...(o.maxLength ? { max_length: o.maxLength } : {}),
    // Discord forbids choices and autocomplete on the same option; fixed choices win.
    ...(o.choices ? { choices: o.choices.map((c) => ({ name: c, value: c })) } : o.autocomplete ? { autocomplete: true } : {}),
  } as APIApplicationCommandOption;
}

export function toCommandDefinitions(specs: readonly CommandSpec[]): RESTPutAPIApplicationCommandsJSONBody {
  return specs.map(toCommandDefinition);
}

export interface Registration {
  scope: 'guild' | 'global';
  count: number;
}

/** Replaces the application's commands with `specs` in one request. */
export async function registerCommands(rest: REST, appId: string, specs: readonly CommandSpec[], guildId?: string): Promise<Registration> {
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  const saved = (await rest.put(route, { body: toCommandDefinitions(specs) })) as unknown[];
  return { scope: guildId ? 'guild' : 'global', count: Array.isArray(saved) ? saved.length : 0 };
}
