// The cleaned corpus: articles split into numbered paragraphs and sentences, with offsets kept so that
// every excerpt quoted back is the article's own text.

export interface Article {
  /** File name without extension; stable id for citations. */
  id: string;
  file: string;
  title: string;
  source: string;
  /** YYYY-MM-DD */
  published: string;
  url?: string;
  /** A dateline found in the body ("April 22, 2024"), as printed. */
  dateline?: string;
  /** The page's own "Updated …" line, as printed: a live page's entries run up to it. */
  updatedLine?: string;
  /** The name a byline gives ("By Mayor Jane Doe" → "Mayor Jane Doe"): who writes a first-person piece. */
  byline?: string;
  /**
   * The place a leading line in capitals names ("KESTREL CITY –"), '' for none, as kept in the index
   * file (homeLine reads it, else the first paragraph): a filter on it over thousands of articles reads none.
   */
  homeLine?: string;
  paragraphs: Paragraph[];
}

export interface Paragraph {
  article: Article;
  kind: 'story' | 'caption';
  /** 1-based, counted separately for story paragraphs and captions. */
  n: number;
  /** Position among all kept blocks, for document order. */
  order: number;
  text: string;
  sentences: Sentence[];
}

export interface Sentence {
  paragraph: Paragraph;
  /** Offset of the sentence in its paragraph's text. */
  start: number;
  text: string;
}

export interface LoadProblem {
  file: string;
  reason: string;
}
