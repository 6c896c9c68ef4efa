import type { Article, Sentence } from '../corpus/types.ts';
import { words } from '../text.ts';
import { stated } from './compose.ts';
import type { Answer } from './types.ts';
import { entityTerms, holdsEntities, RETRACTED, type Scope } from './scope.ts';

// "What did the story get wrong at first?": an editor's correction note ("Correction: An earlier
// version of this story misstated …") is the answer, from the outlet the question names, or from the
// one story that has such a note.

const ASKS_CORRECTION = /\b(?:correct(?:ion|ions|ed)|(?:get|got|gotten|had)\s+wrong|misstat\w*|mistakes?|errors?|erratum|fix(?:ed)?)\b/i;
const NOTE = /^\s*(?:correction|clarification|editor['\u2019]s\s+note)s?\s*:/i;
// The words such a note is found by in the index.
const NOTE_WORDS = 'correction clarification editor earlier version misstated';

export function correctionAnswer(s: Scope): Answer | undefined {
  if (!ASKS_CORRECTION.test(s.q.text)) return undefined;
  // Only the stories the index finds by a note's own words are read: a large corpus loads the rest's
  // paragraphs on demand, and reading them all for one question would load every one.
  const notes = new Map<Article, Sentence[]>();
  for (const article of s.ctx.knowledge.retriever.candidateArticles(NOTE_WORDS))
    for (const p of article.paragraphs)
      if (NOTE.test(p.text) || p.sentences.some((x) => RETRACTED.test(x.text))) notes.set(article, [...(notes.get(article) ?? []), ...p.sentences]);
  if (!notes.size) return undefined;
  // The outlet the question names ("the Ledger story"), else the only story corrected.
  const asked = new Set(words(s.q.text));
  const byOutlet = [...notes].filter(([article]) => words(article.source).some((w) => w.length > 3 && asked.has(w)));
  // (A mistake of someone in the story is no correction of it: the question speaks of the story or its outlet.)
  if (!byOutlet.length && !/\b(?:story|article|report|piece|paper|coverage|outlet|page|faq|post|release|site|website|notice)\b/i.test(s.q.text))
    return undefined;
  // (Of several corrected stories, the one that holds the names the question gives: "the Tarvik FAQ page".)
  const r = s.ctx.knowledge.retriever;
  const names = entityTerms(r, s.q.text);
  const named = names.length ? [...notes].filter(([article]) => holdsEntities(r, article, names)) : [];
  const chosen = byOutlet.length === 1 ? byOutlet[0] : notes.size === 1 ? [...notes][0] : named.length === 1 ? named[0] : undefined;
  if (!chosen) return undefined;
  const text = chosen[1].map((x) => x.text).join(' ');
  return stated('Correction', text, chosen[1]);
}
