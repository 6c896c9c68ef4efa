import { isKindOf } from '../knowledge/wordnet.ts';
import { stem, words } from '../text.ts';
import type { Answer } from './types.ts';
import { stated } from './compose.ts';
import { storiesPointedTo, type Scope } from './scope.ts';

// "Who was in the delegation?", "who went on the trip?": the story's own sentence that tells who the
// group was made up of ("The delegation had 11 members: the mayor, …"), its list as the answer.

const ASKED =
  /^(?:who|which\s+people)\s+(?:from\s+.+?\s+)?(?:(?:was|were|is|are)\s+(?:in|on|part\s+of|among)|(?:went|traveled|travelled|came|flew|go|goes|is\s+going|are\s+going)\s+(?:along\s+)?(?:on|to|with))\s+(.+)$|^(?:who|which\s+people)\s+(?:were|are)\s+(?:the\s+)?(?:members|delegates|participants)\s+(?:of|in|on)\s+(.+)$/i;

// The trip itself, which its group went on.
const TRIP = /^(?:trip|visit|mission|tour|journey)$/;

// A group noun, then what it was made of: "had 11 members:", "a delegation of 12 people:", "included", "was made up of", "consisted of".
const MADE_OF =
  /\b([\p{L}-]+)\s+(?:(?:had|has|numbered|of)\s+[\w,]+\s+(?:members|people|delegates)\s*:|(?:was|were|numbered)\s+[\w,]+\s*:|(?:included|includes|including|comprised|comprises|consisted\s+of|consists\s+of|was\s+made\s+up\s+of|is\s+made\s+up\s+of|brought\s+together))\s+([^.;]{4,})/gu;

// "which companies traveled with the governor", "what firms were in the delegation": members of a kind.
const KIND_ASKED =
  /^(?:which|what)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:(?:was|were|is|are)\s+(?:in|on|part\s+of|among)|(?:went|traveled|travelled|came|flew|go|goes|is\s+going|are\s+going)\s+(?:along\s+)?(?:on|to|with)|accompanied|joined)\s+(.+)$/iu;

/** The members of the group a question asks about, from the sentence that lists them. */
export function groupMembers(s: Scope): Answer | undefined {
  const plain = ASKED.exec(s.q.text);
  const kindAsked = plain ? undefined : KIND_ASKED.exec(s.q.text);
  const asked = plain ?? kindAsked;
  if (!asked) return undefined;
  const rest = kindAsked ? kindAsked[2]! : (asked[1] ?? asked[2]!);
  // Members of a kind are named, in a sentence that says which kind ("Companies in the delegation included …").
  const kind = kindAsked ? stem(words(kindAsked[1]!).pop() ?? '') : undefined;
  const ofKind = (sentence: string, list: string) =>
    !kind || (/^\p{Lu}/u.test(list) && words(sentence.slice(0, sentence.indexOf(list))).some((w) => stem(w) === kind));
  const nouns = words(rest).map((w) => w.toLowerCase());
  const groups = nouns.filter((w) => isKindOf(w, 'group', 'noun', 4, 1) || TRIP.test(stem(w)));
  // The group the question names ("the delegation"), or, when it names only a trip or a place, the one the story sent.
  const fits = (noun: string) => {
    const n = noun.toLowerCase();
    if (!isKindOf(n, 'group', 'noun', 4, 1) && !TRIP.test(stem(n))) return false;
    return !groups.some((g) => isKindOf(g, 'group', 'noun', 4, 1)) || groups.some((g) => stem(g) === stem(n) || isKindOf(n, g, 'noun', 4, 1));
  };
  // The sentence is looked for in the stories the question points to, whatever words it shares.
  // (A group asked by where its people are from, "who from the college went", is looked for more widely.)
  const stories = storiesPointedTo(s, kindAsked || /^\S+\s+(?:\S+\s+)?from\s/i.test(s.q.text) ? 0.1 : 0.3, 3, 10);
  const sentences = stories.flatMap((a) => a.paragraphs.filter((p) => p.kind === 'story').flatMap((p) => p.sentences));
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(MADE_OF)) {
      const list = namesAfterColon(m[2]!.trim(), sentence.text.slice(m.index + m[0].length));
      if (!fits(m[1]!) || !ofKind(sentence.text, list)) continue;
      return stated(list, `${list.charAt(0).toUpperCase()}${list.slice(1)}`, [sentence]);
    }
  }
  return undefined;
}

/**
 * "… and three from the college: Quillon; Piet Ramsauer, dean of …; and Lio Marr, a student …":
 * the items after the colon, set apart by semicolons, each by the name that opens it.
 */
function namesAfterColon(list: string, rest: string): string {
  // (The colon may close the words that open the list: "the group was five: A; B, dean of …".)
  const colon = list.indexOf(':');
  if (!rest.startsWith(';')) return list;
  const items = `${list.slice(colon + 1)}${rest}`
    .replace(/[.\s]+$/, '')
    .split(';')
    .map((item) =>
      item
        .trim()
        .replace(/^and\s+/, '')
        .split(',')[0]!
        .trim(),
    )
    .filter(Boolean);
  if (items.length < 2) return list;
  const named = `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return colon < 0 ? named : `${list.slice(0, colon)}: ${named}`;
}
