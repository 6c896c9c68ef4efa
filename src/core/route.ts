import { commands, findCommand } from '../../commands/index.ts';
import { parseLine } from './bot.ts';
import type { CommandSpec } from '../../commands/spec.ts';
import type { Request } from './interactions.ts';

// A line typed to the bot as the core's command and arguments, for platforms that give one entry
// point to every command (Slack's umbrella command, "/visit who Han Zheng") and for messages; and the
// core's command references written back in such a platform's umbrella form.

/** The text after a single entry point: "who Han Zheng" is /who, "who did Breed meet?" a question, one unknown word a mistyped command. */
export function routeCommandLine(text: string): Request {
  const body = text.trim();
  if (!body) return { command: 'help', args: '' };
  const m = /^\/?(\S+)\s*([\s\S]*)$/.exec(body)!;
  const first = m[1]!;
  if (findCommand(first) && !isQuestion(first, m[2]!)) return { command: first.toLowerCase(), args: m[2]!.trim() };
  // One unknown word is a mistyped subcommand (the core answers with usage); more is a question.
  if (!/\s/.test(body)) return { command: first, args: '' };
  return { command: 'ask', args: body };
}

/**
 * A slash command where every command is reached through one umbrella command ("/visit who Han Zheng":
 * a platform may reserve some names, Slack's /who is a built-in) and some also stand alone ("/quote
 * London Breed"), which map one to one.
 */
export function routeSlashCommand(slash: string, text: string, umbrella: string): Request {
  const name = slash.trim().toLowerCase();
  return name === umbrella.toLowerCase() ? routeCommandLine(text) : { command: name.replace(/^\//, ''), args: text.trim() };
}

const COMMAND_REF = new RegExp(`(^|[\\s(“"'‘])\\/(${commands.map((c) => c.name).join('|')})\\b`, 'g');

/**
 * The core's command references ("/who Han Zheng") in the umbrella form ("/visit who Han Zheng"), for a
 * platform whose umbrella command always exists while a standalone one may not.
 */
export function umbrellaCommands(text: string, umbrella: string | undefined): string {
  if (!umbrella) return text;
  return text.replace(COMMAND_REF, (_m, before: string, name: string) => `${before}${umbrella} ${name}`);
}

// "who did Breed meet in Beijing?" is a question, not /who with "did Breed meet…".
const AUXILIARY = /^(?:is|was|are|were|did|does|do|has|had|have|will|would|can|could|should|met|said|signed|visited|spoke|led|went|took|happened)\b/i;

function isQuestion(first: string, rest: string): boolean {
  return /^(?:who|when)$/i.test(first) && (rest.trim().endsWith('?') || AUXILIARY.test(rest.trim()));
}

/**
 * A message to the bot (a mention, a direct message), the same on every platform: the bot's own
 * mentions (<@id>, <@!id>, <@id|name>) dropped, parseLine decides ("/who Gong" is a command, anything
 * else a question); a lone command name runs it, and a mention with nothing else asks for help.
 */
export function routeMessageText(text: string, botId?: string): Request {
  const routed = parseLine(
    withoutMentionsOf(text, botId)
      .replace(/\s+/g, ' ')
      .replace(/ ([,:;]) ?/g, '$1 ')
      .replace(/^[\s,:;]+/, '')
      .trim(),
  );
  if (routed.command === 'ask' && !routed.args) return { command: 'help', args: '' };
  if (routed.command === 'ask' && /^\/?[a-z]+$/i.test(routed.args) && findCommand(routed.args.replace(/^\//, ''))) {
    return { command: routed.args.replace(/^\//, '').toLowerCase(), args: '' };
  }
  return routed;
}

/** The text without the mentions of one user (the bot): what the message says to it. */
export function withoutMentionsOf(text: string, userId: string | undefined): string {
  return userId ? text.replace(new RegExp(`<@!?${userId.replace(/\W/g, '')}(?:\\|[^>]*)?>`, 'g'), ' ').trim() : text;
}

/** An option's value as text (what a platform gives: a string, a number, a boolean), else nothing. */
export function optionText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/**
 * A command given as structured options (Discord's slash command options: the subcommand picked, and
 * the values by name) as the arguments the handlers read: the subcommand's name, then the values in
 * the spec's order ("subscribe 09:00"), an option with a keyword after its word ("add <link>"), an
 * attachment as its word alone. An unknown command passes its values through; the core explains.
 */
export function optionArgs(spec: CommandSpec | undefined, given: { subcommand?: string; values: ReadonlyArray<{ name: string; value?: unknown }> }): string {
  const named = (name: string) => optionText(given.values.find((o) => o.name === name)?.value).trim();
  if (!spec)
    return given.values
      .map((o) => optionText(o.value))
      .filter(Boolean)
      .join(' ');
  const sub = spec.subcommands?.find((s) => s.name === given.subcommand);
  const options = !spec.subcommands ? spec.options : sub ? sub.options : [];
  const words = spec.subcommands && sub ? [sub.name] : [];
  for (const o of options) {
    if (o.keyword && given.values.some((v) => v.name === o.name) && !words.includes(o.keyword)) words.push(o.keyword);
    if (o.type !== 'attachment') words.push(named(o.name));
  }
  return words.filter(Boolean).join(' ');
}
