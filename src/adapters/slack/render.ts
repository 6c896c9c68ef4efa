import type { types } from '@slack/bolt';
import { citationLabel, citationPlace, citationTitles, citationUrl, splitText } from '../../core/render-text.ts';
import { fold } from '../../text.ts';
import { NONE_SET_ASIDE, WHY_TITLE, whyCut, type WhyView } from '../../conversation/explain.ts';
import type { Answer, AnswerItem, Citation, View } from '../../core/types.ts';
import { escapeMrkdwn, truncate } from './mrkdwn.ts';
import { umbrellaCommands } from '../../core/route.ts';
import { layoutAnswer, type ButtonName, type LaidButton, type LayoutOptions } from '../../core/layout.ts';
import type { ControlAction } from '../../core/controls.ts';

// Answer → Block Kit, pure. Slack's limits (https://docs.slack.dev/reference/block-kit/blocks):
// 50 blocks a message, 3,000 characters a section, 150 a header, 10 elements a context block,
// 75 a button label, 2,000 a button value. The plain `text` is the notification and screen-reader
// fallback and is always set.

export type Block = types.KnownBlock;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** The layout's options (src/core/layout.ts: items a page, the request the buttons re-run, a private answer's "Share in channel"), and Slack's own. */
export interface SlackRenderOptions extends Pick<LayoutOptions, 'pageSize' | 'request' | 'private'> {
  /** The umbrella command ("/visit"): the core's "/who …" references are shown as "/visit who …". */
  command?: string;
  /** A trusted mrkdwn line at the end, e.g. "Shared by <@U123>". */
  footer?: string;
}

export const MAX_BLOCKS = 50;
export const MAX_SECTION = 3000;
export const MAX_HEADER = 150;
const MAX_CONTEXT = 2000;
const TEXT_SECTIONS = 3;
const CITATIONS_PER_ANSWER = 5;
const CITATIONS_PER_ITEM = 2;
/** Slack's limit for a button value: the core's control (src/core/controls.ts), whole, or no button. */
const MAX_BUTTON_VALUE = 2000;
// Action ids differ within a block: visit_try_0 … visit_try_4 for the suggestions.
const ACTION_IDS: Record<string, string> = {
  previous: 'visit_page_previous',
  next: 'visit_page_next',
  share: 'visit_share',
  why: 'visit_why',
  up: 'visit_vote_up',
  down: 'visit_vote_down',
  ask: 'visit_try_',
};
/** The action ids of the buttons under an answer (actions.ts listens to them). */
export const ANSWER_ACTIONS = new RegExp(`^(?:${Object.values(ACTION_IDS).join('|')}\\d*)$`);

/** What a button does by its action id alone: how the previous version's values (src/core/controls.ts decodePrevious) are read. */
export function actionOfId(actionId: string): ControlAction | undefined {
  if (actionId === ACTION_IDS.previous || actionId === ACTION_IDS.next) return 'page';
  if (/^visit_try_\d+$/.test(actionId)) return 'ask';
  return (['share', 'why', 'up', 'down'] as const).find((a) => ACTION_IDS[a] === actionId);
}
/** An article's preview (src/intake/flow.ts): action id visit_add_<save|edit|cancel>, the draft's id in the value. */
export const ACTION_ADD = 'visit_add_';

/** A view (src/core/types.ts) as a Slack message; `umbrella` is the umbrella command ("/visit"). */
export function toSlackView(view: View, umbrella: string): { text: string; blocks?: Block[] } {
  if (view.kind === 'why') return toSlackWhy(view.view, umbrella);
  if (view.kind === 'text') return { text: escapeMrkdwn(view.text) };
  const footer = view.sharedBy && /^[A-Z0-9]+$/.test(view.sharedBy) ? `Shared by <@${view.sharedBy}>` : undefined;
  return toSlack(view.answer, view.page, { command: umbrella, request: view.request, private: view.private, footer });
}

