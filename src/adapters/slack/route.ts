import { findCommand } from '../../../commands/index.ts';
import { parseLine } from '../../core/bot.ts';

// Slack input → the core's command and arguments. One umbrella command ("/visit who Han Zheng")
// because Slack reserves some names (/who is a built-in); standalone commands map one to one.

export interface Routed {
  command: string;
  args: string;
}

/** A slash command as Slack sends it: `command` "/visit" and `text` "who Han Zheng". */
export function routeSlash(slash: string, text: string, umbrella: string): Routed {
  const routed = route(slash, text, umbrella);
  // Slack may send a link as <https://…> or <https://…|label>: "sources add" takes the address.
  return routed.command === 'sources' ? { ...routed, args: routed.args.replace(/^(add\s+)<([^|>]*)(?:\|[^>]*)?>$/i, '$1$2') } : routed;
}

function route(slash: string, text: string, umbrella: string): Routed {
  const name = slash.trim().toLowerCase();
  const body = text.trim();
  if (name !== umbrella.toLowerCase()) return { command: name.replace(/^\//, ''), args: body };
  if (!body) return { command: 'help', args: '' };
  const m = /^\/?(\S+)\s*([\s\S]*)$/.exec(body)!;
  const first = m[1]!;
  if (findCommand(first) && !isQuestion(first, m[2]!)) return { command: first.toLowerCase(), args: m[2]!.trim() };
  // One unknown word is a mistyped subcommand (the core answers with usage); more is a question.
  if (!/\s/.test(body)) return { command: first, args: '' };
  return { command: 'ask', args: body };
}

// "/visit who did Breed meet in Beijing?" is a question, not /who with "did Breed meet…".
const AUXILIARY = /^(?:is|was|are|were|did|does|do|has|had|have|will|would|can|could|should|met|said|signed|visited|spoke|led|went|took|happened)\b/i;

function isQuestion(first: string, rest: string): boolean {
  return /^(?:who|when)$/i.test(first) && (rest.trim().endsWith('?') || AUXILIARY.test(rest.trim()));
}

/**
 * A mention or a direct message: every mention of the bot is dropped, then the core's parseLine
 * decides ("/who Gong" is a command, anything else a question). A lone command name ("help",
 * "timeline") runs that command.
 */
export function routeMessage(text: string, botUserId: string | undefined): Routed {
  let t = text;
  if (botUserId) t = t.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ');
  const routed = parseLine(
    t
      .replace(/\s+/g, ' ')
      .replace(/ ([,:;]) ?/g, '$1 ')
      .trim(),
  );
  if (routed.command === 'ask' && /^\/?[a-z]+$/i.test(routed.args) && findCommand(routed.args.replace(/^\//, ''))) {
    return { command: routed.args.replace(/^\//, '').toLowerCase(), args: '' };
  }
  return routed;
}
