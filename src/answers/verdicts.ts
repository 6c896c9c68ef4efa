import type { Answer } from './types.ts';
import type { Paragraph, Sentence } from '../corpus/types.ts';
import { fold, isStopWord, stem, words } from '../text.ts';
import { similarity } from '../knowledge/vectors.ts';
import { stated } from './compose.ts';
import type { Scope } from './scope.ts';

// A fact check rates each claim it checks ("Rating: HALF TRUE", "Our ruling: False") and says why in
// the paragraphs that follow, up to the next claim. "Why did the paper call the flight claim half
// true?" asks for those paragraphs: the section whose claim the question's words are nearest to.
const RATING_LINE = /^(?:Rating|Verdict|Ruling|Our\s+(?:rating|ruling|verdict))\s*:\s*(.{2,40})$/i;
// A question about a verdict: its words, or a rating's.
const ASKS_VERDICT =
  /\b(?:rat(?:e|ed|es|ing)|verdict|ruling|fact[- ]?check\w*|true|false|misleading|accurate|inaccurate|knock(?:ed|s)?\s+down|debunk\w*|shot\s+down)\b/i;
// Words that ask about the verdict, not about the claim.
const VERDICT_WORDS =
  /^(?:why|paper|fact|check|checker|rate|rated|rating|ratings|verdict|ruling|say|said|call|called|label|labeled|labelled|give|gave|only|half|mostly|partly|true|false|misleading|refuted|claim|claims|statement|the|was|did|does)$/i;

const isHeading = (text: string) => text.length <= 60 && /^\p{Lu}/u.test(text) && !/[.!?:"\u201d]$/.test(text);

const REFUTED = /\b(?:knock(?:ed|s|ing)?\s+down|debunk\w*|shot\s+down|shoot\s+down|refut\w*|disprov\w*)\b/i;

interface Section {
  rating: string;
  claim: string;
  // The paragraphs that give the reasons, rating line excluded.
  reasons: Paragraph[];
  at: Sentence;
}

/** The claims a fact check rates, each with its rating and the paragraphs that explain it. */
function sectionsOf(paragraphs: Paragraph[]): Section[] {
  const story = paragraphs.filter((p) => p.kind === 'story');
  const sections: Section[] = [];
  story.forEach((p, i) => {
    const at = p.sentences.findIndex((x) => RATING_LINE.test(x.text.replace(/\*/g, '').trim()));
    if (at < 0) return;
    const rating = RATING_LINE.exec(p.sentences[at]!.text.replace(/\*/g, '').trim())![1]!.trim();
    const claim = (at > 0 ? p.sentences.slice(0, at) : (story[i - 1]?.sentences ?? [])).map((x) => x.text).join(' ');
    const reasons: Paragraph[] = [];
    for (const next of story.slice(i + 1)) {
      if (next.sentences.some((x) => RATING_LINE.test(x.text.replace(/\*/g, '').trim()))) break;
      // (A heading, "Still pending", or a label, "Our bottom line:", starts what is no longer this claim's.)
      if (isHeading(next.text) || /^[\p{L}' ]{3,30}:\s/u.test(next.text)) break;
      reasons.push(next);
    }
    // (The claim of the next section, told before its rating, is no reason for this one.)
    const last = reasons.at(-1);
    if (
      last &&
      story[story.indexOf(last) + 1]?.sentences.some((x) => RATING_LINE.test(x.text.replace(/\*/g, '').trim())) &&
      last.sentences.length <= 2 &&
      /:/.test(last.text)
    )
      reasons.pop();
    if (reasons.length) sections.push({ rating, claim, reasons, at: p.sentences[at]! });
  });
  return sections;
}

/** How near a claim is to the question's words: each word by its stem, or by its nearest word in the claim. */
function nearness(asked: string[], claim: string): number {
  const own = words(claim).map((w) => w.toLowerCase());
  const stems = new Set(own.map(stem));
  // (Only a near word counts: every two words of a story are a little alike by their vectors.)
  const each = asked.map((w) => {
    if (stems.has(stem(w))) return 1;
    const near = Math.max(0, ...own.map((c) => similarity(w, c)));
    return near >= 0.6 ? near : 0;
  });
  return each.reduce((a, b) => a + b, 0) / (asked.length || 1);
}

/** "Why did the fact check call the flight claim half true?": the reasons its section gives. */
export function verdictReason(s: Scope): Answer | undefined {
  if (s.q.type !== 'reason' || !ASKS_VERDICT.test(s.q.text)) return undefined;
  const r = s.ctx.knowledge.retriever;
  const articles = r.candidateArticles(r.analyze(s.q.text)).slice(0, 20);
  const sections = articles.flatMap((a) => sectionsOf(a.paragraphs));
  if (!sections.length) return undefined;
  const asked = words(s.q.text)
    .map((w) => w.toLowerCase())
    .filter((w) => !isStopWord(w) && !VERDICT_WORDS.test(w));
  // A rating the question names picks its section ("only half true"), when one section has it; so
  // does a claim "knocked down" or "debunked", when one section rates a claim false.
  const named = sections.filter(
    (x) =>
      new RegExp(`\\b${fold(x.rating).replace(/[^a-z ]/g, '')}\\b`).test(fold(s.q.text)) ||
      (REFUTED.test(s.q.text) && /\b(?:false|pants|untrue|wrong|inaccurate)\b/i.test(x.rating)),
  );
  const scored = sections
    .map((x) => ({ x, score: nearness(asked, x.claim) + (named.length === 1 && named[0] === x ? 0.5 : 0) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  // Near enough, and nearer than the next claim.
  if (best.score < 0.3 || (scored[1] && scored[1].score > best.score - 0.1)) return undefined;
  const first = best.x.reasons[0]!.sentences[0]!;
  const last = best.x.reasons.at(-1)!;
  const evidence = [first, ...(last.sentences[0] !== first ? last.sentences : [])];
  const lines = [`Rated ${best.x.rating}: ${first.text}`, ...(last.sentences[0] !== first ? [last.text] : [])];
  return stated('Why', lines.join('\n'), [...evidence, best.x.at]);
}
