import type { APIEmbed, APIEmbedField } from 'discord.js';
import { NONE_SET_ASIDE, WHY_TITLE, whyCut, type WhyView } from '../../conversation/explain.ts';
import { citationPlace, clip } from '../../core/render-text.ts';
import { LIMITS, safe, type DiscordMessage } from './render.ts';

// "Why this answer?" as a private Discord message, pure: what the bot understood, the facts it used
// (their sentences, cited) and the candidates it set aside. Budgets keep the embed inside Discord's
// limits whatever the answer holds: 1,000 characters of description, six facts and four rejected
// candidates of bounded size (≈ 5,700 of the 6,000 an embed may hold).

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
  return { embeds: [embed], components: [], allowed_mentions: { parse: [], replied_user: false } };
}
