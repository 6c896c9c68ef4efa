import type { Citation } from './types.ts';
import type { Paragraph, Sentence } from '../corpus/types.ts';

/** A citation of an excerpt of a paragraph, the excerpt as printed. */
export function cite(paragraph: Paragraph, excerpt: string = paragraph.text): Citation {
  const a = paragraph.article;
  const c: Citation = { source: a.source, title: a.title, published: a.published, paragraph: paragraph.n, excerpt };
  if (paragraph.kind === 'caption') c.caption = true;
  if (a.url) c.url = a.url;
  return c;
}

export function citeSentence(s: Sentence): Citation {
  return cite(s.paragraph, s.text);
}
