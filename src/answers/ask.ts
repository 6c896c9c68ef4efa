import { distance } from 'fastest-levenshtein';
import { escapeRegExp } from '../knowledge/people.ts';
import { titlesInFull } from '../knowledge/role-words.ts';
import { usage } from './answer.ts';
import { baseForm, demonymBases, echo, fold, isStopWord, ownStem, stem, words } from '../text.ts';
import type { Answer } from './types.ts';
import { derivedForms, hasSense, inWordNet, isKindOf } from '../knowledge/wordnet.ts';
import { isTitle, parseRoleQuery, peopleInRole, roleArticle, rolesWithWord, rolesWithWordWhere, wordsOfRolesWith } from '../knowledge/roles.ts';
import { corroborated, evidenceOf, listing, stated, unsupported } from './compose.ts';
import { contactFor } from './contact.ts';
import { explained } from './explain.ts';
import { suggestionsFor, type AnswerContext } from './context.ts';
import { ASKS_DAY, datedAnswer } from './events.ts';
import {
  agentObject,
  agentsOf,
  entitiesEndingIn,
  findMakingVerb,
  findVerb,
  isMakingVerb,
  itemsAfter,
  phraseAfter,
  splitList,
  subjectMatterAfter,
  wordsOf,
} from './extract.ts';
import { peopleNamedIn } from './named.ts';
import { gatheredObjects, verbOfAbout } from './gathered.ts';
import { correctionAnswer } from './correction.ts';
import { analyzeQuestion, plainQuestion } from './question.ts';
import { normalizeQuestion } from './normalize.ts';
import { bestSentence } from './sentence.ts';
import { personAnswer, roleAnswer } from './people-answers.ts';
import {
  describedPeople,
  storyOfficeHolder,
  entityTerms,
  holdsEntities,
  fromThread,
  officesBeforePlaces,
  namedInThread,
  referentOf,
  retrievalText,
  storiesPointedTo,
  supporting,
  supportingInContext,
  supportingRanked,
  type Scope,
} from './scope.ts';
import type { Sentence } from '../corpus/types.ts';
import type { Person } from '../knowledge/people.ts';
import { quotedAnswer, quotesOf, speakerAnswer, whereSaid } from './quote.ts';
import { fitsKind, placeAnswer, relatedPlace, visitedPlaces } from './places-answers.ts';
import { resolvePerson } from './resolve-person.ts';
import { reason } from './reason.ts';
import { bylineAnswer } from './byline.ts';
import { number } from './counts.ts';
import { duration, tellsTripEnd, tripEndAnswer, tripEndAsked } from './interval.ts';
import { rescue } from './rescue.ts';
import { citesSentence, rewordings } from './reword.ts';
import { askedInInterview, isFaqQuestion } from './interview.ts';
import { PAYING, payers } from './payers.ts';
import { nearWordsOn, neighbours, withNearWords } from '../knowledge/vectors.ts';
import { sumAnswer } from './sums.ts';
import { groupMembers } from './members.ts';
import { voteOutcome, voteTally } from './votes.ts';
import { rosterAnswer } from './rosters.ts';
import { creditAnswer } from './credits.ts';
import { clockAnswer, TIME_ASKED } from './clock.ts';
import { quoteSpans } from '../knowledge/quotes.ts';
import { placesIn } from '../knowledge/places.ts';
import { dayPlan } from './day-plan.ts';

// Free questions: the question is analysed for what it asks (its answer type and constraints), and
// a strategy per type finds the sentence that supports the answer and the span that states it. When
// no sentence supports every constraint, the bot says so and offers the nearest fact it has.

export function ask(ctx: AnswerContext, args: string): Answer {
  const { answer, scope } = byRules(ctx, args);
  if (!scope) return answer;
  const replied = askedInInterview(scope, answer);
  if (replied) return replied;
  if (answer.answered) return answer;
  // Not found in the question's own words: read again with words near them ("teachers" for "educators"),
  // an answer that stands on one of those words ("exchange 50 teachers a year") and on no other sentence.
  const again = withNearWords(() => byRules(ctx, args)).answer;
  if (again.answered && standsOnNearWords(ctx, scope.q.text, again)) return again;
  // Asked again in the words of a sentence that says it otherwise: kept only when it stands on that sentence.
  for (const other of rewordings(scope, scope.q.text)) {
    const reworded = byRules(ctx, other.text).answer;
    if (reworded.answered && citesSentence(reworded, other.sentence)) return reworded;
  }
  return rescue(scope, answer);
}

/** Does every sentence the answer cites hold a word that stands near a word of the question by its vector? */
function standsOnNearWords(ctx: AnswerContext, question: string, a: Answer): boolean {
  const r = ctx.knowledge.retriever;
  const plain = new Set(r.analyze(question).flatMap((t) => [t.term, ...t.forms, ...(t.others ?? [])]));
  const near = new Set(
    withNearWords(() => r.analyze(question))
      .flatMap((t) => t.others ?? [])
      .filter((t) => !plain.has(t)),
  );
  const evidence = evidenceOf(a);
  return evidence.length > 0 && evidence.every((x) => [...r.termsOfSentence(x)].some((t) => near.has(t)));
}

/** The answer of the rule strategies, with the scope they worked in (none when the question was refused before). */
export function byRules(ctx: AnswerContext, args: string): { answer: Answer; scope?: Scope } {
  const answer = (a: Answer) => ({ answer: a });
  const text = firstNamesPutRight(ctx, followUp(ctx, plainQuestion(normalizeQuestion(args, ctx.knowledge.retriever, ctx.knowledge.initials, ctx.knowledge))));
  if (!text) return answer(usage('Ask me a question, for example: who, what, when, where, which, how many.', suggestionsFor(ctx.knowledge)));
  const q = analyzeQuestion(counterpartOf(ctx, text));
  const unknown = unknownNames(ctx, q.type === 'speaker' ? text.replace(q.topic ?? '', '') : text);
  if (unknown.length)
    return answer(
      unsupported(ctx, `anything about ${unknown.map((u) => echo(u, 40)).join(', ')}: the articles never mention ${unknown.length > 1 ? 'them' : 'it'}`),
    );
  const absent = absentOffice(ctx, text);
  if (absent && q.type !== 'person') return answer(unsupported(ctx, `anything about the ${echo(absent, 60)}: they name no one in that office`));
  const scope: Scope = { ctx, q, named: peopleNamedIn(ctx.knowledge, q.type === 'speaker' ? text.replace(q.topic ?? '', '') : text) };
  if (q.pronoun && q.type !== 'speaker') {
    // The one person the previous answer named ("who is the mayor of Shanghai?" → Gong Zheng, then
    // "what did he say?") comes first; then someone named earlier in the thread; the main person of
    // the articles is only a preference. Two people named there: asked back, not guessed.
    const answered = personAnswered(ctx);
    const earlier = namedInThread(ctx);
    if (!answered && earlier.length > 1 && !scope.named.length && /^(?:he|she|him|his|her)$/i.test(q.pronoun)) {
      return answer(
        usage(
          `Do you mean ${listing(earlier.map((p) => p.name)).replace(/ and ([^,]+)$/, ' or $1')}? Ask again with the name.`,
          earlier.map((p) => `/who ${p.name}`),
        ),
      );
    }
    const said = answered ?? fromThread(ctx);
    if (said && !scope.named.includes(said) && (!scope.named.length || said.name !== scope.named[0]?.name)) scope.named = [...scope.named, said];
    if (!said && !scope.named.length) scope.referent = referentOf(ctx, q);
    else scope.referent = said;
  }
  return { answer: explained(scope, corroborated(ctx, namesHeld(scope, placeHeld(scope, yearHeld(scope, byType(scope)))))), scope };
}

/**
 * "who is micheal oberlin": a first name misspelt by more than a letter, before a surname the articles
 * give one person of that first name, written as theirs.
 */
function firstNamesPutRight(ctx: AnswerContext, text: string): string {
  const finder = ctx.knowledge.peopleFinder;
  return text.replace(/\b(\p{L}[\p{L}'\u2019-]{2,})\s+(\p{Lu}[\p{L}'\u2019-]+)\b/gu, (pair, given: string, family: string) => {
    const typed = fold(given);
    if (isStopWord(typed) || ctx.knowledge.retriever.knows(stem(typed)) || isEnglish(typed)) return pair;
    // (The surname may be cut short by a letter too: "oberli" for "Oberlin".)
    const surnames = [fold(family), ...finder.wordsFrom('last', fold(family)).filter((w) => w.length === fold(family).length + 1)];
    const fits = [...new Set(surnames.flatMap((w) => finder.positions('last', w)))]
      .map((i) => finder.at(i).name.split(/\s+/))
      .filter((parts) => parts.length > 1 && fold(parts[0]!)[0] === typed[0] && distance(fold(parts[0]!), typed) <= 2);
    return fits.length === 1 ? fits[0]!.join(' ') : pair;
  });
}

/**
 * "who is Lund's counterpart in Tarvik?": the one who holds her office there, asked as "the mayor
 * of Tarvik" (her office as the articles give it).
 */
function counterpartOf(ctx: AnswerContext, text: string): string {
  const m =
    /(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*)['\u2019]s\s+(?:counterparts?|opposite\s+numbers?|equivalents?)\s+(?:in|from|at|of|for)\s+(?:the\s+)?/u.exec(
      text,
    );
  const owner = m ? peopleNamedIn(ctx.knowledge, m[1]!) : [];
  const titles = new Set(owner.flatMap((p) => p.roles.map((r) => parseRoleQuery(r.role)?.title).filter((t) => t !== undefined)));
  return m && owner.length === 1 && titles.size === 1 ? `${text.slice(0, m.index)}the ${[...titles][0]} of ${text.slice(m.index + m[0].length)}` : text;
}

/**
 * "what is Brask planning to open in Ohio?": an answer from an article that never names the
 * company (or anyone or anything else the question names) is about something else.
 */
