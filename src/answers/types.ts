// What every answer is: the text that states it, the excerpts that support it, the entries of a list,
// and what to try next. The core hands these to the adapters unchanged.

/** Where a cited excerpt stands: outlet, title, publication date, paragraph, and the text as printed. */
export interface Citation {
  source: string;
  title: string;
  /** YYYY-MM-DD */
  published: string;
  /** 1-based story paragraph number; for a photo caption, the caption's own number. */
  paragraph: number;
  /** True when the excerpt is a photo caption rather than story text. */
  caption?: boolean;
  excerpt: string;
  url?: string;
}

/** One entry of a list answer (a quote, a dated event, a source): the unit that is paged. */
export interface AnswerItem {
  text: string;
  citations: Citation[];
}

export type AnswerKind = 'answer' | 'not-found' | 'usage' | 'help' | 'refusal' | 'error';

export interface Answer {
  /** False for refusals, help, usage messages and "not in the articles". */
  answered: boolean;
  kind: AnswerKind;
  /** Short headline, e.g. the person's name or "Timeline of the visit". */
  title: string;
  /** The answer itself in plain text (list answers put a one-line summary here). */
  text: string;
  /** Evidence for `text`. */
  citations: Citation[];
  /** Pageable entries of a list answer, in order. */
  items: AnswerItem[];
  /** Commands the user could try next. */
  suggestions: string[];
  /** Why the bot answered so ("Why this answer?"): for free questions. */
  why?: Explanation;
  /** An article's preview (/sources add): the pending draft's id, whose Save / Edit details / Cancel buttons the adapters show. */
  draft?: string;
}

/** What the bot understood, what it used and what it set aside. Never holds who asked. */
export interface Explanation {
  /** The question as understood: its answer type and constraints, in a line. */
  understood: string;
  /** The facts the answer rests on: their sentences, cited. */
  used: Citation[];
  /** Candidates considered and set aside, each with the reason. */
  rejected: { excerpt: string; why: string }[];
}

/** An autocomplete choice offered while the user types an option. */
export interface Choice {
  name: string;
  value: string;
}
