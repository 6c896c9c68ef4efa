import type { Form, FormField } from '../core/forms.ts';
import { previewAction, type PreviewAction } from '../core/layout.ts';
import type { Request } from '../core/interactions.ts';
import { routeMessageText } from '../core/route.ts';
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

/** The details form (src/core/forms.ts) of a draft: its fields filled in from the draft. */
export interface DetailsForm extends Form {
  draftId: string;
  fields: Array<FormField & { id: keyof Corrections }>;
}

export function detailsForm(draft: PendingDraft): DetailsForm {
  const fields = DETAIL_FIELDS.map((f) => ({ ...f, ...(draft[f.id] ? { value: draft[f.id].slice(0, f.max) } : {}) }));
  return { draftId: draft.id, title: 'Article details', submit: 'Update preview', close: 'Back', fields };
}

/** The details form's submission, read field by field (`value`: the platform's text of a field, '' when missing). */
export function readDetails(value: (id: keyof Corrections) => string): Corrections {
  return { title: value('title'), source: value('source'), published: value('published') };
}

/**
 * A step as it answers a click on the preview or the details form, on every platform: open the
 * details form; tell a problem privately, leaving the preview (`field`: the detail it is about, for
 * a form that marks it); or show the answer in place of the preview (where the platform cannot
 * replace it, privately).
 */
export type Shown = { kind: 'form'; form: DetailsForm } | { kind: 'private'; answer: Answer; field?: keyof Corrections } | { kind: 'replace'; answer: Answer };

export function showStep(step: Step): Shown {
  if (step.kind === 'edit') return { kind: 'form', form: detailsForm(step.draft) };
  if (step.kind === 'problem') return { kind: 'private', answer: step.answer, field: step.field };
  return { kind: 'replace', answer: step.answer };
}

/** "add" or "/sources add" (mentions of the bot already dropped): a shared file is an article to add. */
export function isAddLine(text: string): boolean {
  return /^\/?(?:sources\s+)?add\b/i.test(text.trim());
}

/** "add" (or "/sources add") with a file: the request the dispatcher routes to the flow; anything else as typed. */
export function fileRequest(text: string, hasFile: boolean): { command: string; args: string } | undefined {
  return hasFile && isAddLine(text) ? { command: 'sources', args: 'add' } : undefined;
}

/**
 * A message to the bot with a file and "add", written once for every platform: the request for the
 * one dispatcher with the flow's capability for that file, answered without a "working" sign (reading
 * the file answers by itself). Undefined for anything else, or where adding articles is off.
 */
export function fileMention(
  flow: ArticleFlow | undefined,
  text: string,
  file: UploadedFile | undefined,
  by: Omit<Adder, 'file'>,
): { command: string; args: string; quiet: true; addArticle: (link: string) => Promise<Answer> } | undefined {
  const request = flow && file ? fileRequest(text, true) : undefined;
  return request && flow && { ...request, quiet: true, addArticle: flow.adder({ ...by, file }) };
}

/**
 * A message to the bot (its mentions of the bot dropped) as the one dispatcher's request, written once
 * for every platform: "add" with a file is the article to add (fileMention: quiet, with the flow's
 * capability for that file); anything else is read by routeMessageText.
 */
export function messageRequest(
  flow: ArticleFlow | undefined,
  text: string,
  file: UploadedFile | undefined,
  by: Omit<Adder, 'file'>,
): Request & { quiet?: true; addArticle?: (link: string) => Promise<Answer> } {
  return fileMention(flow, text, file, by) ?? routeMessageText(text);
}

/** Who adds, as the adapter knows it: the user, the platform's admin capability, a shared file, and a hook for slow work. */
export interface Adder {
  userId: string;
  /** The platform's admin capability (Discord Manage Server in ADMIN_GUILD_IDS, Slack workspace admin), asked only when ADMIN_USERS does not list the user. */
  isAdmin: () => boolean | Promise<boolean>;
  /** Told once the user may add, before the page is fetched (Discord acknowledges the command then). */
  onAllowed?: () => Promise<unknown>;
  file?: UploadedFile;
}

export interface ArticleFlow {
  start(input: Adder & { url?: string }): Promise<Step>;
  /**
   * The capability an adapter puts in a request (`addArticle`): the one dispatcher routes "/sources add
   * <link>" (or a shared file) to it. Its answer is the preview (carrying the draft's id, for the
   * buttons) or what went wrong.
   */
  adder(by: Adder): (link: string) => Promise<Answer>;
  /** A preview button pressed (Save, Edit details, Cancel). */
  act(action: PreviewAction, id: string, userId: string): Step;
  correct(id: string, userId: string, fields: Corrections): Step;
  /**
   * A preview button pressed, as every platform answers it (showStep): what adapters call with the word
   * their button's id names ("save", "edit", "cancel", read by previewAction); undefined for any other word.
   */
  press(word: string, id: string, userId: string): Shown | undefined;
  /** The details form submitted (read with readDetails from the platform's text of each field), as every platform answers it. */
  submit(id: string, userId: string, value: (field: keyof Corrections) => string): Shown;
}

export function createArticleFlow(intake: Intake, platform: 'discord' | 'slack'): ArticleFlow {
  const problem = (message: string): Step & { kind: 'problem' } => ({ kind: 'problem', answer: problemAnswer(message) });
  const start = async ({ userId, isAdmin, onAllowed, url, file }: Adder & { url?: string }): Promise<Step & { answer: Answer }> => {
    if (!intake.mayAdd(userId, false) && !intake.mayAdd(userId, await isAdmin())) return { kind: 'problem', answer: notAdminAnswer(platform) };
    if (!file && !url) return problem('Give me the link of the article: /sources add https://…');
    await onAllowed?.();
    const outcome = file ? await intake.fromFile(file, userId) : await intake.fromUrl(url!, userId);
    return outcome.ok ? { kind: 'preview', answer: previewAnswer(outcome.draft), draft: outcome.draft } : problem(outcome.message);
  };
  const flow: ArticleFlow = {
    start,
    adder: (by) => async (link) => (await start({ ...by, url: link })).answer,
    press(word, id, userId) {
      const action = previewAction(word);
      return action && showStep(flow.act(action, id, userId));
    },
    submit: (id, userId, value) => showStep(flow.correct(id, userId, readDetails(value))),
    act(action, id, userId) {
      if (action === 'cancel') {
        intake.cancel(id, userId);
        return { kind: 'done', answer: cancelledAnswer() };
      }
      if (action === 'save') {
        const saved = intake.save(id, userId);
        return saved.ok ? { kind: 'done', answer: savedAnswer(saved.file, saved.draft) } : problem(saved.message);
      }
      const found = intake.find(id, userId);
      return found.ok ? { kind: 'edit', draft: found.draft } : problem(found.message);
    },
    correct(id, userId, fields) {
      const corrected = intake.correct(id, userId, fields);
      if (corrected.ok) return { kind: 'preview', answer: previewAnswer(corrected.draft), draft: corrected.draft };
      const m = corrected.message;
      return { ...problem(m), field: /date/i.test(m) ? 'published' : /outlet/i.test(m) ? 'source' : /title/i.test(m) ? 'title' : 'published' };
    },
  };
  return flow;
}
