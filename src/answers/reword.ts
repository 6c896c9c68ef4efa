import { fold, isStopWord, stem, words } from '../text.ts';
import { nearInMeaning } from '../knowledge/vectors.ts';
import { hasSense } from '../knowledge/wordnet.ts';
import type { Sentence } from '../corpus/types.ts';
import { retrievalText, supportingRanked, type Scope } from './scope.ts';
import type { Answer } from './types.ts';
import { citeSentence } from './cite.ts';

// "How many extra workers does the fruit deal mean" where the story says "18 new jobs": the count
// strategy looks for a number next to the noun asked about, so it refuses. Here the sentences nearest
// the question are read for a noun counted in them that means much the same by its vector ("jobs"
// for "workers", "teachers" for "educators"), and the question is asked again with that noun, once
// per sentence; the caller keeps an answer only when it cites the sentence. Only the counted noun is
// put another way: put in for any word, other words let the rules answer a question nobody asked
// (measured over the project's questions: as many new wrong answers as right ones).

/** How near by their vectors the counted nouns must be ("workers" and "jobs" are 0.77, "jobs" and "companies" 0.66). */
const NEAR = 0.7;

export interface Reworded {
  text: string;
  sentence: Sentence;
}

/** A how-many question asked again with the noun each of its nearest sentences counts in its place. */
export function rewordings(s: Scope, question: string, limit = 3): Reworded[] {
  const focus = words(s.q.focus ?? '').filter((w) => !isStopWord(w));
  const asked = focus[focus.length - 1];
  if (s.q.type !== 'number' || !asked || !/^how\s+many\b/i.test(question) || !new RegExp(`\\b${asked}\\b`).test(question)) return [];
  const out: Reworded[] = [];
  for (const { item } of supportingRanked(s, retrievalText(s), 0.25).slice(0, limit)) {
    const nouns = countedNouns(item.text);
    // (A sentence that counts the noun asked about is the rules' to read.)
    if (nouns.some((noun) => stem(noun) === stem(fold(asked)))) continue;
    const counted = nouns.find((noun) => nearInMeaning(fold(asked), noun, NEAR));
    if (counted) out.push({ text: question.replace(new RegExp(`\\b${asked}\\b`), counted), sentence: item });
  }
  return out;
}

/** The nouns a number counts in a sentence: "18 new jobs", "50 teachers a year", "about 220 people". */
function countedNouns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)((?:\s+[\p{Ll}-]+){1,3})/giu)) {
    for (const w of m[1]!.trim().split(/\s+/)) {
      const noun = fold(w);
      if (!isStopWord(noun) && hasSense(noun, 'noun')) out.push(noun);
    }
  }
  return out;
}

/** Does the answer cite this sentence (or the passage that holds it)? */
export function citesSentence(a: Answer, x: Sentence): boolean {
  const own = citeSentence(x);
  return a.citations.some((c) => c.source === own.source && c.paragraph === own.paragraph && (c.excerpt.includes(x.text) || x.text.includes(c.excerpt)));
}
