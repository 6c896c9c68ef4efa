// What a button under an answer carries, written once for every platform: its action, the request
// to run again and, for paging and sharing, the page and whether the message is private. It lives in
// the button itself (Discord's custom_id, Slack's value), so a click still works after a restart.
//
//   vb:<p|s>:<page>:<private>:<command>:<args>   p: show a page, s: share in the channel
//   vb:<w|u|d|r|a>:<command>:<args>              why, vote up, vote down, what was wrong, ask a suggestion
//
// When the arguments make it longer than the platform allows, they are left out (`args` undefined on
// decoding): Discord reads them back from the footer; where nothing can, the button is not offered.

export type ControlAction = 'page' | 'share' | 'why' | 'up' | 'down' | 'reason' | 'ask';

export interface Control {
  action: ControlAction;
  command: string;
  /** Undefined when they did not fit in the id. */
  args?: string;
  /** Page and share: the 0-based page to show. */
  page?: number;
  /** Page and share: the message is private, so the page shown keeps "Share in channel". */
  private?: boolean;
}

const CODES: Record<ControlAction, string> = { page: 'p', share: 's', why: 'w', up: 'u', down: 'd', reason: 'r', ask: 'a' };
const PAGED = /^vb:([ps]):(\d{1,4}):([01]):([\p{L}\p{N}_-]{1,32})(?::([\s\S]*))?$/u;
const PLAIN = /^vb:([wudra]):([\p{L}\p{N}_-]{1,32})(?::([\s\S]*))?$/u;

/** The control in at most `max` characters; its arguments are left out when they do not fit. */
export function encodeControl(c: Control, max: number): string {
  const paged = c.action === 'page' || c.action === 'share';
  const head = `vb:${CODES[c.action]}:${paged ? `${c.page ?? 0}:${c.private ? 1 : 0}:` : ''}${c.command}`;
  const full = `${head}:${c.args ?? ''}`;
  return full.length <= max ? full : head.slice(0, max);
}

/** The control whole in at most `max` characters, or undefined when its arguments do not fit. */
export function encodeWhole(c: Control, max: number): string | undefined {
  const id = encodeControl(c, max);
  return decodeControl(id)?.args === (c.args ?? '') ? id : undefined;
}

/** The control an id carries, or undefined for anything else (stale formats, other apps' ids). */
export function decodeControl(id: string | undefined): Control | undefined {
  if (!id) return undefined;
  const action = (code: string) => (Object.keys(CODES) as ControlAction[]).find((a) => CODES[a] === code)!;
  const paged = PAGED.exec(id);
  if (paged) return { action: action(paged[1]!), page: Number(paged[2]), private: paged[3] === '1', command: paged[4]!, args: paged[5] };
  const plain = PLAIN.exec(id);
  return plain ? { action: action(plain[1]!), command: plain[2]!, args: plain[3] } : undefined;
}
