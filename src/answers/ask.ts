import { usage } from './answer.ts';
import { demonymBases, echo, fold, isStopWord, stem, words } from '../text.ts';
import type { Answer } from './types.ts';
import type { Sentence } from '../corpus/types.ts';
import { hasSense, isKindOf, synonyms } from '../knowledge/wordnet.ts';
import { isTitle, parseRoleQuery, peopleInRole } from '../knowledge/roles.ts';
import { corroborated, disagreement, evidenceOf, listing, sameFact, stated, unsupported } from './compose.ts';
import { explained } from './explain.ts';
import { suggestionsFor, type AnswerContext } from './context.ts';
import { ASKS_DAY, datedAnswer } from './events.ts';
import { formatDate } from '../knowledge/events.ts';
import { agentObject, countOf, durationIn, entitiesEndingIn, findVerb, itemsAfter, moneyIn, phraseAfter, purposeIn, shareIn, splitList, subjectMatterAfter, wordsOf } from './extract.ts';
import { aboutAll, peopleNamedIn } from './named.ts';
import { analyzeQuestion, plainQuestion } from './question.ts';
import { normalizeQuestion } from './normalize.ts';
import { intervalAnswer, intervalParts } from './interval.ts';
import { bestSentence } from './sentence.ts';
import { personAnswer, roleAnswer } from './people-answers.ts';
import { entityTerms, fromThread, holdsEntities, namedInThread, referentOf, retrievalText, supporting, type Scope } from './scope.ts';
import type { QueryTerm, Retriever } from '../search/retriever.ts';
import type { Person } from '../knowledge/people.ts';
import { quotedAnswer, speakerAnswer } from './quote.ts';
import { placeAnswer, visitedPlaces } from './places-answers.ts';
import { resolvePerson } from './resolve-person.ts';

// Free questions: the question is analysed for what it asks (its answer type and constraints), and
// a strategy per type finds the sentence that supports the answer and the span that states it. When
// no sentence supports every constraint, the bot says so and offers the nearest fact it has.

export function ask(ctx: AnswerContext, args: string): Answer {
  const text = followUp(ctx, plainQuestion(normalizeQuestion(args, ctx.knowledge.retriever, ctx.knowledge.initials, ctx.knowledge)));
  if (!text) return usage('Ask me a question, for example: who, what, when, where, which, how many.', suggestionsFor(ctx.knowledge));
  const q = analyzeQuestion(text);
  const unknown = unknownNames(ctx, q.type === 'speaker' ? text.replace(q.topic ?? '', '') : text);
  if (unknown.length) return unsupported(ctx, `anything about ${unknown.map((u) => echo(u, 40)).join(', ')}: the articles never mention ${unknown.length > 1 ? 'them' : 'it'}`);
  const absent = absentOffice(ctx, text);
  if (absent && q.type !== 'person') return unsupported(ctx, `anything about the ${echo(absent, 60)}: they name no one in that office`);
  const scope: Scope = { ctx, q, named: peopleNamedIn(ctx.knowledge, q.type === 'speaker' ? text.replace(q.topic ?? '', '') : text) };
  if (q.pronoun && q.type !== 'speaker') {
    // The one person the previous answer named ("who is the mayor of Shanghai?" → Gong Zheng, then
    // "what did he say?") comes first; then someone named earlier in the thread; the main person of
    // the articles is only a preference. Two people named there: asked back, not guessed.
    const answered = personAnswered(ctx);
    const earlier = namedInThread(ctx);
    if (!answered && earlier.length > 1 && !scope.named.length && /^(?:he|she|him|his|her)$/i.test(q.pronoun)) {
      return usage(`Do you mean ${listing(earlier.map((p) => p.name)).replace(/ and ([^,]+)$/, ' or $1')}? Ask again with the name.`, earlier.map((p) => `/who ${p.name}`));
    }
    const said = answered ?? fromThread(ctx);
    if (said && !scope.named.includes(said) && (!scope.named.length || said.name !== scope.named[0]?.name)) scope.named = [...scope.named, said];
    if (!said && !scope.named.length) scope.referent = referentOf(ctx, q);
    else scope.referent = said;
  }
  return explained(scope, corroborated(ctx, byType(scope)));
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

function byType(s: Scope): Answer {
  const { ctx, q } = s;
  switch (q.type) {
    case 'speaker':
      return speakerAnswer(ctx, q.topic ?? q.text, q.verb);
    case 'words':
      return quotedAnswer(s);
    case 'expansion':
      return expansion(s);
    case 'number':
      return number(s);
    case 'duration':
      return duration(s);
    case 'date':
      // "When does the council take it up?": a present tense may ask about either.
      return datedAnswer(ctx, retrievalText(s), { future: q.future || (/^\S+(?:\s+\S+)?\s+(?:does|do|is|are)\b/i.test(q.text) ? undefined : false), named: s.named, referent: s.referent, asksDay: ASKS_DAY.test(q.text) });
    case 'reason':
      return reason(s);
    case 'place':
      return q.order ? visitedPlaces(s) : placeAnswer(s);
    case 'organisation':
    case 'role':
      return roleAnswer(s);
    case 'person':
      return personAnswer(s);
    case 'list':
      return list(s);
    case 'description':
      return description(s);
    case 'yesno':
      return yesNo(s);
    default:
      return bestSentence(s);
  }
}

/**
 * An office the question speaks of ("the mayor of Beijing", "Kobe's mayor") that no one in the
 * articles holds: what that person said or did cannot be in them.
 */
function absentOffice(ctx: AnswerContext, text: string): string | undefined {
  const m = /\bthe\s+([\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}][\p{L}-]*)?)\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)/u.exec(text) ?? /\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)['\u2019]s\s+([\p{Ll}][\p{L}-]*(?:\s+(?:president|minister|mayor|governor|director|officer|secretary))?)\b/u.exec(text);
  if (!m) return undefined;
  const phrase = m[0].replace(/^the\s+/, '');
  // "Peter Olsen's title" asks about a person, not an office.
  if (/^(?:job|role|title|position|post|office|work|occupation|name)s?$/i.test(m[2] ?? '') || peopleNamedIn(ctx.knowledge, phrase).length) return undefined;
  const role = parseRoleQuery(phrase);
  if (!role?.title || !role.body || !isTitle(role.title)) return undefined;
  if (peopleInRole(ctx.knowledge, role).length) return undefined;
  // Leniently: any role with the title's noun and a word begun like the body ("Chinese" for China) is that office.
  const noun = words(role.title).pop() ?? '';
  const prefix = fold(role.body).replace(/^the\s+/, '').slice(0, 4);
  const held = ctx.knowledge.people.some((p) => p.roles.some((r) => words(r.role).includes(noun) && words(r.role).some((w) => w.startsWith(prefix))));
  return held ? undefined : phrase;
}

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

