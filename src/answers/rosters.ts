import type { Article, Sentence } from '../corpus/types.ts';
import { derivedForms, hasSense } from '../knowledge/wordnet.ts';
import { isStopWord, stem, words } from '../text.ts';
import type { Answer } from './types.ts';
import { listing, stated } from './compose.ts';
import { storiesPointedTo, type Scope } from './scope.ts';

// Rosters: a label and the names it sets out, as minutes, programmes and credits write them
// ("Present: …", "Absent: Councilmember …", "Ayes: …; Nays: none; Abstain: …"). "Who was absent",
// "how many abstained" and "who voted no on the amendment" are answered from the roster whose label
// the question's own words name, the one whose surrounding text shares most of the question's words.

interface Roster {
  label: string;
  names: string[];
  sentence: Sentence;
  /** The text before it back to the last roster of the same label: what vote or meeting it belongs to. */
  context: Set<string>;
  order: number;
}

// "Ayes: A, B; Nays: none; Abstain: C.": a label of one or two words, then names or "none".
const ENTRY = /(?:^|;\s*|\.\s+)(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?):\s+([^;:]+?)(?=;|\.\s+\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?:|\.?$|\.\s)/gu;
const DAY_OR_MONTH = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;
const NONE = /^(?:none|nobody|no\s+one)$/i;
const NAME = /^(?:(?:\p{Lu}[\p{L}.'\u2019-]*|of|de|da|del|van|von|der|la|le)\s*)+(?:\([^)]*\))?$/u;

// Words a question uses for the usual labels of a vote or a roll call, where the label is not its
// own word ("who voted no" for "Nays", "who missed the meeting" for "Absent").
// (A side of a vote only where the question asks of voting: "who voted for", not "paid for".)
const LABEL_WORDS: [RegExp, RegExp][] = [
  [/^(?:ayes?|yeas?|yes|for|in favou?r)$/i, /^(?:yes|aye|for|favou?r)$/i],
  [/^(?:nays?|noes|no|against|opposed)$/i, /^(?:no|nay|against)$/i],
  [/^(?:absent|excused|absences?)$/i, /^(?:absent|miss|missed|missing|away|excused)$/i],
  [/^(?:present|attending|attendees?|in attendance)$/i, /^(?:present|attend\w*|there)$/i],
];

// Verbs that carry no label's meaning of their own.
const PLAIN = /^(?:was|were|is|are|be|been|did|do|does|vote|voted|votes|voting|who|which|what|how|many|much)$/i;

/** Every roster the story sets out, in its order. */
function rostersOf(article: Article): Roster[] {
  const out: Roster[] = [];
  const before: string[] = [];
  for (const p of article.paragraphs) {
    for (const sentence of p.sentences) {
      for (const m of sentence.text.matchAll(ENTRY)) {
        const value = m[2]!.trim().replace(/\.$/, '');
        const names = NONE.test(value)
          ? []
          : value
              .split(/,\s*(?:and\s+)?|\s+and\s+/)
              // ("President Ada Kell and members Tom Orr, …": the word for the rest is no part of a name.)
              .map((x) => x.trim().replace(/^(?:council\s*)?members?\s+(?=\p{Lu})/iu, ''))
              .filter(Boolean);
        if (names.length && !names.every((n) => NAME.test(n))) continue;
        // ("Voting yes: …", "Voting no: …": the side is the label.)
        const label = m[1]!.replace(/^Vot(?:ing|ed)\s+(?=\p{L})/u, '');
        // (A day's programme, "Sunday: Pemberra", and a heading in capitals are no roster.)
        if (DAY_OR_MONTH.test(label) || label === label.toUpperCase()) continue;
        const last = out.findLastIndex((r) => r.label.toLowerCase() === label.toLowerCase());
        // (Its own sentence and the few before it, back to the last roster of its label, that one excluded.)
        const from = Math.max(last >= 0 ? out[last]!.order + 1 : 0, before.length - 4);
        const context = new Set([...before.slice(from), sentence.text].flatMap((t) => words(t).map(stem)));
        out.push({ label, names, sentence, context, order: before.length });
      }
      before.push(sentence.text);
    }
  }
  return out;
}

/** Does the question's word name the label ("absent" for "Absent", "abstained" for "Abstain", "no" for "Nays")? */
function names(label: string, word: string, voting: boolean): boolean {
  // ("Paid by: …", a table's column: its first word names it.)
  const l = stem(label.toLowerCase().split(/\s+/)[0]!);
  const w = stem(word.toLowerCase());
  // ("presented the report" is no "Present:": a verb's past beside the label's adjective.)
  if (l === w && /ed$/i.test(word) && !/ed$/i.test(label) && hasSense(label.toLowerCase(), 'adj')) return false;
  // (A credit's label, "Photo:", "Source:", names no one by what they did: only a state or a side does.)
  const lower = label.toLowerCase().split(/\s+/)[0]!;
  if (!hasSense(lower, 'adj') && !hasSense(lower, 'verb') && !LABEL_WORDS.some(([labels]) => labels.test(label))) return false;
  if (l === w || derivedForms(word.toLowerCase(), 'verb').some((f) => stem(f) === l) || derivedForms(label.toLowerCase(), 'verb').some((f) => stem(f) === w))
    return true;
  return LABEL_WORDS.some(([labels, asked], i) => labels.test(label) && asked.test(word) && (i > 1 || voting));
}

/** The roster a question about who was present, absent, or voted a way asks for, and its names. */
function rosterAsked(s: Scope): Roster | undefined {
  const { q } = s;
  const asked = words(q.text).filter((w) => !PLAIN.test(w));
  const voting = /\bvot(?:e|ed|es|ing)\b/i.test(q.text);
  const stories = storiesPointedTo(s, 0.2, 2, 8);
  const terms = words(q.text)
    .filter((w) => !isStopWord(w) && !PLAIN.test(w))
    .map(stem);
  const final = /\b(?:final|last)\b/i.test(q.text);
  let best: { roster: Roster; score: number } | undefined;
  for (const article of stories) {
    const all = rostersOf(article);
    for (const roster of all) {
      if (!asked.some((w) => names(roster.label, w, voting))) continue;
      // ("… on the final motion": the story's last roster of the label; else the one among words most alike, the first.)
      // (Its own line's words count twice: a table's row, "Gifts for host officials — … Paid by: …".)
      const own = new Set(words(roster.sentence.text).map(stem));
      const score = final ? roster.order : terms.filter((t) => roster.context.has(t)).length + terms.filter((t) => own.has(t)).length - roster.order / 1e6;
      if (!best || score > best.score) best = { roster, score };
    }
    if (best) break;
  }
  return best?.roster;
}

/** "Who was absent?", "how many abstained on the final motion?": the names a roster sets out, or their count. */
export function rosterAnswer(s: Scope): Answer | undefined {
  const { q } = s;
  if (q.type !== 'person' && q.type !== 'list' && q.type !== 'number') return undefined;
  // ("how much did the port pay": a sum, not a count of payers.)
  if (q.type === 'number' && (q.focus === 'money' || q.focus === 'amount')) return undefined;
  const roster = rosterAsked(s);
  if (!roster) return undefined;
  const { names: listed, sentence } = roster;
  if (q.type === 'number') {
    const count = `${listed.length}`;
    return stated(count, listed.length ? `${count}: ${listing(listed)}` : `None (${roster.label}: none)`, [sentence]);
  }
  if (!listed.length) return stated('none', `No one (${roster.label}: none)`, [sentence]);
  return stated(listing(listed), listing(listed), [sentence]);
}
