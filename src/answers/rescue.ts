import { fold, isStopWord, stem, words } from '../text.ts';
import { hasSense } from '../knowledge/wordnet.ts';
import type { Sentence } from '../corpus/types.ts';
import type { Person } from '../knowledge/people.ts';
import type { Answer } from './types.ts';
import { stated } from './compose.ts';
import { entityTerms, retrievalText, supportingRanked, type Scope } from './scope.ts';
import model from './rescue-model.json' with { type: 'json' };

// Score, don't gate. The rule strategies answer only when every constraint they know is met; when
// they refuse, the sentences nearest the question are scored instead, each by a few features (how
// much of the question it holds, whether it names what the question names, whether it holds a span
// of the kind asked for, what it lacks), with weights fitted on the project's labelled questions by
// `npm run fit` (scripts/fit-rescue.ts, a logistic regression). The best sentence answers only when
// its score clears a threshold chosen so that a wrong answer costs more than an abstention.

/** The question types a sentence can answer: a date, a quote or a yes needs its own strategy. */
const RESCUABLE = new Set(['person', 'organisation', 'role', 'place', 'number', 'reason', 'list', 'description', 'sentence']);

export const FEATURES = [
  'bias',
  'coverage',
  'coverageOfBest',
  'rank',
  'unknownShare',
  'missingNouns',
  'missingVerbs',
  'entitiesHeld',
  'peopleHeld',
  'typeFit',
  'newContent',
  'length',
  'quote',
  'focusHeld',
  'numberNearFocus',
  'newPerson',
  'spread',
  'askPerson',
  'askNumber',
  'askPlace',
  'askReason',
  'askOpen',
] as const;

export interface Candidate {
  sentence: Sentence;
  features: number[];
}

export interface Model {
  weights: number[];
  threshold: number;
}

const fitted = model as Model;

