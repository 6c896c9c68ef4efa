import { clip } from '../../core/render-text.ts';

// Text that goes into Slack mrkdwn. Slack parses `<…>` as links and mentions (`<!channel>`, `<@U123>`)
// and expects exactly these three characters escaped, so nothing a user typed can ever ping anyone.

/** Escapes &, < and > for Slack mrkdwn and `text` fields. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts a string to at most `max` characters (an ellipsis included, the core's clip) without leaving half of "&amp;", "&lt;" or "&gt;" behind. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : clip(s, max).replace(/&[a-z]{0,3}…$/, '…');
}