function namesHeld(s: Scope, a: Answer): Answer {
  if (!a.answered || s.q.pronoun) return a;
  const r = s.ctx.knowledge.retriever;
  const evidence = evidenceOf(a);
  // (The names' own words, not the English ones among them: "Vessel Power" is "Vessel" in a story that names it so.)
  const names = [...s.q.text.matchAll(/[\p{L}][\p{L}\p{N}'\u2019-]*/gu)]
    .filter((m) => m.index > 0 && /^\p{Lu}/u.test(m[0]) && !isEnglish(fold(m[0]).replace(/['\u2019]s$/, '')))
    .flatMap((m) => entityTerms(r, `x ${m[0]}`));
  if (!evidence.length || !names.length || evidence.some((x) => holdsEntities(r, x.paragraph.article, names))) return a;
  return unsupported(s.ctx, 'that: no article that comes near it names everything the question names');
}

/**
 * "what hotel did the group stay at in Tolvik?": a sentence that tells of another place ("In Brisa we
 * stayed at …"), where its paragraph never names the one asked, is no answer.
 */
function placeHeld(s: Scope, a: Answer): Answer {
  if (!a.answered) return a;
  const places = s.ctx.knowledge.places;
  const asked = [...s.q.text.matchAll(/\b(?:in|at)\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)/gu)]
    .map((m) => m[1]!)
    .filter((p) => places.has(fold(p)));
  // ("where in Merriton", "in Ohio", "in Portugal": a place within it, or a country or state that holds the city told.)
  if (asked.length !== 1 || /^where\s+in\b/i.test(s.q.text)) return a;
  const place = fold(asked[0]!);
  if (isKindOf(place, 'state', 'noun', 8, 3) && !isKindOf(place, 'city', 'noun', 8, 3)) return a;
  const evidence = evidenceOf(a);
  const elsewhere = (x: Sentence) => {
    if (fold(x.paragraph.text).includes(place)) return undefined;
    return [...x.text.matchAll(/\b[Ii]n\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)/gu)].map((m) => m[1]!).find((p) => places.has(fold(p)));
  };
  const other = evidence.length ? elsewhere(evidence[0]!) : undefined;
  return other && evidence.every((x) => elsewhere(x)) ? unsupported(s.ctx, `that for ${asked[0]}; what they say is about ${other}`, evidence[0]) : a;
}

/**
 * "How much did Nebraska export to Taiwan in 2023?": a figure the articles give for another year is
 * no answer. A year the question names must be in the answer or its evidence, where the evidence
 * names a year at all.
 */
function yearHeld(s: Scope, a: Answer): Answer {
  // "back in the 70s": a decade asked must be the evidence's, by a year in it.
  const decade = /\b(?:in\s+the\s+)?(?:(19|20)|['\u2019])?([1-9]0)['\u2019]?s\b/i.exec(s.q.text);
  if (decade && a.answered) {
    const ten = `${decade[1] ?? (Number(decade[2]) >= 30 ? '19' : '20')}${decade[2]![0]}`;
    const held = evidenceOf(a).some((e) => new RegExp(`\\b${ten}\\d\\b`).test(e.text)) || (a.text.split('\n')[0] ?? '').includes(ten);
    if (!held) return unsupported(s.ctx, `that for the ${decade[0]!.replace(/^in\s+the\s+/i, '')}`, evidenceOf(a)[0]);
  }
  const asked = s.q.text.match(/\b(?:19|20)\d{2}\b/g);
  if (!a.answered || !asked) return a;
  const evidence = evidenceOf(a);
  const first = a.text.split('\n')[0] ?? '';
  if (asked.some((y) => first.includes(y) || evidence.some((e) => e.text.includes(y)))) return a;
  const other = evidence.map((e) => /\b(?:19|20)\d{2}\b/.exec(e.text)).find(Boolean);
  if (!other) return a;
  return unsupported(s.ctx, `that for ${asked.join(' or ')}; what they say is about ${other[0]}`, evidence[0]);
}

/** The one person the answer to the previous question of the thread named, if it named exactly one. */
function personAnswered(ctx: AnswerContext): Person | undefined {
  const thread = ctx.thread ?? [];
  const last = thread[thread.length - 1];
  if (!last || !/^(?:who|whom|which|what|where|when|how|did|does|do|is|was|were|are)\b/i.test(plainQuestion(last))) return undefined;
  // The earlier answer is worked out again (answers are deterministic), with the context it had.
  const before = ask({ ...ctx, thread: thread.slice(0, -1) }, last);
  if (!before.answered) return undefined;
  // A name, or a speaker's words ("Gong Zheng, in their words").
  const names = before.title.replace(/, in their words$/, '').split(/,\s*|\s+and\s+/);
  const person = names.length === 1 ? ctx.knowledge.peopleByKey.get(fold(names[0]!)) : undefined;
  return person;
}

/**
 * A follow-up that leans on the previous question: "and when?" after "who did Vargas meet in
 * Marlow?" asks when Vargas met them there.
 */
function followUp(ctx: AnswerContext, text: string): string {
  const short = /^(?:and\s+|so\s+|but\s+)?(when|where|why|how many|how much|who|what)(?:\s+(?:then|exactly))?$/i.exec(text);
  const previous = ctx.thread?.[ctx.thread.length - 1];
  if (!short || !previous) return text;
  const before = analyzeQuestion(previous);
  if (!before.verb || !(before.subject || before.about)) return text;
  return `${short[1]!.toLowerCase()} did ${before.subject ?? ''} ${before.verb} ${before.about ?? ''}`.replace(/\s+/g, ' ').trim();
}

/**
 * "which …" when no list answers it: "which two mayors signed the first charter" asks who did (a noun
 * for people, a verb in the past); "in which icelandic city did Lund sign the agreement" asks where.
 */
function listOrOne(s: Scope): Answer {
  const { q } = s;
  const described = describedOne(s);
  if (described) return described;
  // ("in which city did they sign": a place, before a list's noun phrase that holds the word "city".)
  const inWhich = IN_WHICH_PLACE.exec(q.text);
  const placed = inWhich ? placeAnswer({ ...s, q: { ...q, type: 'place', about: q.text.replace(IN_WHICH_PLACE, '') } }) : undefined;
  // (A city, town or country asked for is a place the articles name, not a venue: "Colegio San Remo …" is no city.)
  const settlement = /^(?:city|town|village|country|state|province|county|region)$/i.test(inWhich?.[1] ?? '');
  if (placed?.answered && (!settlement || s.ctx.knowledge.places.has(fold(placed.title.replace(/^(?:In|At)\s+/, ''))))) return placed;
  const head = q.focus?.split(/\s+/).pop()?.toLowerCase();
  const pastVerb = /^\p{Ll}+(?:ed|ew|ent|ook|ade|aid|ave|et|ame)\b/u.test(q.about ?? '');
  // ("which state senator is griping about the trip": someone doing it now, asked as who.)
  const doing = /^(?:(?:is|are|was|were)\s+)?\p{Ll}+ing\b/u.test(q.about ?? '') && /\b(?:is|are|was|were)\s+\p{Ll}+ing\b/u.test(q.text);
  const asPerson = !!head && (pastVerb || doing) && isKindOf(head.replace(/s$/, ''), 'person', 'noun', 10, 1);
  // (Someone doing it, before a list of things: a list would be of anything the words fit; someone who did
  // it, after one.)
  const named = asPerson && doing ? whoDid(s) : undefined;
  if (named) return named;
  const listed = list(s);
  if (listed.answered) return listed;
  return (asPerson && !doing ? whoDid(s) : undefined) ?? listed;
}

/**
 * "which two mayors signed the first charter" asked as "who signed …": names, not a sentence offered,
 * told where the words of the noun asked stand ("Sen." told as "senator").
 */
function whoDid(s: Scope): Answer | undefined {
  const who = personAnswer({ ...s, q: analyzeQuestion(`who ${s.q.about}`) });
  const kind = words(s.q.focus ?? '').filter((w) => !isStopWord(w) && !/^\d+$|^(?:two|three|four|five)$/.test(w));
  const told = evidenceOf(who).some((x) => kind.every((w) => words(titlesInFull(x.text)).some((t) => stem(t) === stem(w))));
  return who.answered && who.title !== 'From the articles' && told ? who : undefined;
}

/**
 * "which think tank guy from China's social science academy weighed in": the one person whose role
 * holds most of the body's words (in any order) and the noun asked for, unless that noun says only "person".
 */
function describedOne(s: Scope): Answer | undefined {
  const m = WHICH_ONE_FROM.exec(s.q.text);
  if (!m) return undefined;
  const noun = m[1]!.split(/\s+/).pop()!.toLowerCase();
  const generic = /^(?:guy|person|man|woman|lady|fellow|one|people|folks?)$/.test(noun);
  if (!generic && !isKindOf(noun.replace(/s$/, ''), 'person', 'noun', 10, 1)) return undefined;
  const body = words(m[2]!.replace(/['\u2019]s\b/g, '')).filter((w) => !isStopWord(w) && w.length > 2);
  if (body.length < 2) return undefined;
  const fits = (role: string) => {
    const own = new Set(words(role).map((w) => stem(w)));
    const held = body.filter((w) => own.has(stem(w))).length;
    // ("which scholar from the marine studies institute", where the role says "fellow at the Institute of
    // Marine Studies": a noun for a person the role words otherwise, when every word of the body is held.)
    return held * 4 >= body.length * 3 && (generic || own.has(stem(noun)) || held === body.length);
  };
  // (Read from the roles that hold one of the body's words: not every person's.)
  const found = body.flatMap((w) => rolesWithWord(s.ctx.knowledge, w)).filter(({ role }) => fits(role.role));
  const people = [...new Set(found.map((x) => x.person))];
  if (people.length !== 1) return undefined;
  const { person: p, role: r } = found[0]!;
  return stated(p.name, `${p.name}, ${r.role}`, [r.sentence]);
}

const WHICH_ONE_FROM =
  /^which\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:from|at|of|with)\s+((?:the\s+)?(?:[\p{L}'\u2019-]+\s+){1,5}?)(?:\p{Ll}+(?:ed|ew|ent|ook|old|aid|ote|poke))\b/iu;

/**
 * "when did the county executive sign the memo with the heat pump parts maker": the day asked without
 * the trailing "with …" that describes the other side by what it makes, when the story that gives the
 * day holds at least half of that description's words.
 */
function withoutLooseTail(s: Scope): Answer | undefined {
  const tail = LOOSE_TAIL.exec(s.q.text);
  if (!tail) return undefined;
  const shorter = byType({ ...s, q: analyzeQuestion(s.q.text.slice(0, tail.index)) });
  const article = evidenceOf(shorter)[0]?.paragraph.article;
  const described = words(tail[1]!).filter((w) => !isStopWord(w));
  const held = article ? described.filter((w) => s.ctx.knowledge.retriever.articleHas(article, stem(w))).length : 0;
  return shorter.answered && described.length && held * 2 >= described.length ? shorter : undefined;
}

/**
 * "who signed for Brisa when the sister port compact was renewed": who did it, asked without the
 * clause that says when, where the story around the answer holds at least half of that clause's words.
 */
function withoutTimeClause(s: Scope): Answer | undefined {
  const clause = TIME_CLAUSE.exec(s.q.text);
  if (!clause) return undefined;
  const shorter = personAnswer({ ...s, q: analyzeQuestion(s.q.text.slice(0, clause.index)) });
  const evidence = evidenceOf(shorter)[0];
  if (!shorter.answered || !evidence) return undefined;
  const r = s.ctx.knowledge.retriever;
  const paragraphs = evidence.paragraph.article.paragraphs.slice(Math.max(0, evidence.paragraph.order - 2), evidence.paragraph.order + 1);
  const near = new Set(paragraphs.flatMap((p) => p.sentences.flatMap((x) => [...r.termsOfSentence(x)])));
  const told = r.analyze(clause[1]!);
  const held = told.filter((t) => [t.term, ...t.forms].some((f) => near.has(f))).length;
  return told.length && held * 2 >= told.length ? shorter : undefined;
}

const PASSED_OVER = /,?\s+(?:and\s+not|but\s+not|not|instead\s+of|rather\s+than)\s+(?:the\s+|a\s+|an\s+)?[\p{L}\s'\u2019-]{2,40}\??$/u;

const TIME_CLAUSE = /\s+(?:when|while|after|as)\s+((?:the|a|an|their|his|her|its|our)\s+.{3,80})$/i;

// (Only a party described by what it makes or is, "the heat pump parts maker", never one the story names as such.)
const LOOSE_TAIL =
  /\s+with\s+(?:the|a|an|its|their|his|her)\s+((?:[\p{L}-]+\s+){1,4}(?:maker|manufacturer|producer|supplier|firm|company|outfit|startup|group))$/iu;

const AGREEING = /^(?:agree|agrees|agreed|promise[ds]?|pledge[ds]?|commit(?:s|ted)?|vow(?:s|ed)?|undertake|undertook)$/i;

const IN_WHICH_PLACE =
  /^(?:in|at)\s+(?:which|what)\s+(?:[\p{L}-]+\s+)?(city|town|village|country|state|province|county|region|place|port|venue|building|location)\s+(?=(?:did|does|do|was|were|is|are|will|would)\s)/iu;

// Words that tell when a state began: "became", "took office", "since 2023".
const STATE_BEGAN =
  /\b(?:since|became|become|becoming|appointed|elected|took\s+office|sworn\s+in|named|joined|founded|established|began|begun|started|opened|signed|first)\b/i;

// "when did she become mayor", "when was he elected": the start of an office, and what tells one.
const OFFICE_TAKEN_ASKED =
  /\b(?:elected|take\s+office|took\s+office|sworn\s+in|appointed)\b|\b(?:become|became)\s+(?:the\s+)?(?:\S+\s+)?(?:mayor|governor|president|premier|chair\w*|minister|secretary|director|ceo|chief|head|leader|commissioner|senator|councilmember|supervisor)\b/i;
const OFFICE_TAKEN = /\b(?:became|become|becoming|elected|election|took\s+office|sworn\s+in|appointed|inaugurated|since)\b/i;

// "What group covered the governor's airfare?", "which nonprofit is paying for the trip?": a payer asked by kind.
const PAYER_ASKED =
  /^(?:what|which)\s+(?:[\p{L}-]+\s+){1,3}?(?:(?:is|are|was|were)\s+)?(?:paid|pays|paying|covered|covers|covering|funded|funds|funding|financed|sponsored)\b\s*(.*)$/iu;

const MONEY_FROM_ASKED =
  /^where\s+(?:is|was|will|does|did|are|were)\s+(?:the\s+)?(?:money|funding|funds?|cash|\$[\d,.]+(?:\s+(?:million|billion))?)\s+(?:for\s+)?(.*?)\s*(?:be\s+)?(?:com(?:e|es|ing)\s+from|from)$/i;

/** "where is the money for the trip coming from", "which group covered the airfare": who pays it. */
function askedPayers(s: Scope): Answer | undefined {
  const source = MONEY_FROM_ASKED.exec(s.q.text);
  const payer = PAYER_ASKED.exec(s.q.text)?.[1] ?? source?.[1];
  return payer === undefined ? undefined : payers({ ...s, q: { ...s.q, about: payer } }, !!source);
}

const SHAPED_ANSWERS: ((s: Scope) => Answer | undefined)[] = [
  // "What did the story get wrong at first?": its correction note.
  correctionAnswer,
  // "What is the delegation doing on Wednesday?": what its story dates to that day.
  dayPlan,
  // "How much did the city and the foundation put in combined?": amounts added up.
  sumAnswer,
  // "What was the vote count?": the tally, and how it came out.
  voteTally,
  voteOutcome,
  // "Who took the photo?": the credit its caption ends in.
  creditAnswer,
  // "Who was absent?", "how many abstained?": the names a roster sets out.
  rosterAnswer,
  // "Who was in the delegation?": the sentence that lists its members.
  groupMembers,
  // "where is the money for the trip coming from": who pays it, by the fund or body it comes from.
  askedPayers,
  // "who do I reach out to with questions": the one the story says to contact.
  contactFor,
  // "Who wrote that opinion piece?": the page's byline.
  bylineAnswer,
  // "how are Shanghai's travelers changing, per the Joyu CEO?": what that person says of it.
  perSource,
  // "Whatever happened to the plant from the 2016 trip?": what the story tells came of it.
  outcomeOf,
  // "What part of the deal still hasn't been settled?": what the story says is still undecided.
  stillOpen,
];

function byType(s: Scope): Answer {
  const { ctx, q } = s;
  // The shapes a question may have whatever its type, tried in this order before its type's strategy.
  for (const shaped of SHAPED_ANSWERS) {
    const a = shaped(s);
    if (a) return a;
  }
  switch (q.type) {
    case 'speaker':
      return speakerAnswer(ctx, q.topic ?? q.text, q.verb, q.focus);
    case 'words':
      // "what does the renewed agreement add": a thing says nothing; what the articles tell of it.
      return !s.named.length && q.subject && isThing(q.subject) ? bestSentence(s) : quotedAnswer(s);
    case 'expansion':
      return expansion(s);
    case 'number':
      return number(s);
    case 'duration':
      return duration(s);
    case 'date': {
      // "What time did the council adjourn?": the time of day, where the articles tell it.
      const clock = TIME_ASKED.test(q.text) ? clockAnswer(s) : undefined;
      if (clock) return clock;
      // "When does the council take it up?": a present tense may ask about either.
      const dated = datedAnswer(ctx, retrievalText(s), {
        future: q.future || (/^\S+(?:\s+\S+)?\s+(?:does|do|is|are)\b/i.test(q.text) ? undefined : false),
        named: [...s.named, ...describedPeople(s)],
        referent: s.referent,
        asksDay: ASKS_DAY.test(q.text),
      });
      // "When did the delegation fly out?": a day told as a departure, else the trip's own first day.
      const asked = tripEndAsked(q.text);
      const end = q.future ? undefined : tripEndAnswer(s);
      if (end && !(dated.answered && asked && tellsTripEnd(dated, asked))) return end;
      // "When did the students get back?" is not answered by the day they set off.
      const other = asked === 'back' ? 'left' : asked === 'left' ? 'back' : undefined;
      if (dated.answered && asked && other && tellsTripEnd(dated, other) && !tellsTripEnd(dated, asked))
        return unsupported(
          ctx,
          `when ${asked === 'back' ? 'that return' : 'that departure'} was: they date only the ${asked === 'back' ? 'departure' : 'return'}`,
          evidenceOf(dated)[0],
        );
      // "Since when has X been vice president": the day a state began, told as such ("became", "since
      // 2023"); the day of something else they did is no answer.
      if (dated.answered && /^since\s+when\b/i.test(q.text) && !evidenceOf(dated).some((x) => STATE_BEGAN.test(x.text)))
        return unsupported(ctx, `since when ${echo(q.about ?? 'it', 60)}: they tell of no day it began`, evidenceOf(dated)[0]);
      // "When did she become mayor?": the day of an office taken, told as such; a day she did
      // something as mayor is no answer.
      if (dated.answered && OFFICE_TAKEN_ASKED.test(q.text) && !evidenceOf(dated).some((x) => OFFICE_TAKEN.test(x.text)))
        return unsupported(ctx, `${asAsked(q.text)}: they tell of no day that began`, evidenceOf(dated)[0]);
      return dated.answered ? dated : (withoutLooseTail(s) ?? dated);
    }
    case 'reason': {
      // "why the ordinary coastal train and not the fast one": the choice, asked without the one passed over
      // (which the story may name otherwise: "not the express").
      const why = reason(s);
      const passedOver = why.answered ? null : PASSED_OVER.exec(q.text);
      const chosen = passedOver ? reason({ ...s, q: analyzeQuestion(q.text.slice(0, passedOver.index)) }) : undefined;
      return chosen?.answered ? chosen : why;
    }
    case 'place':
      // ("where did she promise the new route": the occasion of her words.)
      return q.order ? visitedPlaces(s) : (whereSaid(s) ?? placeAnswer(s));
    case 'organisation':
    case 'role':
      return roleAnswer(s);
    case 'person': {
      const found = (q.verb && PAYING.test(q.verb) ? payers(s) : undefined) ?? personAnswer(s);
      return found.answered ? found : (withoutTimeClause(s) ?? found);
    }
    case 'list':
      return listOrOne(s);
    case 'description':
      return description(s);
    case 'yesno':
      return yesNo(s);
    default:
      // "which cities the group visited, in order": a list asked in a shape not read; a sentence is no list.
      if (/^which\s/i.test(q.text)) return unsupported(ctx, asAsked(q.text), supporting(s, retrievalText(s), 0.5)[0]);
      return bestSentence(s);
  }
}

/**
 * An office the question speaks of ("the mayor of Beijing", "Kobe's mayor") that no one in the
 * articles holds: what that person said or did cannot be in them.
 */
function absentOffice(ctx: AnswerContext, text: string): string | undefined {
  const m =
    /\bthe\s+([\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}][\p{L}-]*)?)\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)/u.exec(text) ??
    /\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)['\u2019]s\s+([\p{Ll}][\p{L}-]*(?:\s+(?:president|minister|mayor|governor|director|officer|secretary))?)\b/u.exec(
      text,
    );
  // "the Carrow mayor" is the mayor of Carrow.
  const before = officesBeforePlaces(text)[0];
  if (!m && !before) return undefined;
  const phrase = m ? m[0].replace(/^the\s+/, '') : before!;
  // "Peter Olsen's title" asks about a person, not an office.
  // ("Northwind's first cargo flight": an ordinal, no office.)
  if (/^(?:job|role|title|position|post|office|work|occupation|name)s?$/i.test(m?.[2] ?? '') || peopleNamedIn(ctx.knowledge, phrase).length) return undefined;
  if (/^(?:first|second|third|fourth|fifth|last|next|new|latest|final|own)\b/i.test(m?.[2] ?? '')) return undefined;
  const role = parseRoleQuery(phrase);
  if (!role?.title || !role.body || !isTitle(role.title)) return undefined;
  if (peopleInRole(ctx.knowledge, role).length) return undefined;
  // Leniently: any role with the title's noun and a word begun like the body ("Chinese" for China) is that office.
  const noun = words(role.title).pop() ?? '';
  const prefix = fold(role.body)
    .replace(/^the\s+/, '')
    .slice(0, 4);
  // (The roles' words first, and their holders made only as far as a check reads them: "mayor" is
  // a word of 100,000 roles at 50,000 articles.)
  if (wordsOfRolesWith(ctx.knowledge, noun).some((w) => w.startsWith(prefix))) return undefined;
  // "the Milwaukee mayor" may be the "Mayor" a story about Milwaukee is about: not absent then.
  const bodyTerm = stem(
    fold(role.body)
      .replace(/^the\s+/, '')
      .split(' ')[0] ?? '',
  );
  // (Or "the governor of Vermont", when the story brings its governor back home to Vermont: a place
  // the story only visits is not theirs.)
  const place = role.body.replace(/^the\s+/i, '');
  const inStory =
    !m &&
    rolesWithWord(ctx.knowledge, noun).some(({ person: p, role: r }) => {
      const article = roleArticle(ctx.knowledge, r);
      return ctx.knowledge.subjectOf(article) === p && ctx.knowledge.retriever.articleHas(article, bodyTerm);
    });
  if (inStory) return undefined;
  // ("Deputy Mayor Ruta Kelsey signed for Brisa": a bare title whose own sentence names the place, or the
  // "Gov." a story about them brings home to it.)
  const bare = fold(role.title);
  const cameHome = new RegExp(`\\b(?:back|home|returned|returning)\\s+(?:to|in)\\s+${escapeRegExp(place)}\\b`, 'i');
  for (const { person: p, role: r } of rolesWithWordWhere(ctx.knowledge, noun, (text) => fold(titlesInFull(text)) === bare)) {
    if (r.sentence.text.includes(place)) return undefined;
    const article = roleArticle(ctx.knowledge, r);
    if (m && ctx.knowledge.subjectOf(article) === p && article.paragraphs.some((x) => cameHome.test(x.text))) return undefined;
  }
  return phrase;
}

/** Does WordNet hold the word (or its base form) as a noun, verb, adjective or adverb? */
const isEnglish = (w: string) => inWordNet(w) || inWordNet(baseForm(w));

/**
 * Capitalised words of the question that no article uses, nor anything spelled near them: a
 * question about Tokyo cannot be answered from articles that never mention it.
 */
function unknownNames(ctx: AnswerContext, text: string): string[] {
  const r = ctx.knowledge.retriever;
  const out: string[] = [];
  const ws = wordsOf(text);
  ws.forEach((w, i) => {
    if (i === 0 || !/^\p{Lu}/u.test(w.text) || /^(?:I|VisitBot)$/.test(w.text)) return;
    const key = fold(w.text).replace(/['\u2019]s$/, '');
    if (ctx.knowledge.abbreviations.has(key) || ctx.knowledge.initials.has(key)) return;
    // A title ("CEO", "Governor") may be worded otherwise in the articles; the role search decides.
    if (isTitle(w.text)) return;
    // Spelling was corrected before (one edit): a name two edits from an article's word is another
    // name ("Valdivia" is not "Valdoria"). A people's adjective counts as its country ("Japanese").
    if (r.knows(stem(key)) || demonymBases(key).some((b) => r.knows(stem(b)))) return;
    if (words(key).some((x) => !isStopWord(x) && !r.knows(stem(x)))) out.push(w.text);
  });
  return out;
}

function expansion(s: Scope): Answer {
  const k = s.ctx.knowledge;
  const short = (s.q.about ?? '').replace(/\./g, '');
  const defined = k.abbreviations.get(fold(short));
  if (defined) return stated(defined.long, `${defined.short} stands for ${defined.long}`, defined.sentence ? [defined.sentence] : []);
  const long = k.initials.get(fold(short));
  const where = long ? k.retriever.sentences(long).find((r) => r.coverage >= 0.99)?.item : undefined;
  if (long && where) return stated(long, `${short.toUpperCase()} most likely stands for ${long}, the only name in the articles with those initials`, [where]);
  return unsupported(s.ctx, `what “${echo(short, 30)}” stands for`);
}

function list(s: Scope): Answer {
  const { q, ctx } = s;
  const listed = listLedIn(s);
  if (listed) return listed;
  // "which grants are paying for the exchange": the payers.
  const paid = PAYING.test(/^\p{Ll}+/u.exec(q.about ?? '')?.[0] ?? '') ? payers(s) : undefined;
  if (paid) return paid;
  // "cities in India": the noun asked about; the place after it only narrows it.
  const within = /\s+(?:in|across|around)\s+(\p{Lu}.*)$/u.exec(q.focus ?? '')?.[1];
  const focus = (q.focus ?? '').replace(/^(?:two|three|four|five|several|many|the)\s+/i, '').replace(/\s+(?:in|from|across|around|near)\s+\p{Lu}.*$/u, '');
  const head = focus.split(/\s+/).pop() ?? '';
  // The noun's first sense decides: "field" is a kind of area here, not of person.
  const kind = (broader: string) => isKindOf(head.toLowerCase(), broader, 'noun', 8, 1);
  const organisation = kind('organization') || kind('institution') || kind('company');
  // (A city is a body of people too, in WordNet, and a country a political unit: "which cities did the
  // mission stop in", "which countries did they visit" ask for places.)
  if (((kind('person') && !kind('location')) || organisation) && !kind('city') && !kind('country')) {
    // "which governor did Vargas meet?", "which organizations signed the memorandum?": a doer or whom someone met.
    const about = q.about ?? '';
    const verbFirst = /^(?!(?:the|a|an|this|that|these|those|their|its|his|her|our)\b)(\p{Ll}[\p{L}-]*)\s*(.*)$/u.exec(about);
    // "which organization does John Grubb represent / work for": the body of their role.
    if (organisation && s.named.length === 1 && /\b(?:work|represent|belong|lead|run|head|chair|direct|manage|serve)/i.test(about)) {
      const role = roleAnswer({ ...s, q: { ...q, type: 'organisation', subject: s.named[0]!.name } });
      // ("which political party does she belong to": a narrower kind of body must be the one her role names.)
      const narrow =
        !/^(?:organi[sz]ations?|groups?|compan(?:y|ies)|institutions?|bod(?:y|ies)|agenc(?:y|ies)|outfits?|firms?|employers?|teams?|entit(?:y|ies))$/i.test(
          head,
        );
      // (A role names a body, "chancellor of Orrin Valley College", where it holds a word for one.)
      const body = (w: string) =>
        stem(w) === stem(head) ||
        (!/^(?:state|office|city|town|county|government|nation|country)$/i.test(w) &&
          ['organization', 'institution', 'company', 'party'].some((kind) => isKindOf(w.toLowerCase(), kind, 'noun', 8, 3)));
      if (role.answered && narrow && !words(role.text.split('\n')[0] ?? '').some(body)) return unsupported(ctx, asAsked(q.text), evidenceOf(role)[0]);
      return role;
    }
    if (verbFirst) {
      const did = personAnswer({ ...s, q: { ...q, type: 'person', verb: verbFirst[1], about: verbFirst[2] } });
      // "which Chinese vice president met Breed": whoever met her must hold the role asked for.
      const holder = did.answered ? holderWhoDid(s, focus, verbFirst[1]!, did) : undefined;
      if (holder) return holder;
      if (names(did) && organisation && !kind('person') && peopleOnly(s, did)) {
        // People answer for a company by the company their role names: "general manager of Weiheng Intelligent".
        const bodies = bodiesOf(s, did);
        if (bodies) return bodies;
      } else if (names(did)) return did;
      // "which council member wants a vote before officials take pricey trips": the words may be
      // others', but the one holder of that office in the sentence nearest them is asked for.
      const held = !organisation ? onlyHolderNear(s, focus) : undefined;
      if (held) return held;
      // "which two council members went with her?": a sentence that names none of them is no answer.
      if (!organisation && did.answered) return unsupported(ctx, asAsked(q.text), evidenceOf(did)[0]);
      else if (!organisation) return did;
    }
    const verb = lastVerbOf(about);
    if (verb) {
      const subject = about.slice(0, about.lastIndexOf(verb)).trim();
      const asked = personAnswer({ ...s, q: { ...q, type: 'person', subject, verb, about: about.slice(about.lastIndexOf(verb) + verb.length).trim() } });
      // ("which governor is the mayor meeting": whoever he meets must hold the role asked for.)
      const holder = holderWhoDid(s, focus, verb, asked);
      if (holder && (holder.answered || asked.answered)) return holder;
      if ((names(asked) && !(organisation && !kind('person') && peopleOnly(s, asked))) || !organisation) return asked;
    }
  }
  if (kind('city') || kind('country') || kind('location')) {
    // ("which cities on her trade mission", "… on the mayor's itinerary": the trip's stops too.)
    const visited =
      /\b(?:visit(?:s|ed|ing)?|go(?:es|ing)?|went|travel(?:s|ed|led|ing|ling)?|tour(?:s|ed|ing)?|stop(?:s|ped|ping)?|itinerary|schedule|route|(?:on|during)\s+(?:\S+\s+){0,3}(?:trip|mission|journey))\b/i.test(
        q.about ?? '',
      );
    // "Its route takes in three cities: Kardel, for trade; …": the story's own list of them, where it gives one.
    const told = visited ? toldList(s, head) : undefined;
    if (told) return told;
    // "which cities did the Houston mayor go to": an office stands for its one holder.
    const who = s.named[0] ?? s.referent ?? describedPeople(s)[0] ?? storyOfficeHolder(s);
    if (visited && who) return visitedPlaces({ ...s, named: [who], q: { ...q, order: undefined } }, head, within);
    // "which cities did the delegation visit": the travels of the story's main person, who led it.
    // (The travelling party itself, not a body that made a trip of its own in another year.)
    // ("the Lusveria mission": the trip stands for those on it.)
    const group =
      /\b(?:delegation|group|team|party|entourage|contingent|delegates|they|mission|trip|visitors|travell?ers)\b/i.test(q.about ?? '') &&
      !/\b(?:1[89]|20)\d\d\b/.test(q.text);
    const leader = visited && group ? leaderOfGroupAsked(s) : undefined;
    if (leader) return visitedPlaces({ ...s, named: [leader], q: { ...q, order: undefined } }, head, within);
  }
  const headWords = focus.split(/\s+/).filter(Boolean);
  // Fields and areas are seldom called so where they are listed: the word does not choose the sentence.
  // ("which two bay areas" asks for names: a word before the head makes it one.)
  const topics = FIELD_WORDS.test(head) && headWords.length === 1;
  const asking = retrievalText(s).replace(/\b(?:which|what)\b/gi, ' ');
  const candidates = supporting(s, topics ? asking.replace(new RegExp(`\\b${head}\\b`, 'gi'), ' ') : asking, 0.4).slice(0, 8);
  // "what anniversary will Breed celebrate": the verb's object, when it is a kind of the noun asked.
  const verb = q.about ? lastVerbOf(q.about) : undefined;
  const aboutVerbs = verbsOf(q.about ?? '');
  // "in which fields ...", "what fields ... in?": the list the preposition introduces.
  // "what agreements were signed on the trip": what each sentence of its story says was signed.
  const done = q.about && !topics ? verbOfAbout(q.about) : undefined;
  // (With no sentence near enough, the story the question's names point to: "what all got signed on the Norvane mission".)
  const named = entityTerms(ctx.knowledge.retriever, q.text);
  const story =
    candidates[0]?.paragraph.article ??
    (named.length ? ctx.knowledge.retriever.candidateArticles(asking).find((a) => holdsEntities(ctx.knowledge.retriever, a, named)) : undefined);
  const gathered = done && story ? gatheredObjects(s, story, done, head) : undefined;
  if (gathered) return gathered;
  const asked = /^(?:in|at|on|from|to|with|for)\b/i.exec(q.text)?.[0] ?? /\s(in|at|on|from|to|with|for|about)$/i.exec(q.text)?.[1];
  // Fields, areas, sectors: topics, named after "in", "on" or "including" whatever the question's own
  // preposition; never the proper names that happen to end in the word ("the Greater Bay Area").
  // ("nine deals were signed, covering dairy, lumber and software": the fields a participle lists.)
  const preposition = topics ? '(?:in|on|including|about|covering|spanning)' : asked;
  // Each way of reading a list is tried on every candidate before the next, weaker one.
  const readings: ((text: string) => string[] | undefined)[] = [
    (text) => (topics ? undefined : entitiesEndingIn(text, headWords.length > 1 ? headWords : [head])),
    (text) => itemsAfter(text, stem(head)),
    // ("what airline did they fly on": not whatever follows "on" in a sentence that tells no flying.)
    (text) =>
      preposition && (topics || !aboutVerbs.length || aboutVerbs.some((v) => findVerb(text, v))) ? listAfterPreposition(text, preposition, q.text) : undefined,
    (text) => {
      const at = verb ? findVerb(text, verb) : undefined;
      const object = at ? phraseAfter(text, at.end) : undefined;
      return object && words(object).some((w) => stem(w) === stem(head)) ? [object] : undefined;
    },
  ];
  // (Places asked for, places read: "which cities did they go to" is not answered by "went to see for ourselves".)
  // (Not "areas": WordNet's "area" is also a "country", of a region's kind.)
  const placesAsked = !FIELD_WORDS.test(head) && /^\p{Ll}/u.test(head) && (kind('city') || kind('country'));
  const fits = (found: string[]) => !placesAsked || found.every((x) => placesIn(x, ctx.knowledge.places).some((p) => fitsKind(p.place, head)));
  for (const read of readings) {
    for (const sentence of candidates) {
      const found = read(sentence.text);
      if (found?.length && fits(found)) return stated(listing(found), listing(found), [sentence]);
    }
  }
  // Names of a kind were asked for: a sentence that names none is no answer to it.
  if (organisation || (kind('person') && !kind('location'))) return unsupported(ctx, asAsked(q.text), candidates[0]);
  // Places of a kind ("which Bay Area city") likewise: a sentence that names none of that kind is no answer.
  if (kind('city') || kind('country')) return unsupported(ctx, asAsked(q.text), candidates[0]);
  // Any other kind, read again with near words: a sentence that never names the noun asked ("which
  // airline") is no list of them, however near its other words are ("after an overnight flight").
  const best = bestSentence(s);
  const sentence = evidenceOf(best)[0];
  const namesHead = (w: string) => stem(w) === stem(head) || isKindOf(w, head.toLowerCase(), 'noun', 4, 1);
  // (So, too, in the first reading, a sentence that holds neither the noun nor a word the vectors put near
  // it, "hire 200 workers" for "what salary", when the noun names no group: "which groups" are named.)
  // ("which anniversary of the twinning": the noun before "of"; "what gift did the mayor give":
  // a sentence that holds the question's own verb, "handed him a silver key", is no other thing.)
  const noun =
    (q.focus ?? '')
      .replace(/\s+of\s.*$/i, '')
      .split(/\s+/)
      .pop()
      ?.toLowerCase() ?? '';
  const nearHead = () => {
    const near = new Set(neighbours(noun, 0.55, 200).map((n) => n.word));
    return words(sentence!.text).some((w) => stem(w) === stem(noun) || isKindOf(w, noun, 'noun', 4, 1) || near.has(w.toLowerCase()));
  };
  // (The verb's own word, or a noun made from it: "gave a presentation on …" for "present".)
  // (In lower case: "Halden Mills" holds no verb "mills".)
  const ownVerb = () =>
    aboutVerbs.some((v) => !PLAIN_ASKED_VERB.test(v) && (sentence!.text.match(/(?<![\p{L}-])\p{Ll}[\p{L}-]*/gu) ?? []).some((w) => ownStem(w) === ownStem(v)));
  const firstReadingCheck = !nearWordsOn() && noun && hasSense(noun, 'noun') && !isKindOf(noun, 'group', 'noun', 8, 1);
  if (best.answered && head && sentence && !words(sentence.text).some(namesHead) && (nearWordsOn() || (firstReadingCheck && !ownVerb() && !nearHead())))
    return unsupported(ctx, asAsked(q.text), sentence);
  return best;
}

// Verbs that tell nothing of what is asked: "what salary will they get".
const PLAIN_ASKED_VERB = /^(?:get|gets|got|getting|have|has|had|be|is|are|was|were|do|does|did|make|makes|made|receive|receives|received)$/i;

/** A list of names the stories the question points to give after the noun asked ("three cities: A; B; and C"). */
function toldList(s: Scope, head: string): Answer | undefined {
  const stories = storiesPointedTo(s, 0.25, 2, 6);
  for (const sentence of stories.flatMap((a) => a.paragraphs.filter((p) => p.kind === 'story').flatMap((p) => p.sentences))) {
    const items = itemsAfter(sentence.text, stem(head));
    if (items && items.length >= 2 && items.every((x) => /^\p{Lu}/u.test(x))) return stated(listing(items), listing(items), [sentence]);
  }
  return undefined;
}

const FIELD_WORDS = /^(?:fields?|areas?|sectors?|domains?|industries|industry|topics?|subjects?|issues?)$/i;

// Words any question about a group's stops uses: they point to no story in particular.
const GROUP_QUESTION_WORD =
  /^(?:which|what|citi|citys|town|place|countri|stop|visit|go|goe|went|travel|tour|head|did|do|doe|delegation|deleg|group|team|parti|entourag|conting|they|trip|mission|still|have|over|there|in|to|the)$/;

/**
 * "which finnish cities did the delegation visit": the main person of the story the question's own
 * words point to (whoever led the group); none when the question names nothing beyond a group and
 * its stops ("which cities did the delegation stop in over there?"), which any story might be.
 */
function leaderOfGroupAsked(s: Scope): Person | undefined {
  const k = s.ctx.knowledge;
  const own = k.retriever.analyze(s.q.text).filter((t) => !GROUP_QUESTION_WORD.test(t.term) && !isStopWord(t.term));
  if (!own.length) return undefined;
  const story = k.retriever
    .candidateArticles(own)
    .find((a) => own.every((t) => k.retriever.articleHas(a, t.term) || t.forms.some((f) => k.retriever.articleHas(a, f))));
  return story ? k.subjectOf(story) : undefined;
}

/** Is the offset inside a quotation of the text? */
const insideQuote = (text: string, at: number) => quoteSpans(text).some((q) => at >= q.start && at < q.end);

/** A question as the user asked it, quoted, for a refusal that reads well: “did Breed see the pandas?”. */
const asAsked = (q: string) => `the answer to “${echo(q, 80)}?”`;

/** The bodies the people an answer names work for, by their roles ("general manager of Weiheng Intelligent"); undefined unless every one has one. */
function bodiesOf(s: Scope, a: Answer): Answer | undefined {
  const k = s.ctx.knowledge;
  const people = a.title.split(/,\s*|\s+and\s+/).map((n) => k.peopleByKey.get(fold(n))!);
  const bodies = people.map((p) =>
    p.roles
      .map((r) => /\b(?:of|at|for)\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019&-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}'\u2019&-]*)*)/u.exec(r.role)?.[1])
      .find(Boolean),
  );
  if (bodies.some((b) => !b)) return undefined;
  const listed = [...new Set(bodies as string[])];
  return stated(listing(listed), `${listing(listed)} (${listing(people.map((p) => `${p.name}, ${p.roles[0]!.role}`))})`, evidenceOf(a));
}

/** Does the answer name only people (no company or body), by the names it states first? */
function peopleOnly(s: Scope, a: Answer): boolean {
  const k = s.ctx.knowledge;
  return a.title.split(/,\s*|\s+and\s+/).every((n) => k.peopleByKey.has(fold(n)));
}

/** "… signed a charter that creates a shared ferry office …": the relative clause after the thing's noun. */
// Verbs that ask what a document provides: "what did the amendment require", "what does the deal include".
const TERMS_VERB =
  /^(?:require[sd]?|include[sd]?|contain(?:s|ed)?|cover(?:s|ed)?|involve[sd]?|entail(?:s|ed)?|provide[sd]?|say|says|said|call(?:s|ed)?\s+for|mean(?:s|t)?)$/i;
// What a document provides, after the words that open it: "under which …", "so that …", "requiring …".
const PROVIDES =
  /\b(?:under\s+which|so\s+that|requiring|calling\s+for|(?:which|that)\s+(?:will|would|requires?|calls?\s+for|sets?\s+up|commits?))\s+(.+?)\.?$/iu;

// What a document is on, right after its noun: "… memorandum of understanding on tidal gates and silt dredging".
// (Topics in lower case, never a day: "ratify the agreement on April 8".)
const ON_TOPICS =
  /^(?:\s+of\s+\p{Ll}+)?\s+(?:on|covering|concerning|regarding)\s+(?!(?:the\s+)?(?:day|week|morning|afternoon|evening|weekend|same)\b)(\p{Ll}(?:[^.;,\d]|,(?=\s+\p{Ll}))+?)(?=[.;]|,\s+(?:which|that|signed|with|in|at)\b|\s+(?:was|were|is|are|has|have|had|will)\b|$)/u;

const DOCUMENT_WORDS = ['deal', 'pact', 'agreement', 'accord', 'memorandum', 'contract', 'treaty'];
const DOCUMENT = new RegExp(`^(?:${DOCUMENT_WORDS.join('|')})s?$`, 'i');
const DOCUMENT_IN = new RegExp(`\\b(?:${DOCUMENT_WORDS.join('|')})s?\\b`, 'gi');

/** What a sentence that names the document asked about says it provides. */
function termsOfThing(s: Scope, phrase: string): Answer | undefined {
  // ("Selden's motion", "the orchard exchange agreement signed in Veloria": the noun, without its owner or what follows.)
  const head = phrase
    .replace(/^.*['\u2019]s\s+/, '')
    .replace(/^(?:the|a|an|this|that|their|its|his|her)\s+/i, '')
    .split(/\s+(?:with|of|between|for|in|at|on|from|to|signed|agreed|reached|made|by)\b/)[0]!
    .split(/\s+/)
    .pop()
    ?.toLowerCase();
  if (!head || !hasSense(head, 'noun') || ['person', 'organization', 'social_group'].some((k) => isKindOf(head, k))) return undefined;
  // (A deal is any of the papers signed: "the harbour deal" is told as "the harbour agreement".)
  const papers = DOCUMENT.test(head) ? DOCUMENT_WORDS : [];
  const forms = new Set([stem(head), ...derivedForms(head, 'noun').map(stem), ...papers.map(stem)]);
  // (And, for a deal, the sentences found without the word for it: "the harbour agreement" for "the harbour deal".)
  const found = [
    ...new Set([...supporting(s, phrase, 0.4).slice(0, 8), ...(papers.length ? supporting(s, phrase.replace(DOCUMENT_IN, ' '), 0.4).slice(0, 8) : [])]),
  ].map((sentence) => ({ sentence, at: wordsOf(sentence.text).find((w) => forms.has(stem(w.text))) }));
  // ("Under the harbour agreement, each port will open …": the sentence's own clause is what it provides,
  // before a sentence that names only what it is on.)
  for (const { sentence, at } of found) {
    const under = /^Under\s+[^,]{0,80},\s+(\p{L}.+?)\.?$/iu.exec(sentence.text);
    if (at && under && at.end < sentence.text.length - under[1]!.length) {
      const clause = `${under[1]!.charAt(0).toUpperCase()}${under[1]!.slice(1)}`;
      return stated(clause, `${clause}.`, [sentence]);
    }
  }
  for (const { sentence, at } of found) {
    // ("a memorandum of understanding on tidal gates, silt dredging and river data": what it is on.)
    const provides = at ? (PROVIDES.exec(sentence.text.slice(at.end)) ?? ON_TOPICS.exec(sentence.text.slice(at.end))) : null;
    if (provides) {
      const clause = `${provides[1]!.charAt(0).toUpperCase()}${provides[1]!.slice(1)}`;
      return stated(clause, `${clause}.`, [sentence]);
    }
  }
  return undefined;
}

function whatItDoes(s: Scope, thing: string): Answer | undefined {
  const head = headNoun(thing);
  if (!head) return undefined;
  const does = new RegExp(`\\b${head}s?\\b[^.;"“”]{0,60}?\\s+(?:that|which)\\s+(\\p{Ll}+s\\b[^;"“”]*?)[.;]?$`, 'iu');
  for (const sentence of supporting(s, thing, 0.5).slice(0, 5)) {
    const clause = does.exec(sentence.text)?.[1];
    if (clause) return stated(clause, `It ${clause}.`, [sentence]);
  }
  return undefined;
}

/**
 * "a letter of intent to chart a ferry route", "a memorandum of understanding on dairy
 * exports": what the thing is for, as the phrase after its noun tells it.
 */
function purposeOf(s: Scope, thing: string): Answer | undefined {
  // (Its noun: the last lower-case word before an "of" tail, "letter" of "the Arden–Kessa letter of intent".)
  const head = /(\p{Ll}[\p{L}-]*)(?:\s+of\s+\p{Ll}+)?$/u.exec(thing.trim())?.[1];
  if (!head || isStopWord(head)) return undefined;
  const told = new RegExp(`\\b${escapeRegExp(head)}s?\\b(?:\\s+of\\s+\\p{Ll}+)?\\s+((?:to\\s+\\p{Ll}+|on|for|that\\s+\\p{Ll}+s)\\b[^;"“”]*?)[.;]?$`, 'iu');
  for (const sentence of supporting(s, thing, 0.5).slice(0, 5)) {
    const what = told.exec(sentence.text)?.[1];
    if (!what) continue;
    const reads = /^on\s/i.test(what) ? `It covers ${what.slice(3)}` : /^that\s/i.test(what) ? `It ${what.slice(5)}` : `It is ${what}`;
    return stated(what, `${reads}.\n${sentence.text}`, [sentence]);
  }
  return undefined;
}

/** The noun a phrase is about: "charter" of "the charter agreed in Orlen". */
const headNoun = (phrase: string) =>
  /^(?:the|a|an|this|that|their|its|his|her)\s+((?:\p{Ll}[\p{L}-]*\s+)*?\p{Ll}[\p{L}-]*)(?:\s+(?:with|of|between|for|in|at|on|from|to|signed|agreed|reached|made)\b.*)?$/u
    .exec(phrase.trim())?.[1]
    ?.split(/\s+/)
    .pop();

/** "the renewed twin-town charter with Orvel": a noun phrase whose head is no kind of person or group of people. */
function isThing(phrase: string): boolean {
  const head = headNoun(phrase);
  return !!head && hasSense(head, 'noun') && !['person', 'organization', 'social_group'].some((k) => isKindOf(head, k));
}

/** Does the answer name someone or something, rather than offer a sentence ("From the articles")? */
const names = (a: Answer) => a.answered && a.title !== 'From the articles';

/**
 * The one person holding the office asked for ("council member") whom the sentence nearest the
 * question names, or calls "he" or "she" after the sentence before named them: a sentence that holds
 * two fifths of the question's weight, and no other holder of the office in it.
 */
function onlyHolderNear(s: Scope, focus: string): Answer | undefined {
  const k = s.ctx.knowledge;
  const office = words(focus)
    .filter((w) => !isStopWord(w))
    .map(stem);
  if (!office.length || !isTitle(focus)) return undefined;
  const holds = (p: Person) => p.roles.some((r) => words(r.role).some((w) => office.includes(stem(w)) || office.some((o) => stem(w).startsWith(o))));
  const best = supportingRanked(s, retrievalText(s), 0.4)[0]?.item;
  if (!best) return undefined;
  const sentences = best.paragraph.sentences;
  const before = sentences[sentences.indexOf(best) - 1] ?? best.paragraph.article.paragraphs[best.paragraph.order - 1]?.sentences.at(-1);
  const named = (k.mentions.get(best) ?? []).map((m) => m.person);
  const pronoun = /^(?:He|She)\b/.test(best.text) && before ? (k.mentions.get(before) ?? []).map((m) => m.person).slice(-1) : [];
  const holders = [...new Set([...named, ...pronoun])].filter(holds);
  if (holders.length !== 1) return undefined;
  const who = holders[0]!;
  return stated(who.name, `${who.name}: ${best.text}`, before && pronoun.includes(who) ? [before, best] : [best]);
}

/**
 * When the focus names a role ("vice president"), the people who did it must hold that role: an
 * answer naming none of the role's holders is replaced by a holder a sentence shows doing it, and
 * is kept only when the role is held by no one.
 */
function holderWhoDid(s: Scope, focus: string, verb: string, did: Answer): Answer | undefined {
  const role = isTitle(focus.split(/\s+/).slice(-2).join(' ')) || isTitle(focus.split(/\s+/).pop() ?? '') ? parseRoleQuery(focus) : undefined;
  if (!role) return undefined;
  // (Not the one who did the meeting: "which mayor did Breed meet" is never Breed.)
  const holders = peopleInRole(s.ctx.knowledge, role).filter((h) => !s.named.includes(h.person) && h.person !== s.referent);
  if (!holders.length || holders.some((h) => did.title.includes(h.person.name))) return undefined;
  for (const h of holders) {
    const sentence = supporting({ ...s, named: [...s.named, h.person] }, `${h.person.name} ${verb} ${s.q.about ?? ''}`, 0.3).find((x) =>
      findVerb(x.text, verb),
    );
    if (sentence) return stated(h.person.name, `${h.person.name}, ${h.role.role}`, [sentence]);
  }
  return unsupported(s.ctx, `which ${echo(focus, 40)} ${echo(s.q.about ?? '', 60)}`, holders[0]!.role.sentence);
}

/** The last word of a clause that can be a verb: "Breed celebrate" → "celebrate" ("the students from" has none). */
function lastVerbOf(clause: string): string | undefined {
  return verbsOf(clause).pop();
}

/** The lower-case words of a clause that WordNet knows as verbs ("deal" too: the caller tries each). */
function verbsOf(clause: string): string[] {
  // (Nor a preposition WordNet also lists as a verb: "its buyers near Arden".)
  return clause
    .split(/\s+/)
    .filter(
      (w) =>
        /^\p{Ll}/u.test(w) &&
        !/^(?:in|at|on|from|to|with|for|of|the|a|an|near|round|around|up|down|out|off|over|like|past|back|inside|outside)$/.test(w) &&
        hasSense(w, 'verb'),
    );
}

/** "… cooperate with Shenzhen in artificial intelligence, new-energy vehicles and sports": the list after the preposition, past the question's own words. */
function listAfterPreposition(text: string, preposition: string, question: string): string[] | undefined {
  const asked = new Set(words(question).map(stem));
  const re = new RegExp(
    `\\b${preposition}\\s+(?:the\\s+)?(?:(?:fields?|areas?|sectors?|domains?)\\s+(?:of|such as|including)\\s+)?([^.;]+?(?:,[^.;]+?)*\\s+and\\s+[^,.;]+)`,
    'gi',
  );
  for (const m of text.matchAll(re)) {
    // The preposition must follow the question's own words ("learning ... with Shanghai in ...").
    const before = words(text.slice(Math.max(0, m.index - 40), m.index)).slice(-5);
    // (Or the preposition is the question's own verb: "… were signed, covering A, B and C" for "what did they cover".)
    const lead = /^\S+/.exec(m[0])![0];
    const own = !isStopWord(lead.toLowerCase()) && asked.has(stem(lead));
    if (!own && !before.some((w) => asked.has(stem(w)))) continue;
    // (A clause's verb ends the list: "on harbour dredging was signed by A and B" lists no fields.)
    if (/\s(?:was|were|is|are|has|have|had|will)\s/.test(m[1]!)) continue;
    const items = splitList(m[1]!.replace(/\s+while\s.*$/, ''));
    if (items.length >= 2 && !items.every((i) => words(i).every((w) => asked.has(stem(w))))) return items;
  }
  return undefined;
}

function description(asked: Scope): Answer {
  // "what do the two ports agree to share": what they share, under whatever verb of agreeing.
  const infinitive = asked.q.verb && AGREEING.test(asked.q.verb) ? /^to\s+(\p{Ll}+)\b\s*(.*)$/u.exec(asked.q.about ?? '') : null;
  const s = infinitive && hasSense(infinitive[1]!, 'verb') ? { ...asked, q: { ...asked.q, verb: infinitive[1], about: infinitive[2] } } : asked;
  const { q, ctx } = s;
  const k = ctx.knowledge;
  // "what is X", "what does X do": a person's role, an abbreviation, or what the articles say X is.
  // "what is Weiheng planning to do in the US": what the articles say it plans, will or intends to do.
  if (
    q.subject &&
    (/\b(?:planning|going|set|expected|scheduled|supposed|intending|hoping|aiming|agree|agreed|agreeing|committed|commit|pledged|promised|vowed)\s+to\s+do\b/i.test(
      q.text,
    ) ||
      /^(?:planning|plotting)$/i.test(q.verb ?? ''))
  ) {
    const plan = planOf(s, q.subject);
    if (plan) return plan;
  }
  // "what's in the exchange agreement", "what did Selden's motion require": what the sentence that
  // tells of it says it does ("… an agreement under which 12 apprentices a year will …").
  const thingAsked = /^in\s+(.+)$/i.exec(q.about ?? '')?.[1] ?? (q.verb && TERMS_VERB.test(q.verb) ? q.subject : undefined);
  const provisions = thingAsked ? termsOfThing(s, thingAsked) : undefined;
  if (provisions) return provisions;
  // "what is the letter of intent for": what the sentence that tells of it says it is to do.
  const forWhat = !q.verb ? /^(.+?)\s+(?:actually\s+|really\s+|exactly\s+)?for$/i.exec(q.about ?? '')?.[1] : undefined;
  const purpose = forWhat ? purposeOf(s, forWhat) : undefined;
  if (purpose) return purpose;
  if ((!q.verb || /^(?:do|does|did)$/i.test(q.verb)) && (q.about || q.subject)) {
    // "what does the memorandum signed in Orlen do": what the sentence says it does ("… a memorandum that sets up …").
    const does = q.verb && q.subject && isThing(q.subject) ? whatItDoes(s, q.subject) : undefined;
    if (does) return does;
    const thing = (q.verb ? q.subject! : q.about!).replace(/^(?:the|a|an)\s+/i, '');
    const person = resolvePerson(k, thing);
    if (person.kind === 'one' && words(thing).some((w) => fold(person.person.name).includes(w))) return roleAnswer({ ...s, named: [person.person] });
    if (k.abbreviations.has(fold(thing)) || (/^\p{Lu}{2,6}$/u.test(thing) && k.initials.has(fold(thing))))
      return expansion({ ...s, q: { ...q, about: thing } });
    // ("Arden's sister city in Norway": the other place its sentence pairs with the owner.)
    const related = relatedPlace(s, thing);
    if (related) return related;
    return whatIs(s, thing);
  }
  // (A caption shows the thing; the story tells what it is about.)
  const nearest = supporting(s, retrievalText(s), 0.4)
    .slice(0, 8)
    .sort((a, b) => (q.verb === 'about' ? Number(a.paragraph.kind === 'caption') - Number(b.paragraph.kind === 'caption') : 0));
  // (What a named maker makes is told where it is named, whatever else the question says of it:
  // "the Brask factory in Elmhurst" is found by "Brask".)
  const maker = q.verb && isMakingVerb(q.verb) && q.subject ? (ownPart(q.subject).match(/\b\p{Lu}[\p{L}'\u2019-]*/gu) ?? []).join(' ') : '';
  const byName = maker ? supporting(s, maker, 0.5).slice(0, 12) : [];
  // (And the sentence after each that goes on about it: "… signed a pact. It binds both towns to swap …".)
  const candidates = q.verb && q.subject ? withSequel([...new Set([...nearest, ...byName])], q.subject) : nearest;
  // "what does Norvik Tiles make": "Norvik Tiles, a Swedish maker of recycled-glass floor tiles" says
  // what it is, before any "makes" of another subject ("the part that makes it real").
  const agentNamed = q.verb && q.subject ? candidates.find((x) => fold(x.text).includes(fold(q.subject!)) && agentObject(x.text, q.verb!)) : undefined;
  if (agentNamed) {
    const made = agentObject(agentNamed.text, q.verb!)!;
    return stated(made, made, [agentNamed]);
  }
  for (const sentence of candidates) {
    if (q.verb === 'about') {
      const at = thingAt(sentence.text, q.about ?? '');
      const matter = at >= 0 ? subjectMatterAfter(sentence.text, at) : undefined;
      if (matter) return stated(matter, matter, [sentence]);
      continue;
    }
    const found = q.verb ? (findVerb(sentence.text, q.verb) ?? makingOf(sentence, q.subject, q.verb)) : undefined;
    // (Not a verb of someone's words: "… said the lease was "the part that makes it real."")
    // (Nor one in the passive: "are covered by the partnership" names who covers, not what.)
    const passive =
      found && (/^\s+by\b/.test(sentence.text.slice(found.end)) || /\b(?:is|are|was|were|be|been|being)\s+$/.test(sentence.text.slice(0, found.start)));
    const verb = found && !passive && !insideQuote(sentence.text, found.start) ? found : undefined;
    // "what is the council voting on": what follows that preposition after the verb, in its sentence.
    // ("what does the memorandum commit the port to": what follows "to" after the verb's object.)
    const preposition = /^(on|about|for|into)\b/i.exec(q.about ?? '')?.[1] ?? /\s(to|into)$/i.exec(q.about ?? '')?.[1];
    const after = verb && preposition ? new RegExp(`\\s${preposition}\\s+(?=\\S)`, 'i').exec(sentence.text.slice(verb.end)) : undefined;
    // ("agreed to put Tolby on its autumn coach route as a night stop": what they agreed to do, the whole clause.)
    const toDo = verb && !after ? /^\s+to\s+(\p{Ll}+\s[^,.;:]+)/u.exec(sentence.text.slice(verb.end))?.[1] : undefined;
    const object = toDo
      ? toDo
      : after
        ? phraseAfter(sentence.text, verb!.end + after.index + after[0].length, 24)
        : verb
          ? phraseAfter(sentence.text, verb.end + (/^\s+(?:up|out|off|down)\b/.exec(sentence.text.slice(verb.end))?.[0].length ?? 0))
          : q.verb
            ? agentObject(sentence.text, q.verb)
            : undefined;
    // (What is made is no count: "create 75 jobs" does not say what a plant makes.)
    // (Nor is what the one asked about did the one asked: "an order from Kessa Mills" is no answer to "what did Kessa Mills order".)
    const itself = !!object && !!q.subject && fold(object).includes(fold(q.subject.replace(/^(?:the|a|an)\s+/i, '')));
    if (object && !itself && !(q.verb && isMakingVerb(q.verb) && /^\d/.test(object))) {
      // ("what did the SF chamber sign": with whom, when the sentence's doers are the one asked and others.)
      const doers = verb && q.subject ? agentsOf(sentence.text, verb) : [];
      const asked = doers.find((d) => fold(d).includes(fold(q.subject!)) || fold(q.subject!).includes(fold(d)));
      const others = asked ? doers.filter((d) => d !== asked) : [];
      const withWhom = others.length ? `${object}, with ${listing(others.map((d) => d.replace(/^(?:the\s+)?/i, 'the ')))}` : object;
      return stated(object, `${withWhom}\n${sentence.text}`, [sentence]);
    }
  }
  return bestSentence(s);
}

/**
 * Each sentence followed by the next one of its paragraph when that one goes on about the thing by its
 * noun or a pronoun ("… visited the Brask plant. The plant … welds …").
 */
const COMPANY_NOUNS = 'company|firm|plant|factory|facility|maker|manufacturer';
const COMPANY_NOUN = new RegExp(`^(?:${COMPANY_NOUNS})$`, 'i');

function withSequel(sentences: Sentence[], subject: string): Sentence[] {
  const head = phraseHead(subject);
  // (A company named goes on as "the company", "the plant".)
  const nouns = /\b\p{Lu}/u.test(subject) ? `${escapeRegExp(head!)}|${COMPANY_NOUNS}` : escapeRegExp(head ?? '-');
  const opensOnIt = new RegExp(`^(?:It|(?:The|This|That)\\s+(?:\\S+\\s+)?(?:${nouns})s?)\\b`, 'iu');
  const goesOn = (x: Sentence) => opensOnIt.test(x.text);
  return [
    ...new Set(
      sentences.flatMap((x) => {
        const next = x.paragraph.sentences[x.paragraph.sentences.indexOf(x) + 1];
        return next && goesOn(next) ? [x, next] : [x];
      }),
    ),
  ];
}

/**
 * "The plant, running since 2011, welds …" for "what does the Brask plant make": a kind of making done
 * by a subject whose noun is the question's ("plant"), named there or just before.
 */
function makingOf(sentence: Sentence, subject: string | undefined, verb: string) {
  const head = subject ? phraseHead(subject) : undefined;
  const made = head ? findMakingVerb(sentence.text, verb) : undefined;
  if (!made) return undefined;
  const doer = words(sentence.text.slice(0, made.start));
  // The thing by its noun, by the name the question gives it ("Brask"), or a plant by any word for one.
  const names = (ownPart(subject!).match(/\b\p{Lu}[\p{L}'\u2019-]*/gu) ?? []).map((w) => stem(w));
  const company = /\b\p{Lu}/u.test(subject ?? '') && /^(?:the|this|that)$/i.test(doer[0] ?? '') && COMPANY_NOUN.test(doer[1] ?? '');
  const plant = COMPANY_NOUN.test(head!) && doer.some((w) => COMPANY_NOUN.test(w));
  return company || plant || doer.some((w) => stem(w) === stem(head!) || names.includes(stem(w))) ? made : undefined;
}

/** "the Brask factory in Elmhurst": "factory", the last word before what places it. */
/** "the Brask factory" of "the Brask factory in Elmhurst": the phrase before what places it. */
const ownPart = (phrase: string) => phrase.split(/\s+(?:in|at|of|for|on|near|from|with)\s+/i)[0]!;

function phraseHead(phrase: string): string | undefined {
  return words(ownPart(phrase))
    .filter((w) => !isStopWord(w))
    .at(-1);
}

/**
 * "The business delegation includes:" and the list that follows it, an item a line: the list's lines,
 * when the lead-in holds the question's words (or its story does, and the lead-in some of them).
 */
function listLedIn(s: Scope): Answer | undefined {
  const r = s.ctx.knowledge.retriever;
  const asking = retrievalText(s).replace(/\b(?:which|what)\b/gi, ' ');
  const articles = [
    ...new Set(
      supportingInContext(s, asking, 0.4, 0.15)
        .slice(0, 8)
        .map((x) => x.item.paragraph.article),
    ),
  ].slice(0, 3);
  const lists = new Map<Sentence, Sentence[]>();
  for (const article of articles) {
    const story = article.paragraphs.filter((p) => p.kind === 'story');
    story.forEach((p, i) => {
      const lead = p.sentences.at(-1);
      if (!lead || !/:\s*$/.test(lead.text)) return;
      const items: Sentence[] = [];
      for (const next of story.slice(i + 1)) {
        // An item is a short line, not a sentence of the story going on.
        if (next.text.length > 80 || /[.!?]["”]?$/.test(next.text) || next.sentences.length !== 1) break;
        items.push(next.sentences[0]!);
      }
      if (items.length >= 2) lists.set(lead, items);
    });
  }
  // The lead-in must hold some of the question's words itself ("The business delegation includes:").
  const best = r.rank(r.analyze(asking), [...lists.keys()], (x) => r.termsOfSentence(x))[0];
  if (!best || best.coverage < 0.1) return undefined;
  const items = lists.get(best.item)!;
  const names = items.map((x) => x.text.replace(/^(?:and|plus)\s+/i, ''));
  // Places asked for ("which cities"): a list of anything else ("Office of the Governor: 2") is no answer.
  const head = (s.q.focus ?? '').split(/\s+/).pop()?.toLowerCase() ?? '';
  const placesAsked = !FIELD_WORDS.test(head) && ['city', 'country', 'location'].some((kind) => isKindOf(head, kind, 'noun', 8, 1));
  // (Most of its lines must name one: "Arden Vale, Kessa County Bank" among people is no list of stops.)
  if (placesAsked && names.filter((n) => placesIn(n, s.ctx.knowledge.places).length).length * 2 <= names.length) return undefined;
  return stated(listing(names), listing(names), [best.item, ...items]);
}

/**
 * Where a sentence names the thing asked about: the whole phrase, or its head noun in a sentence
 * that holds the rest ("the Valparaíso memorandum" in "… Valparaíso, where … signed a memorandum …").
 */
function thingAt(text: string, thing: string): number {
  const asked = fold(thing)
    .replace(/^the\s+/, '')
    .replace(/\b(?:actually|really|exactly|basically|even|all)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const folded = fold(text);
  const whole = folded.indexOf(asked);
  if (whole >= 0 || !asked) return whole;
  const ws = asked.split(' ');
  const head = new RegExp(`\\b${escapeRegExp(ws.pop()!)}\\b`).exec(folded);
  return head && ws.every((w) => folded.includes(w)) ? head.index : -1;
}

/** What someone or something plans to do: "… said the enterprise plans to set up a regional headquarters …". */
function planOf(s: Scope, subject: string): Answer | undefined {
  const r = s.ctx.knowledge.retriever;
  const names = entityTerms(r, `x ${subject}`);
  const own = subject.replace(/\s+\p{Ll}+\s+to$/u, '');
  const asking = `${own} ${s.q.about ?? ''}`;
  const found = supporting(s, asking, 0.3).slice(0, 8);
  // (Or a later sentence of the paragraph, about the subject asked: "The accord was signed in Tarvik … The two
  // harbors agreed to …".)
  const head = words(own)
    .filter((w) => !isStopWord(w))
    .pop();
  const later = head
    ? found.flatMap((x) => x.paragraph.sentences.slice(x.paragraph.sentences.indexOf(x) + 1).filter((y) => r.termsOfSentence(y).has(stem(head))))
    : [];
  for (const sentence of new Set([...found, ...later])) {
    if (names.length && !names.every((forms) => forms.some((f) => r.termsOfSentence(sentence).has(f)))) continue;
    const m =
      /\b(?:plans?|planning|intends?|intending|aims?|is\s+set|are\s+set|will|would|is\s+expected|are\s+expected|hopes?|agreed|agree|agrees|committed|commits?|pledged|pledges?|promised|promises?|vowed|vows?)\s+to\s+([^.;]+)|\bwill\s+(\p{Ll}[^.;]+)/u.exec(
        sentence.text,
      );
    if (m) return stated(`to ${(m[1] ?? m[2])!.trim()}`, `To ${(m[1] ?? m[2])!.trim()}`, [sentence]);
  }
  return undefined;
}

// A source a question names after it: "…, per the Joyu CEO", "… according to the port director".
const PER_SOURCE = /[,\s]+(?:per|according\s+to)\s+(?:the\s+)?([^,?]+?)\??$/i;

/** A question asked of one person's account: their words on the rest of it. */
function perSource(s: Scope): Answer | undefined {
  // (Only where no other kind of answer is asked for: "how much did it cost, per the mayor's office" is a sum.)
  const m = s.q.type === 'sentence' || s.q.type === 'description' ? PER_SOURCE.exec(s.q.text) : null;
  if (!m || /^(?:articles?|stories|story|sources?|reports?|coverage|column|piece|paper)$/i.test(m[1]!)) return undefined;
  const k = s.ctx.knowledge;
  const named = resolvePerson(k, m[1]!);
  const role = named.kind === 'one' ? undefined : parseRoleQuery(m[1]!);
  const holders = role ? [...new Set(peopleInRole(k, role).map((h) => h.person))] : [];
  const who = named.kind === 'one' ? named.person : holders.length === 1 ? holders[0] : undefined;
  if (!who) return undefined;
  const words = quotesOf(s.ctx, who, s.q.text.slice(0, m.index));
  return words.answered ? words : undefined;
}

// "what happened to the plant", "whatever became of the ferry plan", "what came of the deal".
const OUTCOME_ASKED = /^(?:what(?:ever)?\s+(?:happened|became)\s+(?:to|of|with)|what\s+came\s+of)\s+(.+?)\??$/i;
// A sentence that goes on about what the one before named: "The port let the plan lapse", "It moved to Ohio instead".
const GOES_ON_ABOUT = /^(?:The\s+\p{Ll}+|It|They|That\s+\p{Ll}+)\b/u;

// Asking what is not settled yet, and the words that tell it.
const OPEN_ASKED =
  /\b(?:(?:still|yet)\s+(?:undecided|unsettled|unresolved|pending|open|up\s+in\s+the\s+air)|(?:undecided|unsettled|unresolved|pending|up\s+in\s+the\s+air)\b|(?:(?:has|have|is|are)(?:\s+still)?\s+not|(?:has|have|is|are)n['\u2019]t)\s+(?:yet\s+)?(?:been\s+)?(?:settled|decided|resolved|finali[sz]ed|agreed))/i;
const TOLD_OPEN =
  /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:undecided|unsettled|unresolved|pending|unclear|an\s+open\s+question|up\s+in\s+the\s+air)\b|\b(?:has|have)\s+(?:yet\s+to\s+be|not\s+(?:yet\s+)?been)\s+(?:decided|settled|resolved|scheduled)\b|\b(?:question|issue)\s+(?:\S+\s+){0,3}(?:did\s+not|didn['\u2019]t|has\s+not|hasn['\u2019]t)\s+(?:answer|settle|resolve)/i;
// ("the route isn't settled", "It's not final which pier it uses", "the board is still weighing between …")
const TOLD_NOT_YET =
  /(?:\b(?:is|are|was|were)(?:\s+still)?\s+not|\b(?:is|are|was|were)n['\u2019]t|['\u2019]s\s+not)\s+(?:yet\s+)?(?:settled|decided|resolved|final(?:i[sz]ed)?)\b|\bstill\s+(?:choosing|deciding|weighing|picking)\s+between\b|\b(?:has|have)\s+yet\s+to\s+(?:decide|choose|pick|settle)\b/i;
// A section heading on what is left open: "Still unsettled", "What's still pending".
const OPEN_HEADING =
  /^(?:[*_#\s]*)(?:what['\u2019]?s\s+)?(?:still\s+)?(?:undecided|unsettled|unresolved|pending|open|up\s+in\s+the\s+air|unanswered)(?:\s+questions?)?[*_\s]*$/i;

/**
 * What is still undecided about a thing: the story's sentence that says so, with the one before it
 * when it opens on what that one named ("Whether the board will grant it … is still undecided").
 */
function stillOpen(s: Scope): Answer | undefined {
  if (!OPEN_ASKED.test(s.q.text)) return undefined;
  const asked = s.q.text.replace(OPEN_ASKED, ' ').replace(/\b(?:what|which|part|parts|of|is|are|still|yet|about|the)\b/gi, ' ');
  // ("… about the qeltrix terminal": a word that is neither English nor the articles' names something they do not tell of.)
  const r = s.ctx.knowledge.retriever;
  if (words(asked).some((w) => !isStopWord(w) && !r.knows(stem(w)) && !isEnglish(w))) return undefined;
  const stories = new Set(supporting(s, asked, 0.3).map((x) => x.paragraph.article));
  for (const article of stories) {
    // (A FAQ's heading, "What is yet to be agreed?", asks; the paragraph under it says.)
    for (const x of article.paragraphs.filter((p) => p.kind === 'story' && !isFaqQuestion(p)).flatMap((p) => p.sentences)) {
      const heading = article.paragraphs[x.paragraph.order - 1];
      const headed =
        x === x.paragraph.sentences[0] &&
        heading !== undefined &&
        (OPEN_HEADING.test(heading.text.trim()) || (isFaqQuestion(heading) && (TOLD_OPEN.test(heading.text) || OPEN_ASKED.test(heading.text))));
      if (!TOLD_OPEN.test(x.text) && !TOLD_NOT_YET.test(x.text) && !headed) continue;
      const sentences = x.paragraph.sentences;
      const before = sentences[sentences.indexOf(x) - 1];
      const leans = before && /^(?:Whether|How|When|What|Which|It|That|This)\b/.test(x.text) && /\b(?:it|that|this|them)\b/i.test(x.text);
      // ("The route isn't final. It runs by the coast or over the pass.": a short one says what in the next sentence.)
      const after = sentences[sentences.indexOf(x) + 1] ?? x.paragraph.article.paragraphs[x.paragraph.order + 1]?.sentences[0];
      const points = !leans && after && words(x.text).length <= 10 && !TOLD_OPEN.test(after.text);
      const told = leans ? [before!, x] : points ? [x, after] : [x];
      return stated(told.map((y) => y.text).join(' '), told.map((y) => y.text).join(' '), told);
    }
  }
  return undefined;
}

/** What came of a thing: the sentence after the one that names it, where that one goes on about it. */
function outcomeOf(s: Scope): Answer | undefined {
  const thing = OUTCOME_ASKED.exec(s.q.text)?.[1];
  if (!thing) return undefined;
  const found = supporting(s, thing, 0.5).slice(0, 5);
  for (const named of found) {
    const sentences = named.paragraph.sentences;
    const next = sentences[sentences.indexOf(named) + 1];
    if (next && GOES_ON_ABOUT.test(next.text)) return stated(next.text, `${next.text}\n${named.text}`, [next, named]);
  }
  return undefined;
}

// A term brought in with what it is: 'a "2+1" track in which …', 'the so-called "green lane", under which …'.
const TERM_INTRODUCED =
  /["”]\s+(?:[\p{L}-]+\s+){0,3}?(?:in\s+which|under\s+which|by\s+which|through\s+which|that|which|where|for|to)\b|\bso-called\b|\bknown\s+as\b|\bdubbed\b/iu;

/** "What is Brightcell?": the appositive the articles give ("Brightcell Energy, a company that makes ..."). */
function whatIs(s: Scope, thing: string): Answer {
  const key = fold(thing).replace(/^(?:the|a|an)\s+/, '');
  for (const sentence of supporting(s, thing, 0.6).slice(0, 10)) {
    const at = fold(sentence.text).indexOf(key);
    if (at < 0) continue;
    const m = /^[^,]{0,40},\s+((?:a|an|the)\s+[^,;.]+)/.exec(sentence.text.slice(at));
    if (m) return stated(thing, `${sentence.text.slice(at, at + m[0].indexOf(','))} is ${m[1]}`, [sentence]);
  }
  // ("what is the 2+1 part": the sentence that brings in the term the question quotes, 'a "2+1" track in which …'.)
  const asked = fold(s.q.text);
  for (const sentence of supporting(s, thing, 0.4).slice(0, 5)) {
    const term = [...sentence.text.matchAll(/["“]([^"“”]{1,40})["”]/g)].map((m) => m[1]!).find((t) => asked.includes(fold(t)) && /\p{L}|\d/u.test(t));
    if (term && TERM_INTRODUCED.test(sentence.text)) return stated(term, sentence.text, [sentence]);
  }
  return unsupported(s.ctx, asAsked(s.q.text), supporting(s, thing, 0.6)[0]);
}

function yesNo(s: Scope): Answer {
  const { q, ctx } = s;
  const verbWord = (q.about ?? '').split(/\s+/).find((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !/^(?:the|a|an|in|on|at|to|with|of|for)$/.test(w));
  for (const sentence of supporting(s, retrievalText(s), 0.8).slice(0, 5)) {
    if (verbWord && !findVerb(sentence.text, verbWord)) continue;
    return stated('Yes', `Yes: ${sentence.text}`, [sentence]);
  }
  // The question itself, quoted: "that Breed see the pandas" read badly.
  return unsupported(ctx, asAsked(q.text), supporting(s, retrievalText(s), 0.5)[0]);
}
