import { allCitations } from './answer.ts';
import type { Answer, Citation } from './types.ts';

// Plain-text rendering for the console and the CLI, and what every renderer writes the same way: a
// citation's place and link, and text cut or split to a platform's limit.

/** Where a citation stands in its article, on every platform: "paragraph 3" (or the platform's mark, "¶ 3"), "photo caption 1". */
export function citationPlace(c: Citation, paragraph = 'paragraph'): string {
  return c.caption ? `photo caption ${c.paragraph}` : `${paragraph} ${c.paragraph}`;
}

export function citationLabel(c: Citation, title = c.title): string {
  return `${c.source}, “${title}”, ${c.published}, ${citationPlace(c)}`;
}

const SHORT_TITLE_WORDS = 4;

/** A headline's short form, for citing its article again: its first words ("China expects more economic…"). */
export function shortTitle(title: string): string {
  const words = title.trim().split(/\s+/);
  if (words.length <= SHORT_TITLE_WORDS + 1) return title.trim();
  return `${words
    .slice(0, SHORT_TITLE_WORDS)
    .join(' ')
    .replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

/**
 * The title to show for each of an answer's citations, in the order given: the full headline the
 * first time an article is cited, its short form after that.
 */
export function citationTitles(citations: readonly Citation[]): (c: Citation) => string {
  const first = new Map<string, Citation>();
  for (const c of citations) {
    const article = `${c.source}|${c.published}|${c.title}`;
    if (!first.has(article)) first.set(article, c);
  }
  return (c) => (first.get(`${c.source}|${c.published}|${c.title}`) === c ? c.title : shortTitle(c.title));
}

/** The article's address when it is a web link (http or https) a renderer may link to; nothing for anything else. */
export function citationUrl(c: Citation): string | undefined {
  return c.url && /^https?:\/\//.test(c.url) ? c.url : undefined;
}

/** The marks an excerpt is quoted in on every platform: none when it opens with a quotation mark of its own. */
export function quoteMarks(excerpt: string): [open: string, close: string] {
  return /^["\u201c]/.test(excerpt) ? ['', ''] : ['“', '”'];
}

/** Cuts text to at most `max` characters, an ellipsis included (a platform's limit on a title, a field, a description). */
export function clip(s: string, max: number): string {
  if (max <= 0) return '';
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Text in pieces of at most `max` characters (a platform's limit on one block of a message), each cut
 * at a line break, else at a word break, in the second half of the piece; where there is none, at
 * `max`, or earlier where `hardCut` says (so as not to split what must stay whole, Slack's "&amp;").
 */
export function splitText(text: string, max: number, hardCut: (rest: string, max: number) => number = (_rest, m) => m): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    let at = rest.lastIndexOf('\n', max);
    if (at < max / 2) at = rest.lastIndexOf(' ', max);
    if (at < max / 2) at = hardCut(rest, max);
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

/** A citation's identity: the same excerpt at the same place of the same article. */
export const citationKey = (c: Citation) => `${c.source}|${c.title}|${c.paragraph}|${c.caption ? 'c' : 'p'}|${c.excerpt}`;

export function renderText(a: Answer, maxItems = 20): string {
  const lines = [a.text];
  const shown = a.items.slice(0, maxItems);
  // An item that is an article itself (/sources: outlet, “title”, date) needs no source under it: its
  // citation only ties the item to the article (the CLI's JSON keeps it), and a paragraph of it would
  // be quoted for no reason.
  const isArticle = (item: Answer['items'][number], c: Citation) =>
    item.text.includes(`“${c.title}”`) && item.text.includes(c.published) && !item.text.includes(unquoted(c.excerpt));
  const cites = allCitations({ ...a, items: shown.map((item) => ({ ...item, citations: item.citations.filter((c) => !isArticle(item, c)) })) });
  const numbers = new Map(cites.map((c, i) => [citationKey(c), i + 1]));
  // Each item points to its sources; an excerpt the item already prints in full is not printed again.
  const printed = new Set<string>();
  for (const item of shown) {
    const refs = [...new Set(item.citations.map((c) => numbers.get(citationKey(c))).filter((n): n is number => n !== undefined))];
    lines.push(`• ${item.text}${refs.length ? ` ${refs.map((n) => `[${n}]`).join('')}` : ''}`);
    for (const c of item.citations) if (item.text.includes(unquoted(c.excerpt))) printed.add(citationKey(c));
  }
  if (a.items.length > shown.length) lines.push(`… and ${a.items.length - shown.length} more.`);
  if (cites.length) {
    lines.push('', 'Sources:');
    const title = citationTitles(cites);
    cites.forEach((c, i) => {
      const [open, close] = quoteMarks(c.excerpt);
      lines.push(`[${i + 1}] ${citationLabel(c, title(c))}${printed.has(citationKey(c)) ? '' : `: ${open}${c.excerpt}${close}`}`);
    });
  }
  if (a.suggestions.length) lines.push('', `Try: ${a.suggestions.join(' · ')}`);
  return lines.join('\n');
}

/** An excerpt without the quotation marks it may be printed in. */
function unquoted(excerpt: string): string {
  return excerpt.replace(/^["\u201c]|["\u201d]$/g, '');
}

/** The whole answer on one line, for line-per-query output. */
export function renderLine(a: Answer): string {
  return renderText(a).replace(/\n+/g, ' | ');
}
