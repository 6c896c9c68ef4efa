// The request an answer answers, as a line shown under it ("/who Han Zheng · page 1/2"), and read
// back: where a platform's button ids are too short for the arguments (Discord's 100-character
// custom_id), a button carries the command alone (controls.ts) and this line, shown with the answer
// (Discord: the embed footer), gives the arguments back (readClick's `argsElsewhere`).

const SEPARATOR = ' · ';

/** The line names the command it answers ("/who Han Zheng · page 1/2"); it doubles as the fallback store of the arguments. */
export function requestLine(request: { command: string; args: string }, page: number, pages: number): string {
  const asked = `/${request.command}${request.args ? ` ${escapeFooterArgs(request.args)}` : ''}`;
  return pages > 1 ? `${asked}${SEPARATOR}page ${page + 1}/${pages}` : asked;
}

/** The request a line names, if it is one (more may follow it after " · "). */
export function requestFromLine(footer: string | undefined | null): { command: string; args: string } | undefined {
  if (!footer) return undefined;
  const m = /^\/([\p{L}\p{N}_-]{1,32})(?: ([\s\S]*?))?(?: · page \d+\/\d+)?(?: · .*)?$/u.exec(footer);
  if (!m) return undefined;
  return { command: m[1]!, args: unescapeFooterArgs(m[2] ?? '') };
}

// The line never pings, but user text shown back is escaped everywhere all the same (as echo() does);
// the escaping is undone when the arguments are read back. " · " is kept out so the line parses.
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
