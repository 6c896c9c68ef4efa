import type { Article, Sentence } from '../corpus/types.ts';
import { nameLike, type Found, type Lexer } from './introductions.ts';
import { ROLE_NOUN_AT_END, TITLES } from './lexicon.ts';
import { isKindOf } from './wordnet.ts';

// News prose often describes a person in one sentence and names them in the next ("The school's
// principal went with them as chaperone. Marcus Bellamy, who has led …"), or names them and goes on
// with a description ("Amara Lindqvist did not mind. The 17-year-old senior, who wrote …"). The
// description is then that person's role, in the sentence that gives it, so that the sentence
// mentions them (people.ts) and "who wrote the blog" or "who is the principal" finds them.

// A description opening a sentence: "The school's principal", "An Eastbury professor", "Taiwan's
// deputy agriculture minister", "The head of the Nebraska Department of Economic Development" (after
// a label such as "UPDATE, continued:"): its words up to a comma, a body or eight words on. Its head
// is the last word naming a kind of person before the verb.
const OPENING =
  /^(?:\p{Lu}+(?:,\s+\p{Ll}+)?:\s+)?(?:(The|An?)\s+|(?=\p{Lu}[\p{L}.-]*['\u2019]s\s))((?:\p{Lu}[\p{L}.-]*['\u2019]s\s+)?(?:(?:[\p{Ll}\d][\p{L}\d'\u2019-]*|\p{Lu}[\p{L}-]*)(?:\s+|(?=,))){1,8})/u;
// … or the agent of a passive: "was drawn up by an Eastbury professor who has spent …".
const AGENT = /\bby\s+(an?|the)\s+((?:(?:[\p{Ll}\d][\p{L}\d'\u2019-]*|\p{Lu}[\p{L}-]*)\s+){0,3}?[\p{Ll}][\p{L}-]*)\s+who\b/u;
// A body after the head belongs to the description: "head of the Nebraska Department of …".
const BODY = /^\s*(?:of|at|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*)*/u;
// Words that end a description: a verb, or a word that starts a clause.
const NOT_DESCRIPTION =
  /^(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|may|might|must|should|who|which|that|said|says|went|also|then|\p{Ll}+ed)$/u;

/** The description and its head: the words up to the last kind of person before a verb, and a body after it. */
function described(sentence: string, phrase: string, at: number): { role: string; head: string } | undefined {
  const parts = phrase.trim().split(/\s+/);
  let head = -1;
  for (let k = 0; k < parts.length; k++) {
    const w = parts[k]!.replace(/,$/, '');
    if (NOT_DESCRIPTION.test(w)) break;
    if (/^\p{Ll}/u.test(w) && personNoun(w)) head = k;
    if (parts[k]!.endsWith(',')) break;
  }
  if (head < 0) return undefined;
  let role = parts
    .slice(0, head + 1)
    .join(' ')
    .replace(/,$/, '');
  const end = sentence.indexOf(role, at) + role.length;
  const body = BODY.exec(sentence.slice(end));
  if (body) role += body[0];
  return { role, head: parts[head]!.replace(/,$/, '') };
}

// A sentence that only says someone would not speak names no one who is named next.
const NO_COMMENT = /\b(?:declined|did not|didn['\u2019]t|could not|couldn['\u2019]t|would not|wouldn['\u2019]t|refused|not be reached)\b/;
// Titles a story keeps for one office ("the mayor", "the governor"): not read back to the last name.
const TITLE_HEADS = new Set(TITLES.map((t) => t.split(' ').pop()!.toLowerCase().replace(/\.$/, '')));

/** Is this lower-case word a kind of person ("principal", "senior", "chaperone"), in the singular? */
function personNoun(word: string): boolean {
  if (/s$/.test(word) && !/ss$/.test(word) && personNoun(word.slice(0, -1))) return false;
  return ROLE_NOUN_AT_END.test(word) || isKindOf(word, 'person', 'noun', 10, 2);
}

/** The people an article names by description, as Found roles (read after the article's other introductions). */
export function byDescription(article: Article, lexOf: Lexer, found: Found[]): void {
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind !== 'story') continue;
    const sentences = paragraph.sentences;
    sentences.forEach((sentence, i) => {
      // Only beside a sentence that names someone near its start: a description's words are looked
      // up in WordNet, which the many sentences that open with "The" need not pay for.
      const next = nameNear(sentences[i + 1], lexOf, 40);
      const previous = nameNear(sentences[i - 1], lexOf, 0);
      if ((!next && !previous) || NO_COMMENT.test(sentence.text)) return;
      const opening = OPENING.exec(sentence.text);
      const openingRole = opening ? described(sentence.text, opening[2]!, opening.index) : undefined;
      const agent = openingRole ? null : AGENT.exec(sentence.text);
      const d = openingRole ?? (agent ? described(sentence.text, agent[2]!, agent.index) : undefined);
      if (!d) return;
      // "The …" or "Taiwan's …" speaks of someone known; "an Eastbury professor" only of someone named next.
      const definite = openingRole ? opening![1] === undefined || /^the$/i.test(opening![1]) : /^the$/i.test(agent![1]!);
      const named =
        (next && isNew(article, sentence, next)) ?? (definite && openingRole && previous ? aloneInRole(previous, d.head, found, sentence) : undefined);
      if (named) found.push({ name: named, role: d.role.replace(/['\u2019]s$/, ''), sentence });
    });
  }
}

/** The name a sentence gives within its first `within` characters ("Marcus Bellamy, who …", "Speaking afterward, Liao Shu-fen said"). */
function nameNear(sentence: Sentence | undefined, lexOf: Lexer, within: number): string | undefined {
  const run = sentence && lexOf(sentence).runs.find((r) => r[0]!.start <= within && nameLike(r.map((t) => t.text)));
  return run?.map((t) => t.text).join(' ');
}

/** The name, if the story has not named that person before the description's sentence. */
function isNew(article: Article, sentence: Sentence, name: string): string | undefined {
  const surname = name.split(' ').pop()!;
  const sentences = article.paragraphs.flatMap((p) => p.sentences);
  return sentences.slice(0, sentences.indexOf(sentence) + 1).some((x) => x.text.includes(surname)) ? undefined : name;
}

/** The name, when no one else in the story holds a role with this head (and "the mayor" is never read back). */
function aloneInRole(name: string, head: string, found: Found[], sentence: Sentence): string | undefined {
  if (TITLE_HEADS.has(head)) return undefined;
  const article = sentence.paragraph.article;
  const others = found.some((f) => f.name !== name && f.sentence.paragraph.article === article && f.role?.toLowerCase().split(/\s+/).includes(head));
  return others ? undefined : name;
}
