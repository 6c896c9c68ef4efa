import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField, InteractionReplyOptions } from 'discord.js';
import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import { NONE_SET_ASIDE, WHY_TITLE, whyCut, type WhyView } from '../../conversation/explain.ts';
import type { Answer, AnswerItem, Citation, View } from '../../core/types.ts';
import { allCitations } from '../../core/answer.ts';
import { citationKey, citationPlace, citationTitles, citationUrl, clip, quoteMarks } from '../../core/render-text.ts';
import { layoutAnswer, type AnswerLayout, type ButtonName, type LaidButton, type LayoutOptions } from '../../core/layout.ts';
import { requestLine } from '../../core/request-line.ts';

// Pure rendering of an Answer as a Discord message: the answer first (embed title and description),
// then the evidence (one field per citation: outlet, date, paragraph; the article title and the
// excerpt). The page, its items and the buttons are the core's layout (src/core/layout.ts).

/** Discord's custom_id holds at most 100 characters: arguments that do not fit come back from the footer (src/core/request-line.ts). */
export const CUSTOM_ID_MAX = 100;
/** An article's preview (src/intake/flow.ts): custom_id vb-add:<save|edit|cancel|modal>:<draft id>; the draft stays in memory (src/intake). */
export const DRAFT_PREFIX = 'vb-add:';
/** Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = { content: 2000, title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, embedTotal: 6000 } as const;
/** Room kept for the evidence when a long answer text competes with it for the 6,000 characters. */
const EVIDENCE_RESERVE = 2400;
const ITEM_MAX = 900;

const COLOURS: Record<Answer['kind'], number> = {
  answer: 0x5865f2,
  'not-found': 0x99aab5,
  usage: 0x3498db,
  help: 0x3498db,
  refusal: 0xed4245,
  error: 0xed4245,
};

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Nothing the bot sends may ping anyone. */
  allowed_mentions: { parse: []; replied_user: false };
}

/** The layout's (src/core/layout.ts): the request answered, which the buttons re-run and the footer names; a private reply offers "Share in channel". */
export type RenderOptions = Pick<LayoutOptions, 'request' | 'private'>;

/** A view (src/core/types.ts) as a Discord message. Who shared an answer is Discord's to show (it names who used a button). */
export function toDiscordView(view: View): DiscordMessage {
  if (view.kind === 'why') return toDiscordWhy(view.view);
  if (view.kind === 'text') return { content: view.text, embeds: [], components: [], allowed_mentions: NO_PINGS };
  return toDiscord(view.answer, view.page, view);
}

const NO_PINGS = { parse: [] as [], replied_user: false as const };

