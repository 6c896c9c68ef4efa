import type { Answer, AnswerItem, Citation } from './types.ts';

// Small constructors so that every handler builds answers the same way.

export function answer(title: string, text: string, citations: Citation[], extra: Partial<Answer> = {}): Answer {
  const a: Answer = { answered: true, kind: 'answer', title, text, citations, items: [], suggestions: [], ...extra };
  return { ...a, suggestions: unique(a.suggestions) };
}

const unique = (xs: string[]) => [...new Set(xs)];

export function listAnswer(title: string, summary: string, items: AnswerItem[], suggestions: string[] = []): Answer {
  return { answered: true, kind: 'answer', title, text: summary, citations: [], items, suggestions: unique(suggestions) };
}

export function notFound(text: string, suggestions: string[]): Answer {
  return { answered: false, kind: 'not-found', title: 'Not in the articles', text, citations: [], items: [], suggestions: unique(suggestions) };
}

export function usage(text: string, suggestions: string[] = []): Answer {
  return { answered: false, kind: 'usage', title: 'How to ask', text, citations: [], items: [], suggestions };
}

export function refusal(text: string, suggestions: string[] = []): Answer {
  return { answered: false, kind: 'refusal', title: 'Sorry', text, citations: [], items: [], suggestions };
}

export function failure(): Answer {
  return {
    answered: false,
    kind: 'error',
    title: 'Something went wrong',
    text: 'Something went wrong while answering that. It has been logged; please try again.',
    citations: [],
    items: [],
    suggestions: ['/help'],
  };
}

/** Every citation of an answer, its own and its items', without repeats. */
export function allCitations(a: Answer): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const c of [...a.citations, ...a.items.flatMap((i) => i.citations)]) {
    const key = `${c.source}|${c.title}|${c.paragraph}|${c.caption ? 'c' : 'p'}|${c.excerpt}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}

/** The whole answer as plain text: the text, then every item. */
export function fullText(a: Answer): string {
  return [a.text, ...a.items.map((i) => i.text)].filter(Boolean).join('\n');
}
