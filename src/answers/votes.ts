import type { Answer } from './types.ts';
import { stated, unsupported } from './compose.ts';
import { retrievalText, supporting, type Scope } from './scope.ts';

// Votes: the tally a body's vote ended in ("voted 4-2"), and which side a doer of "vote" took ("voted
// against", "voted in favor"), so that "who voted against" is not answered by whoever voted at all.

// "what was the vote count", "how did the vote go", "what was the margin": the tally asked for.
const TALLY_ASKED =
  /\bvote\s+(?:count|tally|total|margin|split|breakdown|result|score)\b|\bhow\s+did\s+(?:the\s+)?vote\s+(?:go|break|split|end)\b|\bwhat\s+was\s+the\s+vote\b|\bby\s+how\s+many\s+votes\b/i;

// "voted 4-2", "a 5-2 vote", "by a 6 to 1 margin".
const TALLY = /\bvot\w*\s+(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b|\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s+(?:vote|decision|margin|tally)\b/i;

/** The tally of the vote the question asks about, from the sentence that gives it. */
export function voteTally(s: Scope): Answer | undefined {
  if (!TALLY_ASKED.test(s.q.text)) return undefined;
  for (const sentence of supporting(s, retrievalText(s), 0.2).slice(0, 12)) {
    const m = TALLY.exec(sentence.text);
    if (!m) continue;
    const tally = `${m[1] ?? m[3]}-${m[2] ?? m[4]}`;
    return stated(tally, tally, [sentence]);
  }
  return undefined;
}

// "how did the council vote on the motion": a body's vote, told only by a sentence that says how it went.
const OUTCOME_ASKED = /^how\s+did\s+(?:the\s+)?(?!vote\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?\s+vote\b/iu;
const OUTCOME =
  /\b(?:voted|approved|passed|rejected|adopted|defeated|backed|killed|tabled|unanimous(?:ly)?|ratified|endorsed|turned\s+down|signed\s+off)\b|\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\b/i;

/** How a body voted, from a sentence that tells a vote taken; none told, the articles do not say. */
export function voteOutcome(s: Scope): Answer | undefined {
  if (!OUTCOME_ASKED.test(s.q.text)) return undefined;
  const found = supporting(s, retrievalText(s), 0.4).slice(0, 8);
  const told = found.find((x) => OUTCOME.test(x.text) && !/\b(?:would|will|could|should|plans?\s+to|scheduled|set\s+to|expected\s+to)\b/i.test(x.text));
  if (told) return stated(told.text, told.text, [told]);
  return unsupported(s.ctx, `how that vote went`, found[0]);
}

export const VOTED_AGAINST = /^\s+(?:against|no\b|not\s+to\b|to\s+(?:reject|oppose|block|deny|kill))/i;
const FOR = /^\s+(?:for|in\s+favou?r|yes\b|to\s+(?:approve|back|support|fund|pay))/i;

/** The side a question about voting asks for ("voted against the trip"): the words after its verb must take it too. */
export function voteSide(verb: string | undefined, about: string | undefined): RegExp | undefined {
  if (!verb || !/^vot(?:e|ed|es|ing)$/i.test(verb)) return undefined;
  const rest = ` ${about ?? ''}`;
  return VOTED_AGAINST.test(rest) ? VOTED_AGAINST : FOR.test(rest) ? FOR : undefined;
}