export function toSlack(answer: Answer, page = 0, options: SlackRenderOptions = {}): SlackMessage {
  const layout = layoutAnswer(answer, page, { ...options, idMax: MAX_BUTTON_VALUE });
  const { items, pages, page: p, first } = layout;
  const cmd = (s: string) => escapeMrkdwn(umbrellaCommands(s, options.command));

  const body: Block[] = [];
  if (answer.title.trim()) body.push({ type: 'header', text: { type: 'plain_text', text: truncate(answer.title.trim(), MAX_HEADER), emoji: false } });
  for (const chunk of splitText(cmd(answer.text), MAX_SECTION, splitPoint).slice(0, TEXT_SECTIONS)) body.push(section(chunk));
  // The full headline once per article, its short form after that.
  const titleOf = citationTitles([...answer.citations.slice(0, CITATIONS_PER_ANSWER), ...items.flatMap((i) => i.citations.slice(0, CITATIONS_PER_ITEM))]);
  for (const c of answer.citations.slice(0, CITATIONS_PER_ANSWER)) body.push(...evidence(c, true, titleOf(c)));
  for (const item of items) body.push(...itemBlocks(item, cmd, titleOf));

  const tail: Block[] = [];
  if (pages > 1 && options.request) tail.push(context(`Page ${p + 1} of ${pages} · items ${first + 1}–${first + items.length} of ${answer.items.length}`));
  else if (pages > 1) tail.push(context(`…and ${answer.items.length - (first + items.length)} more.`));
  // Paging and "Share in channel"; "Why this answer?" and the votes; the suggestions that ask them (labels in the umbrella form).
  for (const row of layout.rows) {
    const elements = row.filter((b) => b.enabled !== false).map((b, i) => button(b, i, options.command));
    if (elements.length) tail.push({ type: 'actions', elements });
  }
  if (layout.tryText.length) tail.push(context(`Try: ${layout.tryText.map(cmd).join(' · ')}`));
  if (options.footer) tail.push(context(options.footer));

  const room = MAX_BLOCKS - tail.length;
  const blocks = body.length <= room ? [...body, ...tail] : [...body.slice(0, room - 1), context('(Shortened to fit in one Slack message.)'), ...tail];
  return { text: fallback(answer, items, cmd), blocks };
}

function itemBlocks(item: AnswerItem, cmd: (s: string) => string, titleOf: (c: Citation) => string): Block[] {
  const out: Block[] = [section(truncate(`• ${cmd(item.text)}`, MAX_SECTION))];
  const same = (c: Citation) => fold(item.text).includes(fold(c.excerpt)) || fold(c.excerpt).includes(fold(item.text));
  for (const c of item.citations.slice(0, CITATIONS_PER_ITEM)) out.push(...evidence(c, !same(c), titleOf(c)));
  return out;
}

/** A citation: the excerpt as a quote (unless the item already shows it) and where it stands. */
function evidence(c: Citation, quoteExcerpt: boolean, shownTitle = c.title): Block[] {
  const out: Block[] = [];
  if (quoteExcerpt) out.push(section(truncate(`>${escapeMrkdwn(c.excerpt).replace(/\n/g, '\n>')}`, MAX_SECTION)));
  out.push(context(sourceLine(c, shownTitle)));
  return out;
}

/** Outlet, title, date and paragraph; with the article's URL, the outlet and the title link to it. */
function sourceLine(c: Citation, shownTitle = c.title): string {
  const where = citationPlace(c);
  const title = escapeMrkdwn(shownTitle);
  const source = escapeMrkdwn(c.source);
  const link = citationUrl(c);
  if (link) {
    const url = link.replace(/[|<>\s]/g, encodeURIComponent);
    return `*<${url}|${source.replace(/\|/g, '¦')}>* · <${url}|${title.replace(/\|/g, '¦')}> · ${c.published} · ${where}`;
  }
  return `*${source}* · “${title}” · ${c.published} · ${where}`;
}

