import type { Interaction } from 'discord.js';
import type { ArticleFlow } from '../../intake/flow.ts';
import { modalText, toModal } from './form.ts';
import { DRAFT_PREFIX, edit, reply, toDiscord } from './render.ts';

// Adding an article on Discord: the preview's buttons and the details modal.
// "/sources add:<url>", "/sources file:<attachment>" and "@VisitBot add" with a file attached go
// through the one dispatcher to the intake's flow (src/intake/flow.ts), which says who may, fetches,
// previews and saves; the preview renders with Save / Edit details / Cancel (render.ts), and
// this answers their clicks: Edit details opens a modal with title, outlet and date filled in.

/** Handles the interaction if it is a preview's button or the details modal; false for anything else. */
export async function handleArticleClick(flow: ArticleFlow, i: Interaction): Promise<boolean> {
  if (!(i.isButton() || i.isModalSubmit()) || !i.customId.startsWith(DRAFT_PREFIX)) return false;
  const [, word = '', id = ''] = i.customId.split(':');
  const shown = i.isModalSubmit() ? flow.submit(id, i.user.id, (name) => modalText(i, name)) : flow.press(word, id, i.user.id);
  if (!shown) return false;
  if (shown.kind === 'form') {
    if (i.isButton()) await i.showModal(toModal(shown.form, `${DRAFT_PREFIX}modal:${shown.form.draftId}`));
  } else if (shown.kind === 'replace' && (i.isButton() || i.isFromMessage())) await i.update(edit(toDiscord(shown.answer)));
  else await i.reply(reply(toDiscord(shown.answer), true));
  return true;
}
