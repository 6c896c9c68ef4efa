import { HEAD_OFFICES } from '../knowledge/lexicon.ts';
import { fold } from '../text.ts';
import { hasSense } from '../knowledge/wordnet.ts';
import type { Paragraph } from '../corpus/types.ts';
import type { Knowledge } from '../knowledge-build/index.ts';
import { inFirstPerson, speaksAsSubject } from '../knowledge/author.ts';
import type { Person } from '../knowledge/people.ts';

// A question that names people is only answered from text about them: "when did Breed meet Xi
// Jinping?" must not be answered by a sentence about Xi meeting someone else.

/** The people a question names by full name or by a name part the articles use alone. */
export function peopleNamedIn(k: Knowledge, question: string): Person[] {
  const words =
    fold(question)
      .match(/[\p{L}\p{N}'-]+/gu)
      ?.map((w) => w.replace(/'s$/, '')) ?? [];
  const found = new Set<Person>();
  for (let i = 0; i < words.length; i++) {
    const three = words.slice(i, i + 3).join(' ');
    const two = words.slice(i, i + 2).join(' ');
    const full = k.peopleByKey.get(three) ?? k.peopleByKey.get(two);
    if (full) {
      found.add(full);
      i += full.key.split(' ').length - 1;
      continue;
    }
    const byAlias = k.peopleByAlias.get(words[i]!);
    if (byAlias?.length === 1) found.add(byAlias[0]!);
    else if (!byAlias?.length) {
      // A surname the articles never use alone ("Vask" of "Mayor Petronel Vask"): still that person,
      // when no one else has it and it is written as a name or is no English word.
      // So is a first name no one else has ("Lio" of "Lio Tessaly-Marr"), written as a name.
      const bySurname = surnames(k)(words[i]!);
      const byFirstName = firstNames(k)(words[i]!);
      // (As written: "Léon" folds to "leon".)
      const written = (question.match(/[\p{L}\p{N}'-]+/gu) ?? []).find((w) => fold(w).replace(/'s$/, '') === words[i]) ?? '';
      const plain = hasSense(words[i]!, 'noun') || hasSense(words[i]!, 'verb') || hasSense(words[i]!, 'adj');
      if (bySurname?.length === 1 && (/^\p{Lu}/u.test(written) || !plain)) found.add(bySurname[0]!);
      else if (!bySurname && byFirstName?.length === 1 && /^\p{Lu}/u.test(written) && !plain) found.add(byFirstName[0]!);
    }
  }
  return [...found];
}

/** People by the last part of their name, folded (three letters at least), in the people's order; undefined for none. */
const surnames = (k: Knowledge) => (word: string) => withPart(k, 'last', word);
/** People by the first part of a name of two parts or more, folded. */
const firstNames = (k: Knowledge) => (word: string) => withPart(k, 'first', word);

function withPart(k: Knowledge, part: 'last' | 'first', word: string): Person[] | undefined {
  const at = k.peopleFinder.positions(part, word);
  return at.length ? at.map((i) => k.peopleFinder.at(i)) : undefined;
}

// Where an article's main person stands behind the words: "she", or the party they lead ("the group flies out").
const PRONOUN = /\b(?:she|he|the\s+(?:group|delegation|mission|trip|visit|tour|party|entourage|mayor|governor))\b/i;

/**
 * Does the paragraph mention every one of these people? The person an article is about counts as
 * mentioned where a paragraph of theirs says "she" or "he" ("On Monday in Eastbridge, she toured ..."),
 * or speaks of the party they lead ("The delegation will cross to South Korea on the 13th").
 */
export function aboutAll(k: Knowledge, paragraph: Paragraph, people: Person[]): boolean {
  if (!people.length) return true;
  const here = new Set(paragraph.sentences.flatMap((s) => (k.mentions.get(s) ?? []).map((m) => m.person)));
  return people.every(
    (p) => here.has(p) || (k.subjectOf(paragraph.article) === p && standsFor(paragraph, p)) || continues(k, paragraph, p) || byOffice(k, paragraph, p),
  );
}

/**
 * "the mayor's own flights": a paragraph that calls someone by their office, where they are the only
 * one the article names who holds it (a column whose main person is someone else still means her).
 */
function byOffice(k: Knowledge, paragraph: Paragraph, p: Person): boolean {
  const office = OFFICE.exec(p.roles.map((r) => r.role).join(' '))?.[0].toLowerCase();
  if (!office || !new RegExp(`\\bthe\\s+${office}\\b`, 'i').test(paragraph.text)) return false;
  const others = new Set(paragraph.article.paragraphs.flatMap((x) => x.sentences.flatMap((s) => (k.mentions.get(s) ?? []).map((m) => m.person))));
  // (The "mayor's spokesman" holds no mayor's office.)
  // (Nor a "then-Mayor" or "former mayor" of years before.)
  const past = new RegExp(`\\b(?:then-|former\\s+|ex-)${office}\\b`, 'i');
  return [...others].every(
    (o) => o === p || !o.roles.some((r) => new RegExp(`\\b${office}\\b(?!['\u2019]s)`, 'i').test(r.role) && !past.test(r.sentence.text)),
  );
}

const OFFICE = new RegExp(`\\b(?:${HEAD_OFFICES})\\b`, 'i');

// (In the writer's own story, or in an interview's answers, "I" and "we" outside quotes: "That evening we sailed on".)
const standsFor = (paragraph: Paragraph, p: Person) => PRONOUN.test(paragraph.text) || (speaksAsSubject(paragraph, p) && inFirstPerson(paragraph.text));

/**
 * "Council member Paul Drey questioned the trip. ¶ He said he will …": a paragraph that opens with "He"
 * or "She", or whose first sentence names no one and speaks of "his" or "her" something ("The council
 * takes up his motion Tuesday."), goes on about the last person named before it.
 */
function continues(k: Knowledge, paragraph: Paragraph, person: Person): boolean {
  const first = paragraph.sentences[0];
  const possessive = !!first && !(k.mentions.get(first) ?? []).length && /\b(?:his|her)\s+(?!own\b)\p{Ll}/u.test(first.text) && !/["\u201c]/.test(first.text);
  if (!/^(?:He|She)\b/.test(paragraph.text) && !possessive) return false;
  const story = paragraph.article.paragraphs.filter((p) => p.kind === 'story');
  const before = story[story.indexOf(paragraph) - 1];
  const last = before?.sentences.flatMap((s) => k.mentions.get(s) ?? []).pop();
  return last?.person === person;
}