export function toDiscord(answer: Answer, page = 0, options: RenderOptions = {}): DiscordMessage {
  const layout = layoutAnswer(answer, page, { ...options, idMax: CUSTOM_ID_MAX, argsElsewhere: true });
  const { items, pages, page: current } = layout;
  // The page's sources, each once (the answer's first), numbered in that order.
  const citations = allCitations({ ...answer, items });
  const numberOf = (c: Citation) => citations.findIndex((x) => citationKey(x) === citationKey(c)) + 1;

  const lines = [safe(answer.text)];
  if (answer.citations.length && !items.length) lines[0] += refs(answer.citations.map(numberOf));
  if (items.length) {
    lines.push('');
    items.forEach((item, i) => lines.push(itemLine(item, layout.first + i + 1, item.citations.map(numberOf))));
  }
  const suggestions = layout.tryText.map((s) => s.replace(/`/g, '')).filter(Boolean);
  if (suggestions.length) lines.push('', `**Try:** ${suggestions.map((s) => `\`${s}\``).join(' · ')}`);

  let footer = options.request ? requestLine(options.request, current, pages) : pages > 1 ? `page ${current + 1}/${pages}` : '';
  const shown = citations.slice(0, LIMITS.fields);
  if (citations.length > shown.length) footer += `${footer ? ' · ' : ''}${citations.length - shown.length} more sources not shown`;
  const embed = fit(clip(safe(answer.title), LIMITS.title) || 'VisitBot', lines.join('\n'), shown, clip(footer, LIMITS.footer));
  embed.color = COLOURS[answer.kind];
  const components = buttons(layout);
  return { embeds: [embed], components, allowed_mentions: NO_PINGS };
}

/** Builds the embed so that every limit holds, the answer first: evidence shrinks before the answer does. */
function fit(title: string, text: string, citations: Citation[], footer: string): APIEmbed {
  const reserve = Math.min(EVIDENCE_RESERVE, citations.length * 300);
  const description = clip(text, Math.min(LIMITS.description, LIMITS.embedTotal - title.length - footer.length - reserve));
  let room = LIMITS.embedTotal - title.length - description.length - footer.length;
  const names = citations.map((c, i) => clip(`[${i + 1}] ${safe(c.source)} · ${c.published} · ${citationPlace(c, '¶')}`, LIMITS.fieldName));
  // Drop the last sources until each remaining one gets a readable share of the room left.
  while (names.length && (room - names.join('').length) / names.length < 80) names.pop();
  room -= names.join('').length;
  const titleOf = citationTitles(citations); // the full headline once per article, its short form after
  const fields: APIEmbedField[] = names.map((name, i) => {
    const c = citations[i]!;
    const share = Math.min(LIMITS.fieldValue, Math.floor(room / (names.length - i)));
    const value = evidence(c, share, titleOf(c));
    room -= value.length;
    return { name, value };
  });
  const embed: APIEmbed = { title, description: description || undefined, fields: fields.length ? fields : undefined };
  if (footer) embed.footer = { text: footer };
  return embed;
}

/** “excerpt” then the article title (linked when the article has a URL), within max characters. */
function evidence(c: Citation, max: number, shown = c.title): string {
  // Parentheses and spaces in the address are percent-encoded (encodeURIComponent leaves "(" and ")"), so the link cannot end early.
  const href = (url: string) => url.replace(/[()\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  const url = citationUrl(c);
  const title = url ? `[${safe(shown.replace(/[[\]]/g, ''))}](${href(url)})` : `*${safe(shown)}*`;
  const titleLine = `\n— ${title}`;
  const [open, close] = quoteMarks(c.excerpt);
  if (titleLine.length + 10 > max) return clip(`${open}${safe(c.excerpt)}${close}`, max);
  return `${clip(`${open}${safe(c.excerpt)}`, max - titleLine.length - 1)}${close}${titleLine}`;
}

function itemLine(item: AnswerItem, n: number, numbers: number[]): string {
  return `**${n}.** ${clip(safe(item.text), ITEM_MAX)}${refs(numbers)}`;
}

function refs(numbers: number[]): string {
  return numbers.length ? ` ${numbers.map((n) => `[${n}]`).join('')}` : '';
}

/** How Discord draws a button: the votes as emoji alone, "Share in channel" emphasised, a preview's Save and Cancel in colour; the rest by its label. */
const LOOKS: Partial<Record<ButtonName, { emoji?: string; style?: ButtonStyle.Primary | ButtonStyle.Success | ButtonStyle.Danger }>> = {
  share: { style: ButtonStyle.Primary },
  up: { emoji: '👍' },
  down: { emoji: '👎' },
  save: { style: ButtonStyle.Success },
  cancel: { style: ButtonStyle.Danger },
};

/** The layout's rows of buttons (5 a row at most): paging and sharing; "Why this answer?" and the votes; the suggestions; a preview's. */
function buttons(layout: AnswerLayout): DiscordMessage['components'] {
  const button = (b: LaidButton, look = LOOKS[b.name]): APIButtonComponent => ({
    type: ComponentType.Button,
    style: look?.style ?? ButtonStyle.Secondary,
    ...(look?.emoji ? { emoji: { name: look.emoji } } : { label: b.label.slice(0, 80) }),
    custom_id: b.action === 'preview' ? `${DRAFT_PREFIX}${b.name}:${b.id}` : b.id,
    ...(b.enabled === undefined ? {} : { disabled: !b.enabled }),
  });
  return layout.rows.map((row) => ({ type: ComponentType.ActionRow, components: row.map((b) => button(b)) }));
}

/**
 * Article and answer text as Discord markdown: literal, and unable to ping even if allowed_mentions
 * were lost. Brackets, parentheses and angle brackets are escaped too, so that text a user typed or
 * an article holds never becomes a live link under the bot's name ("[Claim your prize](https://…)",
 * "<https://…>").
 */
export function safe(s: string): string {
  return s
    .replace(/<(@[!&]?|#)(\d+)>/g, '‹$1$2›')
    .replace(/[\\*_~`|[\]()<>]/g, '\\$&')
    .replace(/^([#-])/gm, '\\$1')
    .replace(/@(everyone|here)/g, '@\u200b$1');
}

/** discord.js wants allowedMentions in camelCase; the renderer speaks the API's JSON. */
export function edit(m: DiscordMessage) {
  return { ...(m.content ? { content: m.content } : {}), embeds: m.embeds, components: m.components, allowedMentions: { parse: [] as [], repliedUser: false } };
}

/** A reply, private when `ephemeral`. */
export function reply(m: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return { ...edit(m), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

// "Why this answer?", pure: what the bot understood, the facts it used (their sentences, cited) and the
// candidates it set aside. Budgets keep the embed inside Discord's limits whatever the answer holds:
// 1,000 characters of description, six facts and four rejected candidates of bounded size (≈ 5,700 of
// the 6,000 an embed may hold).

const DESCRIPTION_MAX = 1000;
const USED_MAX = 6;
const USED_VALUE_MAX = 450;
const REJECTED_MAX = 4;
const REJECTED_VALUE_MAX = 300;
const NAME_MAX = 80;

export function toDiscordWhy(view: WhyView): DiscordMessage {
  const cut = whyCut(view, { used: USED_MAX, rejected: REJECTED_MAX });
  const lines = cut.lines.map((l) => `**${l.label}:** ${safe(l.text)}`);
  const fields: APIEmbedField[] = cut.used.map((c, i) => ({
    name: clip(`Used [${i + 1}] ${safe(c.source)} · ${c.published} · ${citationPlace(c, '¶')}`, NAME_MAX),
    value: clip(`“${safe(c.excerpt)}”`, USED_VALUE_MAX) || '—',
  }));
  if (cut.moreUsed) fields.push({ name: 'More facts used', value: `${cut.moreUsed} more not shown` });
  cut.rejected.forEach((r, i) => {
    fields.push({ name: clip(`Set aside [${i + 1}]: ${safe(r.why)}`, NAME_MAX), value: clip(`“${safe(r.excerpt)}”`, REJECTED_VALUE_MAX) || '—' });
  });
  if (!cut.rejected.length) fields.push({ name: 'Set aside', value: NONE_SET_ASIDE });
  const embed: APIEmbed = {
    title: WHY_TITLE,
    description: clip(lines.join('\n'), DESCRIPTION_MAX),
    fields: fields.slice(0, LIMITS.fields),
    color: 0x99aab5,
    footer: { text: 'Only you can see this.' },
  };
  return { embeds: [embed], components: [], allowed_mentions: NO_PINGS };
}
