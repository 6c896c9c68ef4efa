import type { Sentence } from '../corpus/types.ts';
import { ORG_WORD } from '../knowledge/lexicon.ts';
import { fold } from '../text.ts';
import { stated } from './compose.ts';
import { describe } from './resolve-person.ts';
import { storiesPointedTo, type Scope } from './scope.ts';
import type { Answer } from './types.ts';

// "who do I reach out to with questions about the trip": the one the story says to contact
// ("Questions? Contact Arden Vale, trade manager, at …"), found in the stories the question points to.
// ("who is the media contact" asks for a role, which a contact card gives: the role search answers it.)

const CONTACT_ASKED =
  /^(?:who|whom)\b.*\b(?:i|we|you|people|members|folks|one)\s+(?:(?:should|can|could|do|to|supposed\s+to|meant\s+to)\s+)?(?:contact|call|e-?mail|phone|ring|write\s+to|talk\s+to|speak\s+(?:to|with)|get\s+in\s+touch\s+with|reach(?:\s+out)?(?:\s+to)?)\b/iu;
const NAME = String.raw`(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){1,3})`;
// (Case matters: the name is capitalised, the verb may be too, at the start of a line.)
const CONTACT_TOLD = new RegExp(
  String.raw`\b(?:[Cc]ontact|[Cc]all|[Ee]-?mail|[Rr]each)\s+${NAME}|\b(?:[Cc]ontacts?|[Ii]nquiries|[Ee]nquiries)\s*:\s*${NAME}`,
  'u',
);

export function contactFor(s: Scope): Answer | undefined {
  if (!CONTACT_ASKED.test(s.q.text)) return undefined;
  const k = s.ctx.knowledge;
  for (const article of storiesPointedTo(s, 0.2, 3)) {
    for (const sentence of article.paragraphs.flatMap((p) => p.sentences)) {
      const m = CONTACT_TOLD.exec(sentence.text);
      if (!m) continue;
      const name = m[1] ?? m[2]!;
      const person =
        (k.mentions.get(sentence) ?? []).map((x) => x.person).find((p) => name.startsWith(p.name) || p.aliases.some((a) => name.startsWith(a))) ??
        k.peopleByKey.get(fold(name));
      if (person) return stated(person.name, `${describe(person)}: ${sentence.text}`, [sentence as Sentence]);
      // (A name the people search did not take for one, "Lena Park": two or three words, none a body's.)
      if (/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u.test(name) && !ORG_WORD.test(name))
        return stated(name, `${name}: ${sentence.text}`, [sentence as Sentence]);
    }
  }
  return undefined;
}
