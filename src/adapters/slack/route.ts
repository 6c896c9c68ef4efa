import { routeCommandLine, routeMessageText } from '../../core/route.ts';
import type { Request } from '../../core/interactions.ts';

// Slack input → the core's command and arguments (src/core/route.ts). One umbrella command ("/visit
// who Han Zheng") because Slack reserves some names (/who is a built-in); standalone commands map one to one.

/** A slash command as Slack sends it: `command` "/visit" and `text` "who Han Zheng". */
export function routeSlash(slash: string, text: string, umbrella: string): Request {
  const name = slash.trim().toLowerCase();
  const routed = name === umbrella.toLowerCase() ? routeCommandLine(text) : { command: name.replace(/^\//, ''), args: text.trim() };
  // Slack may send a link as <https://…> or <https://…|label>: "sources add" takes the address.
  return routed.command === 'sources' ? { ...routed, args: routed.args.replace(/^(add\s+)<([^|>]*)(?:\|[^>]*)?>$/i, '$1$2') } : routed;
}

/** A mention or a direct message: every mention of the bot (<@U…>) is dropped first. */
export function routeMessage(text: string, botUserId: string | undefined): Request {
  return routeMessageText(botUserId ? text.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ') : text);
}