/** The counted nouns' own stems, without other words for them. */
function ownStems(focus: string): Set<string> {
  return new Set(words(focus).filter((w) => !/^(?:many|much|the|a|an|and|or|of)$/.test(w)).map(stem));
}

/** The counted nouns' stems: "officials and business owners" counts officials as well as owners. */
function focusStems(focus: string, r?: Retriever): Set<string> {
  const ws = words(focus).filter((w) => !/^(?:many|much|the|a|an|and|or|of)$/.test(w));
  const out = new Set(ws.map(stem));
  // "deals" are counted as the articles say them ("two agreements"), where the noun itself is absent.
  const head = ws[ws.length - 1];
  if (r && head && !r.knows(stem(head))) for (const other of synonyms(head, 'noun', 2)) if (!other.includes(' ') && r.knows(stem(other))) out.add(stem(other));
  return out;
}

function number(s: Scope): Answer {
  const { q, ctx } = s;
  const interval = intervalParts(q.text);
  if (interval) return intervalAnswer(s, interval);
  // "how many days will the trip last": a length of time, not a count of things.
  if (/^(?:days?|weeks?|months?|years?|decades?)$/i.test(q.focus ?? '')) {
    const long = duration(s);
    if (long.answered) return long;
  }
  const candidates = supporting(s, retrievalText(s), 0.4).slice(0, 12);
  if (q.focus === 'money') {
    for (const sentence of candidates) {
      const money = moneyIn(sentence.text);
      if (money) return stated(money, money, [sentence]);
    }
    return unsupported(ctx, `how much ${echo(q.about ?? '', 60)}`, candidates[0]);
  }
  if (q.focus === 'amount') {
    for (const sentence of candidates) {
      const amount = shareIn(sentence.text) ?? moneyIn(sentence.text);
      if (amount) return stated(amount, amount, [sentence]);
    }
    return unsupported(ctx, `how much ${echo(q.about ?? '', 60)}`, candidates[0]);
  }
  // "how many cities did Breed visit": the places the articles say she went to, counted and named.
  const head = (q.focus ?? '').split(/\s+/).pop()?.toLowerCase() ?? '';
  const who = s.named[0] ?? s.referent;
  if (who && /\b(?:visit|visited|go|went|travel|traveled|travelled|tour|toured|stop|stopped)\b/i.test(q.about ?? '') && (isKindOf(head, 'city', 'noun', 2, 1) || isKindOf(head, 'location', 'noun', 8, 1))) {
    const places = visitedPlaces({ ...s, named: [who], q: { ...q, order: undefined } }, head);
    if (places.answered) {
      const names = places.title.split(/, | and /);
      return stated(places.title, `${names.length} ${names.length === 1 ? head.replace(/ies$/, 'y').replace(/s$/, '') : head}: ${places.title}`, evidenceOf(places));
    }
  }
  // "how many officials did Vargas meet": the people she met who hold such an office, counted and named.
  const met = who && q.about ? countedPeople(s, head) : undefined;
  if (met) return met;
  const stems = focusStems(q.focus ?? '', ctx.knowledge.retriever);
  if (![...stems].some((t) => ctx.knowledge.retriever.knows(t))) {
    return unsupported(ctx, `how many ${echo(q.focus ?? '', 40)}: they never mention any`, candidates[0]);
  }
  let counts = candidates.flatMap((sentence) => {
    const count = countOf(sentence.text, stems);
    return count ? [{ value: count, sentence }] : [];
  });
  // The count may stand in another sentence of the article the question points to ("19 local
  // companies" in the sentence about the delegation): the first one there that counts the noun.
  if (!counts.length && candidates[0]) {
    const article = candidates[0].paragraph.article;
    // It must also hold a word of the question that is neither the counted noun nor a name: "how
    // many people will X hire" is not answered by "a 28-member delegation".
    const r = ctx.knowledge.retriever;
    const own = new Set(words(q.focus ?? '').map(stem));
    const plain = r.analyze(q.text.replace(/\b\p{Lu}[\p{L}'\u2019-]*/gu, ' ')).map((t) => t.term).filter((t) => !own.has(t) && !/^(?:how|mani)$/.test(t));
    for (const sentence of article.paragraphs.filter((p) => p.kind === 'story').flatMap((p) => p.sentences)) {
      const count = countOf(sentence.text, ownStems(q.focus ?? ''));
      if (count && plain.some((t) => r.termsOfSentence(sentence).has(t))) {
        counts = [{ value: count, sentence }];
        break;
      }
    }
  }
  const best = counts[0];
  if (best) {
    // One count per outlet; where another outlet gives another number, both are shown.
    const byOutlet = new Map(counts.reverse().map((c) => [c.sentence.paragraph.article.source, c]));
    byOutlet.set(best.sentence.paragraph.article.source, best);
    const differ = [...byOutlet.values()].filter((c) => c !== best && numberOf(c.value) !== numberOf(best.value) && sameFact(ctx, best.sentence, c.sentence));
    if (differ.length) return stated(best.value, `${best.value}\n${disagreement([best, ...differ])}`, [best.sentence, ...differ.map((d) => d.sentence)]);
    return stated(best.value, best.value, [best.sentence]);
  }
  return unsupported(ctx, `how many ${echo(q.focus ?? '', 40)}`, candidates[0]);
}

/** People someone met (or did the question's verb to) whose role is of the kind counted. */
function countedPeople(s: Scope, head: string): Answer | undefined {
  const noun = head.toLowerCase().replace(/(?:ies)$/, 'y').replace(/s$/, '');
  if (!isKindOf(noun, 'person', 'noun', 8, 1)) return undefined;
  const clause = (s.q.about ?? '').trim();
  const m = /^(\S+)\s+(\p{Ll}[\p{L}-]*)\b\s*(.*)$/u.exec(clause);
  if (!m) return undefined;
  const did = personAnswer({ ...s, q: { ...s.q, text: `who did ${clause}`, type: 'person', subject: m[1], verb: m[2], about: m[3] || undefined } });
  if (!did.answered) return undefined;
  const k = s.ctx.knowledge;
  const people = did.title.split(/,\s*/).map((n) => k.peopleByKey.get(fold(n))).filter((p): p is Person => !!p);
  // A role of that kind: "Governor" for officials, "Mayor of Marlow" for mayors.
  // "officials", "leaders", "people": anyone who holds an office the articles give.
  const anyOffice = /^(?:official|leader|dignitary|politician|person|people|figure)$/.test(noun);
  const fits = (p: Person) => (anyOffice && (noun === 'person' || noun === 'people' || p.roles.length > 0)) || p.roles.some((r) => words(r.role).some((w) => w === noun || isKindOf(w, noun, 'noun', 6, 1)));
  const counted = people.filter(fits);
  if (!counted.length) return undefined;
  const plural = counted.length === 1 ? noun : head.toLowerCase();
  const support = evidenceOf(did).filter((x) => (k.mentions.get(x) ?? []).some((m) => counted.includes(m.person)));
  return stated(`${counted.length} ${plural}`, `${counted.length} ${plural}: ${listing(counted.map((p) => p.name))}`, support);
}

const numberOf = (count: string) => count.split(/\s+/)[0]!.replace(/,/g, '');

// "How long was she away?": being away is the trip, whatever words the question uses for it.
const AWAY = /\b(?:gone|away|abroad|overseas|out\s+of\s+(?:the\s+)?(?:country|town)|on\s+the\s+road)\b/gi;

// A trip's length as news prose gives it: "a ten-day trade and friendship mission".
const TRIP_LENGTH = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)[- ](day|week|month)s?(?:[- ]long)?\s+(?:(?:[\p{L}-]+\s+){0,4}?(?:trip|visit|mission|tour|journey|stay|swing)\b|(?:overseas|abroad|away)\b)/iu;

function duration(s: Scope): Answer {
  const interval = intervalParts(s.q.text);
  if (interval) return intervalAnswer(s, interval);
  // "how many days was Breed in China": a person's days in a place are a trip too.
  const away = AWAY.test(retrievalText(s)) || /\b(?:trip|visit|mission|tour|journey|stay)\b/i.test(s.q.text) || (s.named.length > 0 && /\bin\s+\p{Lu}/u.test(s.q.about ?? ''));
  AWAY.lastIndex = 0;
  // A trip is found by whose it is and where it went: the question's names, and the word trip.
  const names = capitalisedRuns(s.q.text).join(' ');
  const own = retrievalText(s).replace(AWAY, ' ').replace(/\b(?:how|many|long|days?|weeks?|months?|last(?:ed|s)?|take|took|takes|spend|spent|in)\b/gi, ' ');
  const text = away ? `${own} ${names} ${s.named.map((p) => p.name).join(' ')} trip` : retrievalText(s);
  const since = /^how\s+(?:long|many\s+\w+)\s+(?:have|has|had)\b/i.test(s.q.text);
  const candidates = supporting(s, text, away ? 0.3 : 0.5).slice(0, 30);
  if (away) {
    // A trip is as long as the prose of the article about it says ("the eight-day mission"), or as
    // its dated range ("from April 14 to Sunday").
    const r = s.ctx.knowledge.retriever;
    const names = entityTerms(r, text);
    const article = r.candidateArticles(text).find((a) => holdsEntities(r, a, names) && (!s.named.length || s.named.some((p) => s.ctx.knowledge.subjectOf(a) === p)));
    for (const sentence of article?.paragraphs.filter((p) => p.kind === 'story').flatMap((p) => p.sentences) ?? []) {
      const m = TRIP_LENGTH.exec(sentence.text);
      if (m) return stated(`${m[1]} ${m[2]}s`, `${m[1]} ${m[2]!.toLowerCase()}s`, [sentence]);
    }
    for (const sentence of candidates) {
      const range = (s.ctx.knowledge.eventsByArticle.get(sentence.paragraph.article) ?? []).find((e) => e.sentence === sentence && e.date.end && e.date.precision === 'day');
      if (!range) continue;
      const days = (Date.parse(range.date.end!) - Date.parse(range.date.start)) / 86_400_000 + 1;
      return stated(`${days} days`, `${days} days, ${formatDate(range.date)}`, [sentence]);
    }
    return unsupported(s.ctx, `how long ${echo(s.q.about ?? '', 60)}`, candidates[0]);
  }
  for (const sentence of candidates) {
    const d = durationIn(sentence.text, since);
    if (d) return stated(d, d, [sentence]);
  }
  return unsupported(s.ctx, `how long ${echo(s.q.about ?? '', 60)}`, candidates[0]);
}

function reason(s: Scope): Answer {
  const k = s.ctx.knowledge;
  const text = retrievalText(s);
  const r = k.retriever;
  const query = r.analyze(text);
  const names = entityTerms(r, text);
  // The one the question asks about ("why did Hoshizora Logistics pick …") must be in the paragraph; other names in the article.
  const about = (s.q.about ?? '').replace(/^(?:did|does|do|is|was|were|are|will|would|has|have|had)\s+/i, '');
  const subject = /^(?:the\s+)?\p{Lu}/u.test(about) ? entityTerms(r, `x ${capitalisedRuns(`x ${about}`)[0] ?? ''}`) : [];
  const holds = (x: Sentence) => holdsEntities(r, x.paragraph.article, names) && subject.every((forms) => forms.some((f) => paragraphHas(k, x.paragraph, f)));
  // The purpose may be told in other words than the question's ("made the trip" for "the trade
  // mission"): every sentence of the articles the question points to that states a purpose counts.
  // In an article about the person asked after, a purpose stated without their name is theirs
  // ("The trip was meant to …"); a company or a place the question names must be in its paragraph.
  const theirs = (x: Sentence) => (aboutAll(k, x.paragraph, s.named) || (s.named.length === 1 && k.subjectOf(x.paragraph.article) === s.named[0])) && holds(x);
  const pool = r.candidateArticles(query).flatMap((a) => a.paragraphs.flatMap((p) => p.sentences)).filter((x) => purposeIn(x.text) && theirs(x));
  const ranked = r.rank(query, pool, (x) => r.termsOfSentence(x));
  // A purpose stated of the trip itself ("her visit aims to", "made the trip to") outranks any other.
  const own = ranked.filter((x) => TRIP_PURPOSE.test(x.item.text));
  // With no words in common, the first purpose stated counts only when no one in particular is asked about.
  const best = own[0]?.item ?? ranked[0]?.item ?? (subject.length ? undefined : pool[0]);
  if (best && (own.length || (ranked[0]?.coverage ?? 0) >= 0.5 || !subject.length)) return stated('Why', purposeIn(best.text)!, [best]);
  const because = causeSentence(s, query, holds);
  if (because) return stated('Why', because.text, [because]);
  if (best) return stated('Why', purposeIn(best.text)!, [best]);
  return unsupported(s.ctx, `why ${echo(s.q.about ?? s.q.text, 60)}`, supporting(s, text, 0.3)[0]);
}

// Words that give a reason or a judgement behind a choice.
const CAUSE = /\b(?:because|since|due\s+to|thanks\s+to|citing|cited|amid|over\s+concerns?|came\s+down\s+to|decision|reasons?|so\s+that|in\s+order\s+to|decided|chose|choice|gave\s+us|conducive|only\s+works|makes?\s+this|the\s+timing)\b/i;
// Weaker words of cause: an aim, a hope or a judgement, common in any quote.
const MAYBE_CAUSE = /\b(?:as|means|help(?:s|ed)?|key|important|aims?|hopes?|wants?|plans?|seeks?|expects?)\b/i;

/**
 * A reason given by or about someone other than the articles' main person: among the sentences
 * that hold the question's words and the quotes of the people it points to (a company's president
 * speaks for the company), the one that best combines the question's words with words of cause.
 */
function causeSentence(s: Scope, query: QueryTerm[], holds: (x: Sentence) => boolean): Sentence | undefined {
  const k = s.ctx.knowledge;
  const r = k.retriever;
  // Those the question asks about: the people named in its subject, and those whose role belongs
  // to it (a company's president for the company, the "Senate minority leader" by the Senate).
  const about = (s.q.about ?? '').replace(/^(?:did|does|do|is|was|were|are|will|would|has|have|had)\s+/i, '');
  const subjectRun = /^(?:the\s+)?\p{Lu}/u.test(about) ? capitalisedRuns(`x ${about}`)[0] : undefined;
  const runs = subjectRun ? [subjectRun] : capitalisedRuns(s.q.text);
  const speakers = new Set<Person>(subjectRun ? peopleNamedIn(k, subjectRun) : s.named);
  for (const body of runs) for (const m of peopleInRole(k, { body })) speakers.add(m.person);
  const pool = new Set(supporting(s, retrievalText(s), 0.3).slice(0, 20));
  for (const p of speakers) for (const q of k.quotesBySpeaker.get(p) ?? []) for (const x of q.paragraph.sentences) pool.add(x);
  // The reason may stand in the next sentence of the paragraph that names them ("… said the decision came down to …").
  for (const x of [...pool]) if (holds(x)) for (const y of x.paragraph.sentences) pool.add(y);
  const spokenBy = (x: Sentence) => [...speakers].some((p) => (k.quotesBySpeaker.get(p) ?? []).some((q) => q.paragraph === x.paragraph));
  const paragraphTerms = (x: Sentence) => new Set(x.paragraph.sentences.flatMap((y) => [...r.termsOfSentence(y)]));
  const inParagraph = new Map(r.rank(query, new Set([...pool].map((x) => x.paragraph.sentences[0]!)), paragraphTerms).map((p) => [p.item.paragraph, p.coverage]));
  const own = new Map(r.rank(query, pool, (y) => r.termsOfSentence(y)).map((x) => [x.item, x.coverage]));
  let best: { x: Sentence; score: number } | undefined;
  for (const x of pool) {
    if (!holds(x) && !spokenBy(x)) continue;
    const coverage = ((own.get(x) ?? 0) + (inParagraph.get(x.paragraph) ?? 0)) / 2;
    const score = coverage + (CAUSE.test(x.text) ? 0.6 : MAYBE_CAUSE.test(x.text) ? 0.2 : 0) + (spokenBy(x) ? 0.3 : 0);
    if (!best || score > best.score) best = { x, score };
  }
  return best && best.score >= 0.6 ? best.x : undefined;
}

/** "Hoshizora Logistics", "Port of Alder Bay": runs of capitalised words after the question's first word. */
function capitalisedRuns(text: string): string[] {
  return [...text.slice(text.indexOf(' ') + 1).matchAll(/\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{N}-]*)*/gu)].map((m) => m[0].replace(/['\u2019]s$/, '')).filter((w) => !/^(?:I|VisitBot)$/.test(w));
}

/** Does the paragraph use the term? */
function paragraphHas(k: AnswerContext['knowledge'], p: Sentence['paragraph'], term: string): boolean {
  return p.sentences.some((x) => k.retriever.termsOfSentence(x).has(term));
}

const TRIP_PURPOSE = /\b(?:(?:trip|visit|journey|mission|tour)s?\s+(?:aims?|aimed|is aimed|was aimed|is meant|was meant|is designed)\s+to|(?:made|make|makes|took|take)\s+(?:the|this|her|his|their)\s+(?:trip|visit|journey)\s+to)\b/i;

function list(s: Scope): Answer {
  const { q, ctx } = s;
  const focus = (q.focus ?? '').replace(/^(?:two|three|four|five|several|many|the)\s+/i, '');
  const head = focus.split(/\s+/).pop() ?? '';
  // The noun's first sense decides: "field" is a kind of area here, not of person.
  const kind = (broader: string) => isKindOf(head.toLowerCase(), broader, 'noun', 8, 1);
  const organisation = kind('organization') || kind('institution') || kind('company');
  if ((kind('person') && !kind('location')) || organisation) {
    // "which governor did Vargas meet?", "which organizations signed the memorandum?": a doer or whom someone met.
    const about = q.about ?? '';
    const verbFirst = /^(?!(?:the|a|an|this|that|these|those|their|its|his|her|our)\b)(\p{Ll}[\p{L}-]*)\s*(.*)$/u.exec(about);
    // "which organization does John Grubb represent / work for": the body of their role.
    if (organisation && s.named.length === 1 && /\b(?:work|represent|belong|lead|run|head|chair|direct|manage|serve)/i.test(about)) {
      return roleAnswer({ ...s, q: { ...q, type: 'organisation', subject: s.named[0]!.name } });
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
      } else if (names(did) || !organisation) return did;
    }
    const verb = lastVerbOf(about);
    if (verb) {
      const subject = about.slice(0, about.lastIndexOf(verb)).trim();
      const asked = personAnswer({ ...s, q: { ...q, type: 'person', subject, verb, about: about.slice(about.lastIndexOf(verb) + verb.length).trim() } });
      if ((names(asked) && !(organisation && !kind('person') && peopleOnly(s, asked))) || !organisation) return asked;
    }
  }
  if (kind('city') || kind('country') || kind('location')) {
    const visited = /\b(?:visit|visited|go|went|travel|traveled|travelled|tour|toured|stop|stopped)\b/i.test(q.about ?? '');
    const who = s.named[0] ?? s.referent;
    if (visited && who) return visitedPlaces({ ...s, named: [who], q: { ...q, order: undefined } }, head);
  }
  const candidates = supporting(s, retrievalText(s).replace(/\b(?:which|what)\b/gi, ' '), 0.4).slice(0, 8);
  const headWords = focus.split(/\s+/).filter(Boolean);
  // "what anniversary will Breed celebrate": the verb's object, when it is a kind of the noun asked.
  const verb = q.about ? lastVerbOf(q.about) : undefined;
  // "in which fields ...", "what fields ... in?": the list the preposition introduces.
  const preposition = /^(?:in|at|on|from|to|with|for)\b/i.exec(q.text)?.[0] ?? /\s(in|at|on|from|to|with|for)$/i.exec(q.text)?.[1];
  // Each way of reading a list is tried on every candidate before the next, weaker one.
  const readings: ((text: string) => string[] | undefined)[] = [
    (text) => entitiesEndingIn(text, headWords.length > 1 ? headWords : [head]),
    (text) => itemsAfter(text, stem(head)),
    (text) => (preposition ? listAfterPreposition(text, preposition, q.text) : undefined),
    (text) => {
      const at = verb ? findVerb(text, verb) : undefined;
      const object = at ? phraseAfter(text, at.end) : undefined;
      return object && words(object).some((w) => stem(w) === stem(head)) ? [object] : undefined;
    },
  ];
  for (const read of readings) {
    for (const sentence of candidates) {
      const found = read(sentence.text);
      if (found?.length) return stated(listing(found), listing(found), [sentence]);
    }
  }
  // Names of a kind were asked for: a sentence that names none is no answer to it.
  if (organisation || (kind('person') && !kind('location'))) return unsupported(ctx, asAsked(q.text), candidates[0]);
  return bestSentence(s);
}

/** A question as the user asked it, quoted, for a refusal that reads well: “did Breed see the pandas?”. */
const asAsked = (q: string) => `the answer to “${echo(q, 80)}?”`;

/** The bodies the people an answer names work for, by their roles ("general manager of Weiheng Intelligent"); undefined unless every one has one. */
function bodiesOf(s: Scope, a: Answer): Answer | undefined {
  const k = s.ctx.knowledge;
  const people = a.title.split(/,\s*|\s+and\s+/).map((n) => k.peopleByKey.get(fold(n))!);
  const bodies = people.map((p) => p.roles.map((r) => /\b(?:of|at|for)\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019&-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}'\u2019&-]*)*)/u.exec(r.role)?.[1]).find(Boolean));
  if (bodies.some((b) => !b)) return undefined;
  const listed = [...new Set(bodies as string[])];
  return stated(listing(listed), `${listing(listed)} (${listing(people.map((p) => `${p.name}, ${p.roles[0]!.role}`))})`, evidenceOf(a));
}

/** Does the answer name only people (no company or body), by the names it states first? */
function peopleOnly(s: Scope, a: Answer): boolean {
  const k = s.ctx.knowledge;
  return a.title.split(/,\s*|\s+and\s+/).every((n) => k.peopleByKey.has(fold(n)));
}

/** Does the answer name someone or something, rather than offer a sentence ("From the articles")? */
const names = (a: Answer) => a.answered && a.title !== 'From the articles';

/**
 * When the focus names a role ("vice president"), the people who did it must hold that role: an
 * answer naming none of the role's holders is replaced by a holder a sentence shows doing it, and
 * is kept only when the role is held by no one.
 */
function holderWhoDid(s: Scope, focus: string, verb: string, did: Answer): Answer | undefined {
  const role = isTitle(focus.split(/\s+/).slice(-2).join(' ')) || isTitle(focus.split(/\s+/).pop() ?? '') ? parseRoleQuery(focus) : undefined;
  if (!role) return undefined;
  const holders = peopleInRole(s.ctx.knowledge, role);
  if (!holders.length || holders.some((h) => did.title.includes(h.person.name))) return undefined;
  for (const h of holders) {
    const sentence = supporting({ ...s, named: [...s.named, h.person] }, `${h.person.name} ${verb} ${s.q.about ?? ''}`, 0.3).find((x) => findVerb(x.text, verb));
    if (sentence) return stated(h.person.name, `${h.person.name}, ${h.role.role}`, [sentence]);
  }
  return unsupported(s.ctx, `which ${echo(focus, 40)} ${echo(s.q.about ?? '', 60)}`, holders[0]!.role.sentence);
}

/** The last word of a clause that can be a verb: "Breed celebrate" → "celebrate" ("the students from" has none). */
function lastVerbOf(clause: string): string | undefined {
  const ws = clause.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:in|at|on|from|to|with|for|of|the|a|an)$/.test(w) && hasSense(w, 'verb'));
  return ws[ws.length - 1];
}

/** "… cooperate with Shenzhen in artificial intelligence, new-energy vehicles and sports": the list after the preposition, past the question's own words. */
function listAfterPreposition(text: string, preposition: string, question: string): string[] | undefined {
  const asked = new Set(words(question).map(stem));
  const re = new RegExp(`\\b${preposition}\\s+(?:the\\s+)?(?:(?:fields?|areas?|sectors?|domains?)\\s+(?:of|such as|including)\\s+)?([^.;]+?(?:,[^.;]+?)*\\s+and\\s+[^,.;]+)`, 'gi');
  for (const m of text.matchAll(re)) {
    // The preposition must follow the question's own words ("learning ... with Shanghai in ...").
    const before = words(text.slice(Math.max(0, m.index - 40), m.index)).slice(-5);
    if (!before.some((w) => asked.has(stem(w)))) continue;
    const items = splitList(m[1]!.replace(/\s+while\s.*$/, ''));
    if (items.length >= 2 && !items.every((i) => words(i).every((w) => asked.has(stem(w))))) return items;
  }
  return undefined;
}

function description(s: Scope): Answer {
  const { q, ctx } = s;
  const k = ctx.knowledge;
  // "what is X", "what does X do": a person's role, an abbreviation, or what the articles say X is.
  // "what is Weiheng planning to do in the US": what the articles say it plans, will or intends to do.
  if (q.subject && /\b(?:planning|going|set|expected|scheduled|supposed|intending|hoping|aiming)\s+to\s+do\b/i.test(q.text)) {
    const plan = planOf(s, q.subject);
    if (plan) return plan;
  }
  if ((!q.verb || /^(?:do|does|did)$/i.test(q.verb)) && (q.about || q.subject)) {
    const thing = (q.verb ? q.subject! : q.about!).replace(/^(?:the|a|an)\s+/i, '');
    const person = resolvePerson(k, thing);
    if (person.kind === 'one' && words(thing).some((w) => fold(person.person.name).includes(w))) return roleAnswer({ ...s, named: [person.person] });
    if (k.abbreviations.has(fold(thing)) || (/^\p{Lu}{2,6}$/u.test(thing) && k.initials.has(fold(thing)))) return expansion({ ...s, q: { ...q, about: thing } });
    return whatIs(s, thing);
  }
  const candidates = supporting(s, retrievalText(s), 0.4).slice(0, 8);
  for (const sentence of candidates) {
    if (q.verb === 'about') {
      const at = fold(sentence.text).indexOf(fold(q.about ?? '').replace(/^the\s+/, ''));
      const matter = at >= 0 ? subjectMatterAfter(sentence.text, at) : undefined;
      if (matter) return stated(matter, matter, [sentence]);
      continue;
    }
    const verb = q.verb ? findVerb(sentence.text, q.verb) : undefined;
    const object = verb ? phraseAfter(sentence.text, verb.end) : q.verb ? agentObject(sentence.text, q.verb) : undefined;
    if (object) return stated(object, object, [sentence]);
  }
  return bestSentence(s);
}

/** What someone or something plans to do: "… said the enterprise plans to set up a regional headquarters …". */
function planOf(s: Scope, subject: string): Answer | undefined {
  const r = s.ctx.knowledge.retriever;
  const names = entityTerms(r, `x ${subject}`);
  for (const sentence of supporting(s, `${subject} ${s.q.about ?? ''}`, 0.3).slice(0, 8)) {
    if (names.length && !names.every((forms) => forms.some((f) => r.termsOfSentence(sentence).has(f)))) continue;
    const m = /\b(?:plans?|planning|intends?|intending|aims?|is\s+set|are\s+set|will|would|is\s+expected|are\s+expected|hopes?)\s+to\s+([^.;]+)|\bwill\s+(\p{Ll}[^.;]+)/u.exec(sentence.text);
    if (m) return stated(`to ${(m[1] ?? m[2])!.trim()}`, `To ${(m[1] ?? m[2])!.trim()}`, [sentence]);
  }
  return undefined;
}

/** "What is Brightcell?": the appositive the articles give ("Brightcell Energy, a company that makes ..."). */
function whatIs(s: Scope, thing: string): Answer {
  const key = fold(thing).replace(/^(?:the|a|an)\s+/, '');
  for (const sentence of supporting(s, thing, 0.6).slice(0, 10)) {
    const at = fold(sentence.text).indexOf(key);
    if (at < 0) continue;
    const m = /^[^,]{0,40},\s+((?:a|an|the)\s+[^,;.]+)/.exec(sentence.text.slice(at));
    if (m) return stated(thing, `${sentence.text.slice(at, at + m[0].indexOf(','))} is ${m[1]}`, [sentence]);
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

