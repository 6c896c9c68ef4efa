// Button state lives in the button itself, so paging and sharing keep working after a restart: the
// click re-runs the command through the core and renders the page asked for.
//
// custom_id (Discord allows at most 100 characters):
//   vb:<action>:<page>:<share>:<command>:<args>   args fit
//   vb:<action>:<page>:<share>:<command>          args too long: read them back from the embed footer
// action is p (show a page) or s (share in channel); share is 1 when the message offers "Share in channel".

export const CUSTOM_ID_MAX = 100;

export interface ButtonState {
  action: 'page' | 'share';
  /** 0-based page to show. */
  page: number;
  /** Whether the re-rendered page keeps the "Share in channel" button. */
  share: boolean;
  command: string;
  /** Undefined when the arguments did not fit: take them from the footer (requestFromFooter). */
  args?: string;
}

export function encodeButton(state: ButtonState): string {
  const head = `vb:${state.action === 'page' ? 'p' : 's'}:${state.page}:${state.share ? 1 : 0}:${state.command}`;
  const full = `${head}:${state.args ?? ''}`;
  return full.length <= CUSTOM_ID_MAX ? full : head.slice(0, CUSTOM_ID_MAX);
}

/** The state of one of our buttons, or undefined for anything else (stale formats, other apps' ids). */
export function decodeButton(customId: string): ButtonState | undefined {
  const m = /^vb:([ps]):(\d{1,4}):([01]):([\p{L}\p{N}_-]{1,32})(?::([\s\S]*))?$/u.exec(customId);
  if (!m) return undefined;
  return { action: m[1] === 'p' ? 'page' : 'share', page: Number(m[2]), share: m[3] === '1', command: m[4]!, args: m[5] };
}

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
