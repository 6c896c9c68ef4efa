import type { Article, Sentence } from '../corpus/types.ts';

// "I'm Ilsa Mallory, and I sit on the port commission": a writer with no byline names themself at the start.
// (At a sentence's start: words in quotation marks open with the mark, and are someone else's.)
const SELF_INTRODUCED = /^(?:I['\u2019]m|I\s+am|[Mm]y\s+name\s+is)\s+(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2})\b/u;

/** Where the writer of a story names themself near its start ("I'm Ilsa Mallory, and …"), if they do. */
export function selfIntroduction(article: Article): { name: string; sentence: Sentence } | undefined {
  for (const p of article.paragraphs.filter((x) => x.kind === 'story').slice(0, 3)) {
    for (const sentence of p.sentences) {
      const m = SELF_INTRODUCED.exec(sentence.text);
      if (m) return { name: m[1]!, sentence };
    }
  }
  return undefined;
}
