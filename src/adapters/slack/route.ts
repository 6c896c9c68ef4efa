import { routeSlashCommand } from '../../core/route.ts';
import type { Request } from '../../core/interactions.ts';

// Slack input → the core's command and arguments (src/core/route.ts: the umbrella command "/visit who
// Han Zheng", since Slack reserves some names, and the standalone ones); here only Slack's own syntax.

/** A slash command as Slack sends it: `command` "/visit" and `text` "who Han Zheng". */
export function routeSlash(slash: string, text: string, umbrella: string): Request {
  const routed = routeSlashCommand(slash, text, umbrella);
  // Slack may send a link as <https://…> or <https://…|label>: "sources add" takes the address.
  return routed.command === 'sources' ? { ...routed, args: routed.args.replace(/^(add\s+)<([^|>]*)(?:\|[^>]*)?>$/i, '$1$2') } : routed;
}