/** The sentences that could answer a question the rules refused, with their features; empty when the type cannot be. */
export function candidates(s: Scope, limit = 5): Candidate[] {
  if (!RESCUABLE.has(s.q.type)) return [];
  const k = s.ctx.knowledge;
  const r = k.retriever;
  const text = retrievalText(s);
  const ranked = supportingRanked(s, text, 0.25).slice(0, limit);
  if (!ranked.length) return [];
  const query = r.analyze(text);
  const total = query.reduce((sum, t) => sum + t.weight, 0) || 1;
  const unknown = query.filter((t) => ![t.term, ...t.forms, ...(t.others ?? [])].some((f) => r.knows(f))).reduce((sum, t) => sum + t.weight, 0) / total;
  const names = entityTerms(r, text);
  const asked = new Set(words(s.q.text).map(stem));
  const best = ranked[0]!.coverage || 1;
  const group = askGroup(s.q.type);
  // The noun the question asks about ("delegates" in "how many delegates"): its head, stemmed.
  const focusWords = words(s.q.focus ?? '').filter((w) => !isStopWord(w));
  const focus = focusWords.length ? stem(focusWords[focusWords.length - 1]!) : undefined;
  return ranked.map((x, i) => {
    const have = r.termsOfSentence(x.item);
    const missing = query.filter((t) => !have.has(t.term) && !t.forms.some((f) => have.has(f)) && !t.others?.some((f) => have.has(f)));
    const nouns = missing.filter((t) => hasSense(t.term, 'noun') && !hasSense(t.term, 'verb')).length;
    const held = names.length ? names.filter((forms) => forms.some((f) => have.has(f))).length / names.length : 1;
    const mentioned = new Set((k.mentions.get(x.item) ?? []).map((m) => m.person));
    const people = s.named.length ? s.named.filter((p) => mentioned.has(p)).length / s.named.length : 1;
    const content = [...have].filter((t) => !isStopWord(t));
    const fresh = content.length ? content.filter((t) => !asked.has(t)).length / content.length : 0;
    const tokens = words(x.item.text).map(stem);
    const at = (term: string) => tokens.indexOf(term);
    const focusAt = focus ? at(focus) : -1;
    const positions = query.map((t) => [t.term, ...t.forms].map(at).find((p) => p >= 0)).filter((p): p is number => p !== undefined);
    const spread = positions.length > 1 ? (Math.max(...positions) - Math.min(...positions)) / Math.max(tokens.length, 1) : 0;
    const features = [
      1,
      x.coverage,
      x.coverage / best,
      i / 4,
      unknown,
      Math.min(nouns, 3) / 3,
      Math.min(missing.length - nouns, 3) / 3,
      held,
      people,
      typeFit(s, x.item, asked, mentioned) ? 1 : 0,
      fresh,
      Math.min(words(x.item.text).length, 60) / 60,
      /^["“]/.test(x.item.text.trim()) ? 1 : 0,
      focus ? (focusAt >= 0 ? 1 : 0) : 0.5,
      group === 'number' && numberNear(x.item.text, focus) ? 1 : 0,
      [...mentioned].some((p) => !s.named.includes(p)) ? 1 : 0,
      spread,
      group === 'person' ? 1 : 0,
      group === 'number' ? 1 : 0,
      group === 'place' ? 1 : 0,
      group === 'reason' ? 1 : 0,
      group === 'open' ? 1 : 0,
    ];
    return { sentence: x.item, features };
  });
}

/** The probability that a candidate answers the question, by the fitted weights. */
export function probability(features: number[], weights = fitted.weights): number {
  const z = features.reduce((sum, f, i) => sum + f * (weights[i] ?? 0), 0);
  return 1 / (1 + Math.exp(-z));
}

/** A refusal of the rules replaced by the best-scoring sentence, when it scores high enough. */
export function rescue(s: Scope, refusal: Answer, use: Model = fitted): Answer {
  if (refusal.kind !== 'not-found' || use.threshold > 1) return refusal;
  let best: { c: Candidate; p: number } | undefined;
  for (const c of candidates(s)) {
    const p = probability(c.features, use.weights);
    if (!best || p > best.p) best = { c, p };
  }
  if (!best || best.p < use.threshold) return refusal;
  return stated('From the articles', best.c.sentence.text, [best.c.sentence]);
}

/** A number written next to the noun asked about: "11 business owners", "the 34-member delegation". */
function numberNear(text: string, focus: string | undefined): boolean {
  if (!focus) return false;
  const tokens = [...text.matchAll(/[\p{L}\p{N}$][\p{L}\p{N}$,.'\u2019]*/gu)].map((m) => m[0].replace(/[.,]+$/, ''));
  return tokens.some((t, i) => {
    if (stem(fold(t)) !== focus && !stem(fold(t)).endsWith(focus)) return false;
    return tokens.slice(Math.max(0, i - 4), i).some((b) => /\d/.test(b) || NUMBER_WORD.test(b));
  });
}

type AskGroup = 'person' | 'number' | 'place' | 'reason' | 'open';

function askGroup(type: string): AskGroup {
  if (type === 'person' || type === 'organisation' || type === 'role') return 'person';
  if (type === 'number') return 'number';
  if (type === 'place') return 'place';
  if (type === 'reason') return 'reason';
  return 'open';
}

const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions|billions)$/i;
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const CAUSE =
  /\b(?:because|since|so that|in order to|aim(?:s|ed)? to|to (?:help|boost|promote|strengthen|attract|build|deepen|expand|bring|make|show|find|create|win|secure|renew|open|explore|seek|meet)|reason|purpose|goal|hope[sd]? to|want(?:s|ed)? to|said)\b/i;

/** Does the sentence hold a span of the kind the question asks for, other than the question's own words? */
function typeFit(s: Scope, sentence: Sentence, asked: Set<string>, mentioned: Set<Person>): boolean {
  const tokens = [...sentence.text.matchAll(/[\p{L}\p{N}$][\p{L}\p{N}'\u2019.,$-]*/gu)].map((m) => m[0].replace(/[.,]+$/, ''));
  const fresh = (t: string) => !asked.has(stem(fold(t)));
  switch (askGroup(s.q.type)) {
    case 'person': {
      if ([...mentioned].some((p) => !s.named.includes(p))) return true;
      return tokens.some((t, i) => i > 0 && /^\p{Lu}/u.test(t) && !CALENDAR.test(t) && fresh(t));
    }
    case 'number':
      return tokens.some((t) => (/\d/.test(t) || NUMBER_WORD.test(t)) && fresh(t));
    case 'place':
      return tokens.some((t, i) => /^\p{Lu}/u.test(t) && (i > 0 || s.ctx.knowledge.places.has(fold(t))) && !CALENDAR.test(t) && fresh(t));
    case 'reason':
      return CAUSE.test(sentence.text);
    default:
      return true;
  }
}
