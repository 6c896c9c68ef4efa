import { NONE_SET_ASIDE, WHY_TITLE, whyCut, type WhyView } from '../../conversation/explain.ts';
import { citationPlace } from '../../core/render-text.ts';
import { escapeMrkdwn, truncate } from './mrkdwn.ts';
import { umbrellaCommands } from '../../core/route.ts';
import { context, MAX_SECTION, section, type Block, type SlackMessage } from './render.ts';

// "Why this answer?" in Block Kit, pure: what the bot understood, the facts it used (each sentence as
// a quote with its source) and the candidates it set aside. At most 8 facts and 5 candidates: with
// the header and the lines around them that is under 30 of Slack's 50 blocks; sections stay under 3,000.

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
