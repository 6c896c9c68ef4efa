import { NONE_SET_ASIDE, whyLines, type WhyView } from '../../conversation/explain.ts';
import { citationPlace } from '../../core/render-text.ts';
import { escapeMrkdwn, slackCommands, truncate } from './mrkdwn.ts';
import { MAX_SECTION, type Block, type SlackMessage } from './render.ts';

// "Why this answer?" in Block Kit, pure: what the bot understood, the facts it used (each sentence as
// a quote with its source) and the candidates it set aside. At most 8 facts and 5 candidates: with
// the header and the lines around them that is under 30 of Slack's 50 blocks; sections stay under 3,000.

const USED_MAX = 8;
const REJECTED_MAX = 5;
const EXCERPT_MAX = 1200;

export function toSlackWhy(view: WhyView, umbrella?: string): SlackMessage {
  const text = (s: string) => escapeMrkdwn(slackCommands(s, umbrella));
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: 'Why this answer?', emoji: false } }];
  const head = whyLines(view).map((l) => `*${l.label}:* ${text(l.text)}`);
  blocks.push(section(truncate(head.join('\n'), MAX_SECTION)));
  blocks.push(section(view.used.length ? '*Facts used*' : '*Facts used:* none cited.'));
  for (const c of view.used.slice(0, USED_MAX)) {
    blocks.push(section(truncate(`>${escapeMrkdwn(truncate(c.excerpt, EXCERPT_MAX)).replace(/\n/g, '\n>')}`, MAX_SECTION)));
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: truncate(`*${escapeMrkdwn(c.source)}* · “${escapeMrkdwn(c.title)}” · ${c.published} · ${citationPlace(c)}`, 2000),
          verbatim: true,
        },
      ],
    });
  }
  if (view.used.length > USED_MAX) blocks.push(section(`…and ${view.used.length - USED_MAX} more.`));
  if (view.rejected.length) {
    blocks.push(section('*Set aside*'));
    for (const r of view.rejected.slice(0, REJECTED_MAX))
      blocks.push(section(truncate(`• ${escapeMrkdwn(r.why)}: “${escapeMrkdwn(truncate(r.excerpt, EXCERPT_MAX))}”`, MAX_SECTION)));
  } else {
    blocks.push(section(`*Set aside:* ${NONE_SET_ASIDE}`));
  }
  return { text: truncate(`Why this answer? Understood: ${text(view.understood)}`, MAX_SECTION), blocks };
}

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}
