import type { Answer } from '../core/types.ts';
import type { Corrections, Intake, PendingDraft, UploadedFile } from './intake.ts';
import { cancelledAnswer, notAdminAnswer, previewAnswer, problemAnswer, savedAnswer } from './preview.ts';

// Adding an article from chat, as steps every platform shows the same way: who may (ADMIN_USERS or
// the platform's own admin capability, asked only when needed), a page or file → a preview with Save /
// Edit details / Cancel → a details form → saved. Adapters decode their ids and render the steps.

export type Step =
  /** Show the preview with Save / Edit details / Cancel. */
  | { kind: 'preview'; answer: Answer; draft: PendingDraft }
  /** Saved or cancelled: replace the preview, without buttons. */
  | { kind: 'done'; answer: Answer }
  /** Tell the admin privately; the preview, if any, stays. `field`: the detail the problem is about. */
  | { kind: 'problem'; answer: Answer; field?: keyof Corrections }
  /** Open the details form, filled in. */
  | { kind: 'edit'; draft: PendingDraft };

/** The details form: the same fields, labels and limits on every platform. */
export const DETAIL_FIELDS: ReadonlyArray<{ id: keyof Corrections; label: string; max: number; placeholder?: string }> = [
  { id: 'title', label: 'Title', max: 300 },
  { id: 'source', label: 'Outlet', max: 100 },
  { id: 'published', label: 'Publication date (YYYY-MM-DD)', max: 10, placeholder: '2024-04-19' },
];

/** "add" or "/sources add" (mentions of the bot already dropped): a shared file is an article to add. */
export function isAddLine(text: string): boolean {
  return /^\/?(?:sources\s+)?add\b/i.test(text.trim());
}

/** "/sources add <link>" as the core reads it (command sources, arguments "add …"): the link, or undefined when it is not one. */
export function addTarget(request: { command: string; args: string }): string | undefined {
  const m = /^add\b\s*([\s\S]*)$/i.exec(request.args.trim());
  return request.command.toLowerCase() === 'sources' && m ? m[1]!.trim() : undefined;
}

export interface ArticleFlow {
  /** `isAdmin` is the platform's admin capability (Discord Manage Server, Slack workspace admin), asked only when ADMIN_USERS does not list the user. */
  start(input: {
    userId: string;
    isAdmin: () => boolean | Promise<boolean>;
    onAllowed?: () => Promise<unknown>;
    url?: string;
    file?: UploadedFile;
  }): Promise<Step>;
  edit(id: string, userId: string): Step;
  correct(id: string, userId: string, fields: Corrections): Step;
  save(id: string, userId: string): Step;
  cancel(id: string, userId: string): Step;
}

export function createArticleFlow(intake: Intake, platform: 'discord' | 'slack'): ArticleFlow {
  const problem = (message: string): Step => ({ kind: 'problem', answer: problemAnswer(message) });
  return {
    async start({ userId, isAdmin, onAllowed, url, file }) {
      if (!intake.mayAdd(userId, false) && !intake.mayAdd(userId, await isAdmin())) return { kind: 'problem', answer: notAdminAnswer(platform) };
      if (!file && !url) return problem('Give me the link of the article: /sources add https://…');
      await onAllowed?.();
      const outcome = file ? await intake.fromFile(file, userId) : await intake.fromUrl(url!, userId);
      return outcome.ok ? { kind: 'preview', answer: previewAnswer(outcome.draft), draft: outcome.draft } : problem(outcome.message);
    },
    edit(id, userId) {
      const found = intake.find(id, userId);
      return found.ok ? { kind: 'edit', draft: found.draft } : problem(found.message);
    },
    correct(id, userId, fields) {
      const corrected = intake.correct(id, userId, fields);
      if (corrected.ok) return { kind: 'preview', answer: previewAnswer(corrected.draft), draft: corrected.draft };
      const m = corrected.message;
      return { ...problem(m), field: /date/i.test(m) ? 'published' : /outlet/i.test(m) ? 'source' : /title/i.test(m) ? 'title' : 'published' } as Step;
    },
    save(id, userId) {
      const saved = intake.save(id, userId);
      return saved.ok ? { kind: 'done', answer: savedAnswer(saved.file, saved.draft) } : problem(saved.message);
    },
    cancel(id, userId) {
      intake.cancel(id, userId);
      return { kind: 'done', answer: cancelledAnswer() };
    },
  };
}
