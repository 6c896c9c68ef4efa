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

/** People whose name (folded) has this part, in the people's order; undefined for none. */
type NamePartIndex = (word: string) => Person[] | undefined;

const surnameIndex = new WeakMap<Knowledge, NamePartIndex>();
const firstNameIndex = new WeakMap<Knowledge, NamePartIndex>();

/** People by the last part of their name, folded. */
const surnames = (k: Knowledge) => namePartIndex(k, surnameIndex, true);
/** People by the first part of a name of two parts or more, folded. */
const firstNames = (k: Knowledge) => namePartIndex(k, firstNameIndex, false);

/** FNV-1a of `s` from `start` to `end`. */
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The people by the last or first part of their key (three letters at least; a first part only of a
 * key of two parts or more), as their positions grouped by the part's hash in two integer arrays and
 * checked against the key when asked: no string, list or map entry per person (at 50,000 articles a
 * map of 325,000 name parts cost about a second of the first question naming someone, most of it
 * garbage collection).
 */
function namePartIndex(k: Knowledge, memo: WeakMap<Knowledge, NamePartIndex>, last: boolean): NamePartIndex {
  const known = memo.get(k);
  if (known) return known;
  const people = k.people;
  const startOf = (key: string) => (last ? key.lastIndexOf(' ') + 1 : 0);
  const endOf = (key: string) => (last ? key.length : Math.max(0, key.indexOf(' ')));
  const mask = 2 ** Math.ceil(Math.log2(people.length + 1)) - 1;
  const bucketOf = new Int32Array(people.length).fill(-1);
  // starts[b] .. starts[b + 1]: the positions (in the people's order) of bucket b's people.
  const starts = new Int32Array(mask + 2);
  people.forEach((p, i) => {
    const start = startOf(p.key);
    const end = endOf(p.key);
    if (end - start < 3) return;
    bucketOf[i] = hashOf(p.key, start, end) & mask;
    starts[bucketOf[i]! + 1]!++;
  });
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const positions = new Int32Array(starts[mask + 1]!);
  const filled = starts.slice(0, mask + 1);
  bucketOf.forEach((b, i) => {
    if (b >= 0) positions[filled[b]!++] = i;
  });
  const index: NamePartIndex = (word) => {
    if (word.length < 3) return undefined;
    const b = hashOf(word, 0, word.length) & mask;
    const found: Person[] = [];
    for (let at = starts[b]!; at < starts[b + 1]!; at++) {
      const p = people[positions[at]!]!;
      const start = startOf(p.key);
      if (endOf(p.key) - start === word.length && p.key.startsWith(word, start)) found.push(p);
    }
    return found.length ? found : undefined;
  };
  memo.set(k, index);
  return index;
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
