// Discord's custom_id holds at most 100 characters: a button whose arguments do not fit carries the
// command alone (src/core/controls.ts), and the footer, which names the command it answers, gives the
// arguments back.

export const CUSTOM_ID_MAX = 100;

const SEPARATOR = ' · ';

/** The footer names the command it answers ("/who Han Zheng · page 1/2"); it doubles as the fallback store of the arguments. */
export function footerText(request: { command: string; args: string }, page: number, pages: number): string {
  const asked = `/${request.command}${request.args ? ` ${escapeFooterArgs(request.args)}` : ''}`;
  return pages > 1 ? `${asked}${SEPARATOR}page ${page + 1}/${pages}` : asked;
}

export function requestFromFooter(footer: string | undefined | null): { command: string; args: string } | undefined {
  if (!footer) return undefined;
  const m = /^\/([\p{L}\p{N}_-]{1,32})(?: ([\s\S]*?))?(?: · page \d+\/\d+)?(?: · .*)?$/u.exec(footer);
  if (!m) return undefined;
  return { command: m[1]!, args: unescapeFooterArgs(m[2] ?? '') };
}

// Footers never ping, but user text shown back is escaped everywhere all the same (as echo() does);
// the escaping is undone when the arguments are read back. " · " is kept out so the footer parses.
function escapeFooterArgs(s: string): string {
  return s
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/@/g, '@\u200b')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/ · /g, ' - ');
}

function unescapeFooterArgs(s: string): string {
  return s
    .replace(/@\u200b/g, '@')
    .replace(/‹/g, '<')
    .replace(/›/g, '>');
}
