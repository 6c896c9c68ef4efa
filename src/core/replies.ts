import { REASON_FORM, type Form } from './forms.ts';
import type { ClickInput, Interactions, Request } from './interactions.ts';
import type { Logger } from './logger.ts';
import type { View } from './types.ts';

// A click on a button under an answer, answered once for every platform: what the core decided
// (interactions.click) shown the same way everywhere. The adapter decodes the click and gives how to
// reply on its platform (ReplyIO): show a view, open a form, remove the private message clicked.

export interface ReplyIO {
  /** Shows a view as a new message, or (`replace`) in place of the message clicked; to the clicker alone when `private`. */
  show(view: View, how: { private: boolean; replace?: boolean }): Promise<unknown>;
  /**
   * Opens a form over the message clicked (the "what was wrong?" form after a vote down), about
   * `request`; `receipt` is what the click did (the platform says it in the form, or beside it).
   */
  openForm?(form: Form, request: Request, receipt: string): Promise<unknown>;
  /** Removes the private message clicked, once its answer is shared in the channel (where the platform can). */
  removeClicked?(): Promise<unknown>;
}

export function createReplies(options: { interactions: Interactions; logger: Logger }): { click(input: ClickInput, io: ReplyIO): Promise<void> } {
  const { interactions, logger } = options;
  return {
    async click(input, io) {
      const clicked = await interactions.click(input);
      const privately = { private: true };
      if (clicked.kind === 'expired') {
        logger.warn({ platform: input.platform, action: input.action, id: input.id?.slice(0, 100) }, 'a button this version cannot read');
        return void (await io.show({ kind: 'answer', answer: clicked.answer, page: 0, private: true }, privately));
      }
      if (clicked.kind === 'why') return void (await io.show({ kind: 'why', view: clicked.view }, privately));
      if (clicked.kind === 'vote') {
        // A fresh vote down asks what was wrong, where the platform can open a form; the form's submission says thanks.
        if (clicked.askReason && io.openForm) return void (await io.openForm(REASON_FORM, clicked.request, clicked.text));
        return void (await io.show({ kind: 'text', text: clicked.text }, privately));
      }
      const sharedBy = clicked.shared ? { sharedBy: input.userId } : {};
      const view: View = { kind: 'answer', answer: clicked.answer, page: clicked.page, request: clicked.request, private: clicked.private, ...sharedBy };
      await io.show(view, { private: clicked.private, replace: clicked.replace });
      if (clicked.shared) await io.removeClicked?.();
    },
  };
}
