// What a button under an answer carries, written once for every platform: its action, the request
// to run again and, for paging and sharing, the page and whether the message is private. It lives in
// the button itself (Discord's custom_id, Slack's value), so a click still works after a restart.
//
//   vb:<p|s>:<page>:<private>:<command>:<args>   p: show a page, s: share in the channel
//   vb:<w|u|d|r|a>:<command>:<args>              why, vote up, vote down, what was wrong, ask a suggestion
//
// When the arguments make it longer than the platform allows, they are left out (`args` undefined on
// decoding): Discord reads them back from the footer; where nothing can, the button is not offered.
//
// Buttons posted before this codec are still in channels (decodePrevious). Discord's custom_id had this
// form already; its paged third field then said "offers Share in channel", which only a private
// message did, so reading it as "private" shows the same buttons.

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
const COMMAND = /^[\p{L}\p{N}_-]{1,32}$/u;
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

/** A button of the previous version: the request it names and, when it can be read whole, its control. */
export interface PreviousButton {
  request: { command: string; args: string };
  control?: Control;
}

/**
 * A Slack button posted before this codec: its value was JSON, {"c": command, "a": args} and, for
 * paging and sharing, "p" (the page) and "e" (1: private); what it did was its action id alone, which
 * the adapter turns into `action`. Undefined when not even the request can be read; without `control`
 * when the rest cannot (a paging value with no page): the click then says what to type instead.
 */
export function decodePrevious(value: string | undefined, action: ControlAction | undefined): PreviousButton | undefined {
  if (!value?.startsWith('{')) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(value);
  } catch {
    return undefined;
  }
  const { c, a, p, e } = (v ?? {}) as Record<string, unknown>;
  if (typeof c !== 'string' || typeof a !== 'string' || !COMMAND.test(c)) return undefined;
  const request = { command: c, args: a };
  if (!action) return { request };
  if (action !== 'page' && action !== 'share') return { request, control: { action, ...request } };
  const page = typeof p === 'number' && Number.isInteger(p) && p >= 0 && p < 10_000 ? p : undefined;
  return page === undefined ? { request } : { request, control: { action, page, private: e === 1, ...request } };
}

/** A click as the core's click input reads it (src/core/interactions.ts ClickInput). */
export interface ReadClick {
  action: Exclude<ControlAction, 'reason'>;
  /** Undefined when the button could not be read whole: the click then says so. */
  request?: { command: string; args: string };
  /** An older button whose request alone was legible: what to type instead. */
  retype?: { command: string; args: string };
  page?: number;
  private?: boolean;
}

export interface ReadOptions {
  /** What the button does by the platform's own id (Slack's action id): read a previous version's value with it. */
  previous?: ControlAction;
  /** Where the platform gives back arguments left out of the id (Discord: the footer); they count only for the same command. */
  argsElsewhere?: () => { command: string; args: string } | undefined;
}

/**
 * What a clicked button carries, decoded once for every platform: the action, the request to run
 * again, and for paging and sharing the page and privacy.
 */
export function readClick(id: string | undefined, o: ReadOptions = {}): ReadClick {
  const { control: c, request, older } = carried(id, o);
  const button = c && c.action !== 'reason' ? { ...c, action: c.action } : undefined;
  return {
    action: button?.action ?? 'ask',
    ...(button && request ? { request } : {}),
    ...(older && !older.control ? { retype: older.request } : {}),
    ...(button?.page !== undefined ? { page: button.page, private: button.private } : {}),
  };
}

/** The request a "what was wrong?" form carries (its id is the vote's, with the action `reason`). */
export function readReason(id: string | undefined, o: ReadOptions = {}): { command: string; args: string } | undefined {
  const { control, request } = carried(id, o);
  return control?.action === 'reason' ? request : undefined;
}

function carried(id: string | undefined, o: ReadOptions): { control?: Control; request?: { command: string; args: string }; older?: PreviousButton } {
  const older = decodeControl(id) ? undefined : decodePrevious(id, o.previous);
  const control = decodeControl(id) ?? older?.control;
  if (!control) return { older };
  if (control.args !== undefined) return { control, request: { command: control.command, args: control.args }, older };
  const elsewhere = o.argsElsewhere?.();
  return { control, request: elsewhere?.command === control.command ? elsewhere : undefined, older };
}
