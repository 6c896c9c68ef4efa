// What a Previous/Next or "Share in channel" button carries: the request to run again and the page to
// show. Keeping it in the button value (not in memory) means paging still works after a restart.

export interface PageState {
  command: string;
  args: string;
  /** 0-based page. */
  page: number;
  /** Was the message private (ephemeral)? A paged private answer keeps its "Share" button. */
  private: boolean;
}

/** Slack's limit for a button value. */
export const MAX_BUTTON_VALUE = 2000;

export function encodePageState(s: PageState): string | undefined {
  const value = JSON.stringify({ c: s.command, a: s.args, p: s.page, e: s.private ? 1 : 0 });
  return value.length <= MAX_BUTTON_VALUE ? value : undefined;
}

/** The state of a button value, or undefined when it is not one of ours. */
export function decodePageState(value: string | undefined): PageState | undefined {
  if (!value) return undefined;
  try {
    const v = JSON.parse(value) as Record<string, unknown>;
    if (typeof v.c !== 'string' || typeof v.a !== 'string' || typeof v.p !== 'number' || !Number.isInteger(v.p) || v.p < 0) return undefined;
    return { command: v.c, args: v.a, page: v.p, private: v.e === 1 };
  } catch {
    return undefined;
  }
}
