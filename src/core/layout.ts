import { changesSettings } from '../../commands/index.ts';
import { encodeControl, encodeWhole, type Control, type ControlAction } from './controls.ts';
import { suggestedRequests, type Request } from './interactions.ts';
import type { Answer, AnswerItem } from './types.ts';

// An answer laid out as a chat message, written once for every renderer: the page shown and its
// items, and the buttons under it with the ids they carry. Discord maps it to an embed and button
// rows, Slack to Block Kit; the labels, styles and limits of text are theirs.

export const PAGE_SIZE = 5;

export interface LayoutOptions {
  /** Items a page (default PAGE_SIZE). */
  pageSize?: number;
  /** The request that produced the answer: without it there are no buttons (a daily post). */
  request?: Request;
  /** The message is private (it offers "Share in channel" on a real answer). */
  private?: boolean;
  /** The longest id a button may carry (Discord's custom_id, Slack's value). */
  idMax: number;
  /** The platform gives back arguments left out of an id (Discord: the footer); otherwise such a button is not offered. */
  argsElsewhere?: boolean;
}

/** What a button under an article's preview does (src/intake/flow.ts press). */
export type PreviewAction = 'save' | 'edit' | 'cancel';

/** Which button it is: the control's action, with paging's two directions told apart, or a preview's action. */
export type ButtonName = 'previous' | 'next' | 'share' | 'why' | 'up' | 'down' | 'ask' | PreviewAction;

/** What each button says on every platform (a platform may draw an arrow or an emoji instead); a suggestion says its request. */
export const BUTTON_LABELS: Record<Exclude<ButtonName, 'ask'>, string> = {
  previous: 'Previous',
  next: 'Next',
  share: 'Share in channel',
  why: 'Why this answer?',
  up: 'Helpful',
  down: 'Not helpful',
  save: 'Save',
  edit: 'Edit details',
  cancel: 'Cancel',
};

/** The preview's buttons, in order, on every platform. */
const PREVIEW_ACTIONS: readonly PreviewAction[] = ['save', 'edit', 'cancel'];

/** The preview action a button's id names by its word ("save", "edit", "cancel"), on every platform; undefined for any other word. */
export function previewAction(word: string): PreviewAction | undefined {
  return PREVIEW_ACTIONS.find((a) => a === word);
}

export interface LaidButton {
  /** The control it carries; a preview's button carries the draft's id alone. */
  action: ControlAction | 'preview';
  name: ButtonName;
  /** The control (controls.ts), or a preview's draft id. */
  id: string;
  label: string;
  /** Paging only: false at either end (a platform may show it disabled, or leave it out). */
  enabled?: boolean;
}

export interface AnswerLayout {
  page: number;
  pages: number;
  /** The page's items; the first is number `first + 1` of the whole list. */
  items: AnswerItem[];
  first: number;
  /** Previous and Next, when the answer has more than one page and can be re-run. */
  previous?: LaidButton;
  next?: LaidButton;
  /** "Share in channel": a private real answer. */
  share?: LaidButton;
  /** "Why this answer?", 👍 and 👎: a real answer that changes no settings. */
  feedback: LaidButton[];
  /** "Try:" suggestions as buttons that ask them. */
  suggestions: LaidButton[];
  /** The suggestions to show as text, when not every one is a button. */
  tryText: string[];
  /** Save, Edit details and Cancel under an article's preview (its draft). */
  preview: LaidButton[];
  /** The buttons in rows, empty rows left out: paging (both directions, or none) and sharing; "why" and the votes; the suggestions; a preview's. */
  rows: LaidButton[][];
}

export function pageCount(answer: Answer, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(answer.items.length / Math.max(1, pageSize)));
}

export function layoutAnswer(answer: Answer, page: number, options: LayoutOptions): AnswerLayout {
  const size = Math.max(1, options.pageSize ?? PAGE_SIZE);
  const pages = pageCount(answer, size);
  const current = Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
  const request = options.request;
  const button = (c: Control, name: ButtonName = c.action as ButtonName): LaidButton | undefined => {
    const id = options.argsElsewhere ? encodeControl(c, options.idMax) : encodeWhole(c, options.idMax);
    return id === undefined ? undefined : { action: c.action, name, id, label: name === 'ask' ? '' : BUTTON_LABELS[name] };
  };
  // (A settings change is never re-run by a button: paging or sharing it would repeat the change.)
  const paged = (action: 'page' | 'share', p: number, name: ButtonName) =>
    request && !changesSettings(request) ? button({ action, page: p, private: Boolean(options.private), ...request }, name) : undefined;
  // A disabled Previous points past the end, so that the two ids differ.
  const previous = pages > 1 ? paged('page', current > 0 ? current - 1 : pages, 'previous') : undefined;
  const next = pages > 1 ? paged('page', current + 1, 'next') : undefined;
  const laidFeedback =
    request && answer.answered && !changesSettings(request) ? (['why', 'up', 'down'] as const).map((action) => button({ action, ...request })) : [];
  const feedback = laidFeedback.every(Boolean) ? (laidFeedback as LaidButton[]) : [];
  const suggestions: LaidButton[] = request
    ? suggestedRequests(answer).flatMap((s) => {
        const id = encodeWhole({ action: 'ask', ...s.request }, options.idMax);
        return id ? [{ action: 'ask' as const, name: 'ask' as const, id, label: s.label }] : [];
      })
    : [];
  const paging = previous && next ? { previous: { ...previous, enabled: current > 0 }, next: { ...next, enabled: current + 1 < pages } } : undefined;
  const share = options.private && answer.answered ? paged('share', current, 'share') : undefined;
  const draft = answer.draft;
  const preview = draft ? PREVIEW_ACTIONS.map((name) => ({ action: 'preview' as const, name, id: draft, label: BUTTON_LABELS[name] })) : [];
  const rows = [[...(paging ? [paging.previous, paging.next] : []), ...(share ? [share] : [])], feedback, suggestions, preview];
  return {
    page: current,
    pages,
    items: answer.items.slice(current * size, (current + 1) * size),
    first: current * size,
    ...paging,
    share,
    feedback,
    suggestions,
    preview,
    tryText: suggestions.length < answer.suggestions.length ? answer.suggestions : [],
    rows: rows.filter((r) => r.length),
  };
}