/** The plain fallback: headline, answer, the page's items and the first source, mrkdwn-escaped. */
function fallback(answer: Answer, items: AnswerItem[], cmd: (s: string) => string): string {
  const lines = [answer.title.trim() ? `${escapeMrkdwn(answer.title.trim())}: ${cmd(answer.text)}` : cmd(answer.text)];
  for (const item of items) lines.push(`• ${cmd(item.text)}`);
  const first = answer.citations[0] ?? items.find((i) => i.citations.length)?.citations[0];
  if (first) lines.push(`Source: ${escapeMrkdwn(citationLabel(first))}`);
  return truncate(lines.join('\n'), MAX_SECTION);
}

// verbatim: Slack neither turns URLs and #channel names into links nor @names into mentions; only
// the links this code writes itself (<url|title>) and escaped text remain.
export function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

export function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, MAX_CONTEXT), verbatim: true }] };
}

/** Where a piece without a line or word break ends: `max`, or earlier when `max` falls inside an escape such as "&amp;". */
function splitPoint(s: string, max: number): number {
  const amp = s.lastIndexOf('&', max);
  const m = amp >= 0 ? /^&(?:amp|lt|gt);/.exec(s.slice(amp)) : null;
  return m && amp + m[0].length > max ? amp : max;
}

/** How Slack draws a button: paging with arrows, the votes as emoji, "Share in channel" and a preview's Save and Cancel emphasised; a suggestion in the umbrella form. */
const SHOWN: Partial<Record<ButtonName, string>> = { previous: '◀ Previous', next: 'Next ▶', up: '👍', down: '👎' };
const STYLES: Partial<Record<ButtonName, 'primary' | 'danger'>> = { share: 'primary', save: 'primary', cancel: 'danger' };

function button(b: LaidButton, i: number, umbrella: string | undefined): types.Button {
  const ask = b.name === 'ask';
  const style = STYLES[b.name];
  return {
    type: 'button',
    action_id: ask ? `${ACTION_IDS.ask}${i}` : b.action === 'preview' ? `${ACTION_ADD}${b.name}` : ACTION_IDS[b.name]!,
    text: { type: 'plain_text', text: ask ? truncate(umbrellaCommands(b.label, umbrella), 75) : (SHOWN[b.name] ?? b.label), emoji: true },
    value: b.id,
    ...(style ? { style } : {}),
  };
}

// "Why this answer?", pure: what the bot understood, the facts it used (each sentence as a quote with
// its source) and the candidates it set aside. At most 8 facts and 5 candidates: with the header and the
// lines around them that is under 30 of Slack's 50 blocks; sections stay under 3,000.

const USED_MAX = 8;
const REJECTED_MAX = 5;
const EXCERPT_MAX = 1200;

export function toSlackWhy(view: WhyView, umbrella?: string): SlackMessage {
  const text = (s: string) => escapeMrkdwn(umbrellaCommands(s, umbrella));
  const cut = whyCut(view, { used: USED_MAX, rejected: REJECTED_MAX });
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: WHY_TITLE, emoji: false } }];
  blocks.push(section(truncate(cut.lines.map((l) => `*${l.label}:* ${text(l.text)}`).join('\n'), MAX_SECTION)));
  blocks.push(section(cut.used.length ? '*Facts used*' : '*Facts used:* none cited.'));
  for (const c of cut.used) {
    blocks.push(section(truncate(`>${escapeMrkdwn(truncate(c.excerpt, EXCERPT_MAX)).replace(/\n/g, '\n>')}`, MAX_SECTION)));
    blocks.push(context(`*${escapeMrkdwn(c.source)}* · “${escapeMrkdwn(c.title)}” · ${c.published} · ${citationPlace(c)}`));
  }
  if (cut.moreUsed) blocks.push(section(`…and ${cut.moreUsed} more.`));
  if (cut.rejected.length) {
    blocks.push(section('*Set aside*'));
    for (const r of cut.rejected) blocks.push(section(truncate(`• ${escapeMrkdwn(r.why)}: “${escapeMrkdwn(truncate(r.excerpt, EXCERPT_MAX))}”`, MAX_SECTION)));
  } else {
    blocks.push(section(`*Set aside:* ${NONE_SET_ASIDE}`));
  }
  return { text: truncate(`${WHY_TITLE} Understood: ${text(view.understood)}`, MAX_SECTION), blocks };
}
