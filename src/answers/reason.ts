import type { Answer } from './types.ts';
import type { Person } from '../knowledge/people.ts';
import type { QueryTerm } from '../search/retriever.ts';
import { parseRoleQuery, peopleInRole } from '../knowledge/roles.ts';
import { baseForm, echo, fold, isStopWord, stem, words } from '../text.ts';
import { tag } from './tagger.ts';
import { hasSense, isKindOf, synonyms } from '../knowledge/wordnet.ts';
import type { Article, Sentence } from '../corpus/types.ts';
import { stated, unsupported } from './compose.ts';
import type { AnswerContext } from './context.ts';
import { purposeIn } from './extract.ts';
import { aboutAll, peopleNamedIn } from './named.ts';
import { entityTerms, holdsEntities, retrievalText, supporting, supportingInContext, supportingRanked, type Scope } from './scope.ts';
import { SPEECH_VERB } from '../knowledge/lexicon.ts';
import { neighbours } from '../knowledge/vectors.ts';
import { replyText, replyToAsked } from './interview.ts';
import { verdictReason } from './verdicts.ts';

// Why-questions: the purpose the articles state for the person asked about ("her visit aims to …",
// "made the trip to …"), or, for someone other than the articles' main person, the sentence or quote
// of theirs that best joins the question's words with words of cause.

export function reason(asked: Scope): Answer {
  // "why didn't the deputy mayor go": the one person who holds the office the subject names is asked about.
  const holder = asked.named.length ? undefined : officeHolderAsked(asked);
  const s = holder ? { ...asked, named: [holder] } : asked;
  const k = s.ctx.knowledge;
  const text = retrievalText(s);
  const r = k.retriever;
  const query = r.analyze(text);
  // "Why did the fact check rate the cost claim false?": the reasons under that claim's rating.
  const verdict = verdictReason(s);
  if (verdict) return verdict;
  const replied = interviewReply(s, text);
  if (replied) return stated('Why', replyText(replied), replied);
  const reported = reportedReply(s, text);
  if (reported) return stated('Why', reported.text, [reported]);
  const told = eventCause(s, text);
  if (told) return stated('Why', causeClause(told[0]!.text), told);
  const names = entityTerms(r, text);
  // The one the question asks about ("why did Hoshizora Logistics pick …") must be in the paragraph; other names in the article.
  const about = aboutWithoutAux(s);
  const subjectRun = /^(?:the\s+)?\p{Lu}/u.test(about) ? (capitalisedRuns(`x ${about}`)[0] ?? '') : undefined;
  const subject = subjectRun !== undefined ? entityTerms(r, `x ${subjectRun}`) : [];
  // A place that chose ("why did West Brenner pick …") speaks through its officials: its story holds it, not each paragraph.
  const placeSubject = subjectRun !== undefined && k.places.has(fold(subjectRun));
  // (So does the main person of the story: "The trip was meant to …" is theirs without their name.)
  const subjectPeople = subjectRun ? peopleNamedIn(k, subjectRun) : [];
  const mainSubject = (a: Article) => subjectPeople.includes(k.subjectOf(a)!);
  // (A person asked after by a part of their name the paragraph does not use, "Lio" for "Tessaly-Marr", is there when it mentions them.)
  const holds = (x: Sentence) =>
    holdsEntities(r, x.paragraph.article, names) &&
    (subject.every((forms) =>
      forms.some((f) => (placeSubject || mainSubject(x.paragraph.article) ? r.articleHas(x.paragraph.article, f) : paragraphHas(k, x.paragraph, f))),
    ) ||
      (subjectPeople.length > 0 && aboutAll(k, x.paragraph, subjectPeople)));
  // The purpose may be told in other words than the question's ("made the trip" for "the trade
  // mission"): every sentence of the articles the question points to that states a purpose counts.
  // In an article about the person asked after, a purpose stated without their name is theirs
  // ("The trip was meant to …"); a company or a place the question names must be in its paragraph.
  const theirs = (x: Sentence) => (aboutAll(k, x.paragraph, s.named) || (s.named.length === 1 && k.subjectOf(x.paragraph.article) === s.named[0])) && holds(x);
  const pool = r
    .candidateArticles(query)
    .flatMap((a) => a.paragraphs.flatMap((p) => p.sentences))
    .filter((x) => aimOf(x) && theirs(x));
  const ranked = r.rank(query, pool, (x) => r.termsOfSentence(x));
  // A purpose stated of the trip itself ("her visit aims to", "made the trip to", "The aim was
  // plain.") outranks any other.
  const own = ranked.filter((x) => TRIP_PURPOSE.test(x.item.text) || ANNOUNCED_AIM.test(x.item.text.trim()));
  // With no words in common, the first purpose stated counts only when no one in particular is asked
  // about, or the one asked about is its story's main person.
  const best = own[0]?.item ?? ranked[0]?.item ?? (subject.length && !(pool[0] && mainSubject(pool[0].paragraph.article)) ? undefined : pool[0]);
  const verbs = askedVerbs(s.q.text);
  const found = causeSentence(s, query, holds, verbs);
  // ("Pryor and Baird voted against." tells the stance asked about, not why.)
  // (One that tells the purpose of the verb asked is the reason itself, whoever's words come next.)
  const next = found && (verbPurpose(found.text, verbs) && !ANNOUNCED_AIM.test(found.text.trim()) ? found : goesOn(found));
  const because = found && (next !== found || !STANCE.test(found.text) || CAUSE.test(found.text)) ? next : undefined;
  // A sentence that gives a cause and holds more of the question ("the Shanghai stop was added
  // because …") beats an aim stated in fewer of its words.
  const coverageOf = (x: Sentence) => r.rank(query, [x], (y) => r.termsOfSentence(y))[0]?.coverage ?? 0;
  const closer = because && best && !own.length && CAUSE.test(because.text) && coverageOf(because) > coverageOf(best);
  // "Why does the CASS expert think …", "why did the airline pick …": someone else's reason is theirs
  // to give; the trip's stated purpose is no answer to it.
  const other = someoneElse(s, r.candidateArticles(query));
  if (other) {
    if (because) return quotedOn(because);
    // An aim stated in the question's words that names whoever it asks about.
    const aim = ranked.find((x) => x.coverage >= 0.6 && !TRIP_PURPOSE.test(x.item.text) && words(x.item.text).some((w) => other.includes(fold(w))));
    if (aim) return statedAim(aim.item);
    // "why does the economist think the ferry is a good idea": what they said of it is their reason.
    const view = VIEW_ASKED.test(s.q.text) ? viewOf(s, text, other) : undefined;
    if (view) return quotedOn(view);
    // "why is Mensah so unconvinced": a stance asked of someone who speaks once in the story is
    // answered by those words of theirs.
    const spoken = VIEW_ASKED.test(s.q.text) ? onlyWordsOf(s, r.candidateArticles(query)) : undefined;
    if (spoken) return stated('Why', spoken.map((x) => x.text).join(' '), spoken);
    return unsupported(s.ctx, `why ${echo(s.q.about ?? s.q.text, 60)}`, supporting(s, text, 0.3)[0]);
  }
  const fits = best && purposeFits(s, best);
  if (best && fits && !closer && (own.length || (ranked[0]?.coverage ?? 0) >= 0.5 || !subject.length)) return statedAim(best);
  if (because) return stated('Why', because.text, [because]);
  if (best && fits) return statedAim(best);
  return unsupported(s.ctx, `why ${echo(s.q.about ?? s.q.text, 60)}`, supporting(s, text, 0.3)[0]);
}

/** Someone's words as the reason, with those that go on after their attribution ('"…," said X. "Talk is free."'). */
function quotedOn(x: Sentence): Answer {
  const sentences = x.paragraph.sentences;
  const after = /["\u201d]/.test(x.text) && SPEECH_VERB.test(x.text) ? sentences.slice(sentences.indexOf(x) + 1) : [];
  // (The quotation that opens next, to the sentence that closes it.)
  const more: Sentence[] = [];
  let open = false;
  for (const y of after) {
    if (!open && !/^["\u201c]/.test(y.text)) break;
    open = !/["\u201d]$/.test(y.text);
    more.push(y);
  }
  return stated('Why', [x, ...more].map((y) => y.text).join(' '), [x, ...more]);
}

// "The aim was plain." announces the aim the next sentence tells.
// ("City Hall gave two reasons for going.": the reasons follow, "The first was to …".)
const ANNOUNCED_AIM =
  /^(?:(?:our|my|the|their|his|her)\s+(?:goal|aim|purpose|mission|reason|idea|pitch)\s+(?:was|is)\s+(?:simple|clear|straightforward|plain)|[\p{L}' ]{2,40}\s+(?:gave|had|cited|listed)\s+(?:two|three|four|several|its|their|his|her)\s+reasons\s+for\s+(?:going|the\s+(?:trip|visit|mission|journey)))\s*[.:]?$/iu;

// (Or the next paragraph's first, when the sentence ends its own: "The aim was simple." on a line of its own.)
const nextOf = (x: Sentence): Sentence | undefined =>
  x.paragraph.sentences[x.paragraph.sentences.indexOf(x) + 1] ?? x.paragraph.article.paragraphs[x.paragraph.order + 1]?.sentences[0];

/** The aim a sentence states, or the one told after its announcement. */
function aimOf(x: Sentence): string | undefined {
  return purposeIn(x.text) ?? (ANNOUNCED_AIM.test(x.text.trim()) ? nextOf(x)?.text : undefined);
}

function statedAim(x: Sentence): Answer {
  const told = purposeIn(x.text);
  return told ? stated('Why', told, [x]) : stated('Why', aimOf(x)!, [x, nextOf(x)!]);
}

/** An interviewer asked the same why ("Q: … Why Ostrel, and why now?"): the reply gives the reason. */
function interviewReply(s: Scope, text: string): Sentence[] | undefined {
  return replyToAsked(
    s,
    text,
    /\bwhy\b/i,
    askingTerms(s, text).map((t) => t.term),
  );
}

/** What a why-question asks about beyond the trip, the one who went and the one interviewed. */
function askingTerms(s: Scope, text: string) {
  return (
    s.ctx.knowledge.retriever
      .analyze(text)
      .filter(
        (t) =>
          !TRIP_VERBS.has(t.term) &&
          !/^(?:why|went|trip|visit|travel|come|did|decid|mayor|governor|premier|presid|minist|she|he|they|mission|trade)$/.test(t.term),
      )
      // (Nor the name of the one interviewed: "why did Vask pick Ostvik" asks what "why Ostvik?" asks.)
      .filter((t) => !s.named.some((p) => words(p.name).some((w) => stem(w) === t.term)))
  );
}

// "Klemm asked why the port was chosen. Koss said that …": a why asked in a meeting, and the
// reply told in the sentence after it.
const ASKED_WHY = /\basked\s+(?:why|how\s+come)\s+(.+)$/i;
const REPLIED = /\b(?:said|says|replied|answered|explained|responded)\b/i;

/** The reply a story reports to the same why asked by someone in it. */
function reportedReply(s: Scope, text: string): Sentence | undefined {
  const r = s.ctx.knowledge.retriever;
  const asking = askingTerms(s, text).filter((t) => !isStopWord(t.term));
  if (!asking.length) return undefined;
  const names = entityTerms(r, text);
  // ("why did they pick the port" for "asked why the port was chosen": the question's verb in other words,
  // WordNet's or the word vectors' nearest; looked up only once a why asked of the same names is found.)
  let verbs: string[] | undefined;
  const verbsAsked = () =>
    (verbs ??= words(text)
      .filter((w) => !isStopWord(w) && hasSense(w.toLowerCase(), 'verb'))
      .flatMap((w) => [baseForm(w), ...synonyms(baseForm(w), 'verb'), ...neighbours(w.toLowerCase(), 0.6).map((n) => baseForm(n.word))]));
  for (const article of r.candidateArticles(text).slice(0, 4)) {
    for (const p of article.paragraphs) {
      for (let i = 0; i < p.sentences.length - 1; i++) {
        const why = ASKED_WHY.exec(p.sentences[i]!.text);
        if (!why) continue;
        const its = r.termsOfSentence(p.sentences[i]!);
        const held = asking.filter((t) => [t.term, ...t.forms, ...(t.others ?? [])].some((f) => its.has(f))).length;
        const reply = p.sentences[i + 1]!;
        if (!names.every((forms) => forms.some((f) => its.has(f))) || !REPLIED.test(reply.text)) continue;
        if (held * 2 >= asking.length || (names.length && words(why[1]!).some((w) => verbsAsked().includes(baseForm(w))))) return reply;
      }
    }
  }
  return undefined;
}

// An interview's answer label: "A:", "Answer:".

// A reason given in the same clause as the event: "withdrew before departure, citing harvest work".
// ("abstained, telling colleagues that his sister runs …": the account given with it.)
// ("was cancelled after a storm closed the coast road": what brought a cancellation on; "will close
// … for about ten weeks of railing repairs": what a closing is for; "the deal foundered
// over price": what a deal failed on, not a time, "over the weekend", nor a number, "over 40".)
const CAUSE_CLAUSE = new RegExp(
  [
    String.raw`\b(?:cancell?ed|called\s+off|scrapped|postponed|delayed|suspended|halted)\b[^.;]{0,30}?\bafter\b`,
    // (A date's stop may stand between: "shuts on Monday, Oct. 27, for ten weeks of repairs".)
    String.raw`\b(?:close[sd]?|closing|shut(?:s|ting)?(?:\s+down)?)\b(?:[^.;]|\.(?=\s*\d)){0,60}?\bfor\s+(?:[\w-]+\s+){0,8}?(?:repairs?|renovations?|maintenance|construction|upgrades?|inspections?|reconstruction|resurfacing|cleanup)\b`,
    String.raw`\b(?:sank|sunk|collapsed|fell\s+(?:apart|through)|foundered|stalled|broke\s+down|died|failed|scrapped|cancell?ed|called\s+off|postponed|shelved)\s+over\s+(?!(?:the\s+)?(?:weekend|summer|winter|spring|autumn|fall|holidays?|years?|months?|weeks?|days?|past|next|last)\b|\d)`,
    String.raw`\b(?:because|citing|(?<!\b(?:is|are|was|were|be)\s)due\s+to|owing\s+to|amid|as\s+a\s+result\s+of|so\s+that|in\s+order\s+to|at\s+the\s+(?:request|invitation|urging|suggestion)\s+of)\b`,
    String.raw`,\s+(?:telling|saying|explaining|noting|arguing)\s+(?:\p{Ll}+\s+){0,2}that\b`,
  ].join('|'),
  'iu',
);
// Words that tell a reason in someone's account of it: "suspended visits as a storm bore down", "wanted more time".
const ACCOUNT = /\b(?:as|because|since|after|so|wanted|needed|worried|concerns?|feared|until|would\s+rather)\b/i;
// What a choice gains, in its maker's words: "A port an hour away will save us a week".
const GAIN =
  /\bwill\s+(?:cut|help|let|give|allow|bring|save|reduce|boost|lower|shorten|speed)\b|\b(?:close|closer|near|nearer)\s+to\s+(?:our|its|their|the)\b/i;
const NEGATED = /\b(?:not|n['\u2019]t|never|no\s+longer)\b/i;

/**
 * "Why was the Kaohsiung stop called off?": the sentence that tells the event ("… but the Kaohsiung
 * stop was scrapped.") and the reason the story gives with it, in the same clause ("citing harvest
 * work at home") or in the next sentence as someone's account ("The governor's spokesman … said
 * port authorities suspended visits as a storm bore down"). Not for a stated aim: that is the
 * purpose, found below.
 */
function eventCause(s: Scope, text: string): Sentence[] | undefined {
  const ranked = supportingRanked(s, text, 0.6).filter((x) => x.item.paragraph.kind === 'story');
  const top = ranked[0];
  if (!top) return pairedCause(s, text);
  const best = ranked.filter((x) => x.coverage >= top.coverage - 1e-9);
  // "Why didn't the guild sign?" is told by "was not signed", not by "hopes to sign".
  // (Of those as close, one that gives its reason in the same clause: "abstained, telling colleagues that …".)
  const event =
    (NEGATED.test(s.q.text) ? best.find((x) => NEGATED.test(x.item.text)) : undefined)?.item ??
    best.find((x) => CAUSE_CLAUSE.test(x.item.text) && !purposeIn(x.item.text))?.item ??
    top.item;
  // A cause told plainly ("… was added on Monday at the urging of …"), in the event's sentence, in one
  // nearly as close (a schedule's row may hold the question's words better), or in the sentence after
  // one of them about the same thing ("… a tannery near Tarsk. The tour was put in at the urging of …").
  const causes = (x: Sentence) => CAUSE_CLAUSE.test(x.text) && !purposeIn(x.text) && !/["\u201c]/.test(x.text);
  for (const x of [event, ...ranked.slice(0, 5).map((y) => y.item)]) {
    if (causes(x)) return [x];
    const after = x.paragraph.sentences[x.paragraph.sentences.indexOf(x) + 1];
    if (after && /^(?:That|This|The|It)\b/.test(after.text) && causes(after)) return [after, x];
  }
  if (purposeIn(event.text) || /["\u201c]/.test(event.text)) return undefined;
  const sentences = event.paragraph.sentences;
  const next = sentences[sentences.indexOf(event) + 1];
  return next && SPEECH_VERB.test(next.text) && ACCOUNT.test(next.text) && !/^["\u201c]/.test(next.text) ? [next, event] : undefined;
}

/** The clause that tells the cause, where a colon or semicolon sets it apart: "…: the lease is unsigned, and the deal foundered over cost." */
function causeClause(text: string): string {
  const at = CAUSE_CLAUSE.exec(text)?.index;
  if (at === undefined) return text;
  const parts = text.slice(0, at).split(/[:;]\s+/);
  const clause = text.slice(at - parts[parts.length - 1]!.length);
  const own = /^(?:.*?,\s+(?:and|but)\s+)?(.*)$/s.exec(clause)?.[1] ?? clause;
  return parts.length > 1 && own.split(/\s+/).length >= 4 ? own.charAt(0).toUpperCase() + own.slice(1) : text;
}

/**
 * "A side trip to Brellholm was planned for that afternoon. It was cancelled after a storm closed the coast
 * road.": a sentence and the one after it that goes on about it ("It …") hold the question between
 * them, and the second tells the cause.
 */
function pairedCause(s: Scope, text: string): Sentence[] | undefined {
  const r = s.ctx.knowledge.retriever;
  const query = r.analyze(text);
  for (const { item: x } of supportingRanked(s, text, 0.25).slice(0, 8)) {
    if (x.paragraph.kind !== 'story') continue;
    const next = x.paragraph.sentences[x.paragraph.sentences.indexOf(x) + 1];
    if (!next || !/^(?:It|This|That)\b/.test(next.text) || !CAUSE_CLAUSE.test(next.text) || purposeIn(next.text)) continue;
    const both = new Set([...r.termsOfSentence(x), ...r.termsOfSentence(next)]);
    if ((r.rank(query, [x], () => both)[0]?.coverage ?? 0) >= 0.6) return [next, x];
  }
  return undefined;
}

// Verbs a question about a trip's purpose uses: "why did she go", "why was the mission organized".
const TRIP_VERBS = new Set(
  'go come travel visit make take lead head fly plan organize organise choose pick want decide need undertake embark arrange schedule attend be do have'.split(
    ' ',
  ),
);

/**
 * A trip's purpose answers "why did she go" but not "why did two business owners pull out before
 * the trip": a verb of the question that is none of a trip's must be in the purpose's sentence.
 */
function purposeFits(s: Scope, purpose: Sentence): boolean {
  const own = new Set(words(purpose.text).map(stem));
  // (Not the words that say whose account is asked: "in her own words", "according to the mayor".)
  const tokens = tag(
    s.q.text
      .replace(/\bin\s+the\s+first\s+place\b/gi, ' ')
      .replace(
        /,?\s*\b(?:in\s+(?:her|his|their|its|my|our)\s+own\s+(?:words|telling|view|account)|according\s+to\s+.*|in\s+the\s+(?:words|view)\s+of\s+.*)$/i,
        '',
      ),
  );
  const holds = (t: (typeof tokens)[number]) => own.has(stem(t.lemma)) || own.has(stem(t.text));
  // A thing of its own asked about ("why did the tugboat deal fall through") is no trip's purpose,
  // unless the purpose names it: the trip's words, people and offices aside.
  // ("a trade trip": a word that says which trip.)
  const thing = (t: (typeof tokens)[number], i: number) =>
    t.pos === 'NOUN' &&
    /^\p{Ll}{3,}$/u.test(t.text) &&
    !TRIP_NOUNS.test(t.text) &&
    !TRIP_NOUNS.test(tokens[i + 1]?.text ?? '') &&
    !isStopWord(t.text) &&
    !isKindOf(t.lemma.toLowerCase(), 'person', 'noun', 10, 1);
  // (A verb in lower case: "Falls" of a place's name is none.)
  return tokens.filter((t, i) => (t.pos === 'VERB' && /^\p{Ll}/u.test(t.text) && !TRIP_VERBS.has(t.lemma.toLowerCase())) || thing(t, i)).every(holds);
}

const TRIP_NOUNS =
  /^(?:trips?|visits?|missions?|tours?|journeys?|delegations?|travels?|purpose|reasons?|goals?|aims?|point|city|cities|country|countries|time|year|week|month)$/;

/** "Strand objected. He said the city faces a $14 million gap …": the reason told in the sentence after one that gives none. */
function goesOn(x: Sentence): Sentence {
  // "City Hall gave two reasons for going.": the first of them, told next.
  if (ANNOUNCED_AIM.test(x.text.trim())) return nextOf(x) ?? x;
  // "The college came for a different reason.": the next sentence tells it.
  if (ANNOUNCES_REASON.test(x.text) && !/\b(?:because|since|so\s+that|in\s+order\s+to)\b/i.test(x.text)) {
    const sentences = x.paragraph.sentences;
    return sentences[sentences.indexOf(x) + 1] ?? x.paragraph.article.paragraphs[x.paragraph.order + 1]?.sentences[0] ?? x;
  }
  // "Cordillera Valve weighed sites in Ohio and Kentucky before settling on Brackwater.": a choice told
  // without its reason; the reason follows ("The deciding factor, she said, was …", or their quote).
  if (CHOICE.test(x.text) && !OWN_CAUSE.test(x.text)) {
    const sentences = x.paragraph.sentences;
    const next = sentences[sentences.indexOf(x) + 1] ?? x.paragraph.article.paragraphs[x.paragraph.order + 1]?.sentences[0];
    if (next && (CAUSE.test(next.text) || MAYBE_CAUSE.test(next.text) || /^["\u201c]/.test(next.text))) return next;
  }
  // "X said the order came after months of letters. ¶ "Out there you sign over a meal," X said.": an
  // account without its cause, then the speaker's own words that give it.
  if (SPEECH_VERB.test(x.text) && !CAUSE.test(x.text)) {
    const sentences = x.paragraph.sentences;
    const next = sentences[sentences.indexOf(x) + 1] ?? x.paragraph.article.paragraphs[x.paragraph.order + 1]?.sentences[0];
    // (What the choice gains, only after an account in reported speech: their own quote already gives theirs.)
    if (next && /^["\u201c]/.test(next.text) && (ACCOUNT.test(next.text) || (GAIN.test(next.text) && !/["\u201c\u201d]/.test(x.text)))) return next;
  }
  // Only after a stance that calls for its reason ("objected", "voted against"), not after any fact.
  if (CAUSE.test(x.text) || !STANCE.test(x.text)) return x;
  const sentences = x.paragraph.sentences;
  const next = sentences[sentences.indexOf(x) + 1];
  return next && /^(?:He|She|They)\s+(?:said|says|argued|noted|added|explained|pointed\s+out)\b/.test(next.text) ? next : x;
}

const CHOICE = /\b(?:settl(?:ed|ing)\s+on|chose|picked|selected|opted\s+for|decided\s+on)\b/i;
const OWN_CAUSE =
  /\b(?:because|since|(?<!\b(?:is|are|was|were|be)\s)due\s+to|so\s+that|so\s+(?:it|they|we|he|she)\s+(?:could|can|would|might)|in\s+order\s+to|thanks\s+to|citing|reasons?|factors?)\b/i;

const ANNOUNCES_REASON =
  /\b(?:for\s+(?:a|an|its|their|his|her|some)\s+(?:different|other|another|separate|own)\s+reasons?|for\s+another\s+reason|reasons?\s+of\s+(?:its|their|his|her)\s+own)\s*[.:]?$/i;
const STANCE = /\b(?:objected|opposed|criticized|criticised|questioned|protested|complained|refused|declined|resigned|voted\s+(?:no|against))\b/i;

// Words that give a reason or a judgement behind a choice.
// ("put off any decision", "has not been decided": no decision is no reason.)
const CAUSE =
  /\b(?:deciding|key|main|biggest)\s+(?:factor|reason)\b|\bblamed\b[^.;]{0,60}\bon\b|\b(?:needed|required|necessary)\s+before\b|\b(?:could\s+not|couldn['\u2019]t|cannot|can['\u2019]t|would\s+not|wouldn['\u2019]t)\s+(?:back|support|justify|vote\s+for|agree\s+to)\b|\b(?:because|since(?!\s+(?:\d|the\s+\d))|(?<!\b(?:is|are|was|were|be)\s)due\s+to|thanks\s+to|citing|cited|pointed\s+out\s+that|amid|over\s+concerns?|came\s+down\s+to|(?<!\b(?:any|no)\s)decision|reasons?|so\s+that|so\s+(?:it|they|we|he|she)\s+(?:could|can|would|might)|in\s+order\s+to|(?<!\b(?:not|never)\s+(?:been\s+|yet\s+(?:been\s+)?)?)decided|chose|choice|gave\s+us|conducive|only\s+works|makes?\s+this|the\s+timing)\b/i;
const SAYS = /["“”]|\b(?:said|says|told|tells|called|calls|added|argued|explained)\b/;
// A question about something held back, and a condition that holds it back.
const HOLD_ASKED = /\b(?:hold(?:s|ing)?\s+off|wait(?:s|ing)?|delay(?:s|ed|ing)?|put(?:s|ting)?\s+off|stall(?:s|ed|ing)?|hesitat\w*)\b/i;
const CONDITION = /\b(?:wants?|needs?|requires?|insists?\s+on)\b[^.;]{3,80}\bbefore\b/i;
// Weaker words of cause: an aim, a hope or a judgement, common in any quote.
const MAYBE_CAUSE = /\b(?:as|means|help(?:s|ed)?|key|important|aims?|hopes?|wants?|plans?|seeks?|expects?|matters?\s+(?:most\s+|a\s+lot\s+)?(?:for|to))\b/i;

/**
 * A reason given by or about someone other than the articles' main person: among the sentences
 * that hold the question's words and the quotes of the people it points to (a company's president
 * speaks for the company), the one that best combines the question's words with words of cause.
 */
function causeSentence(s: Scope, query: QueryTerm[], holds: (x: Sentence) => boolean, verbs: string[]): Sentence | undefined {
  const k = s.ctx.knowledge;
  const r = k.retriever;
  // Those the question asks about: the people named in its subject, and those whose role belongs
  // to it (a company's president for the company, the "Senate minority leader" by the Senate).
  const about = aboutWithoutAux(s);
  const subjectRun = /^(?:the\s+)?\p{Lu}/u.test(about) ? capitalisedRuns(`x ${about}`)[0] : undefined;
  const runs = subjectRun ? [subjectRun] : capitalisedRuns(s.q.text);
  const speakers = new Set<Person>(subjectRun ? peopleNamedIn(k, subjectRun) : s.named);
  for (const body of runs) for (const m of peopleInRole(k, { body })) speakers.add(m.person);
  const subjectNouns = words(about).filter(
    (w) =>
      !isStopWord(w) && !/^(?:trip|visit|mission|tour|journey|delegation)s?$/.test(w) && hasSense(w, 'noun') && !hasSense(w, 'verb') && !hasSense(w, 'adj'),
  );
  // (With the words its story holds too: "The college came for a different reason." in the post about the Chile trip.)
  const pool = new Set([
    ...supporting(s, retrievalText(s), 0.3).slice(0, 20),
    ...supportingInContext(s, retrievalText(s), 0.3, 0.15)
      .slice(0, 10)
      .map((x) => x.item)
      // (Only those that name what the question is about: "college", not just "trip".)
      .filter((x) => subjectNouns.some((w) => r.termsOfSentence(x).has(stem(w)))),
  ]);
  for (const p of speakers) for (const q of k.quotesBySpeaker.get(p) ?? []) for (const x of q.paragraph.sentences) pool.add(x);
  // A cause told of them by someone else: "X said she asked Ostrom to stay behind because …".
  for (const p of s.named) for (const x of p.mentions) if (CAUSE.test(x.text)) pool.add(x);
  // The reason may stand in the next sentence of the paragraph that names them ("… said the decision came down to …").
  for (const x of [...pool]) if (holds(x)) for (const y of x.paragraph.sentences) pool.add(y);
  const spokenBy = (x: Sentence) => [...speakers].some((p) => (k.quotesBySpeaker.get(p) ?? []).some((q) => q.paragraph === x.paragraph));
  const paragraphTerms = (x: Sentence) => new Set(x.paragraph.sentences.flatMap((y) => [...r.termsOfSentence(y)]));
  const inParagraph = new Map(
    r.rank(query, new Set([...pool].map((x) => x.paragraph.sentences[0]!)), paragraphTerms).map((p) => [p.item.paragraph, p.coverage]),
  );
  const own = new Map(r.rank(query, pool, (y) => r.termsOfSentence(y)).map((x) => [x.item, x.coverage]));
  let best: { x: Sentence; score: number } | undefined;
  for (const x of pool) {
    if (!holds(x) && !spokenBy(x)) continue;
    // A line of a list ("Carrow Valley Community College") names; it gives no reason.
    if (x.text.split(/\s+/).length < 5) continue;
    // A sentence with none of the question's words gives a reason only as someone's account: "Now
    // the money, since many of you asked." is the writer's aside.
    if (!own.get(x) && !spokenBy(x) && !/\b(?:said|says|told|explained|according\s+to)\b/.test(x.text)) continue;
    const coverage = ((own.get(x) ?? 0) + (inParagraph.get(x.paragraph) ?? 0)) / 2;
    // (A paragraph with none of the question's words gives no reason for it, whatever cause it tells,
    // unless it tells it of the one asked about by name.)
    const namesAsked = (k.mentions.get(x) ?? []).some((m) => s.named.includes(m.person));
    if (!coverage && !namesAsked) continue;
    // (Their words or stance, not any sentence of a paragraph where they speak: "… signed a memorandum" gives no reason.)
    const theirWords = spokenBy(x) && (CAUSE.test(x.text) || MAYBE_CAUSE.test(x.text) || SAYS.test(x.text) || STANCE.test(x.text));
    // A cause told of the one asked about ("asked Ostrom to stay behind because …") is theirs.
    const ofThem = CAUSE.test(x.text) && (k.mentions.get(x) ?? []).some((m) => s.named.includes(m.person));
    // "… the firm is expanding to serve three mills" for "why is it growing": the asked verb's purpose.
    const purposed = verbs.length > 0 && verbPurpose(x.text, verbs);
    // ("why is the line holding off": "wants signed contracts before it commits a boat", a condition not yet met.)
    const condition = HOLD_ASKED.test(s.q.text) && CONDITION.test(x.text);
    const marks = (CAUSE.test(x.text) || purposed || condition ? 0.6 : MAYBE_CAUSE.test(x.text) ? 0.2 : 0) + (theirWords ? 0.3 : 0) + (ofThem ? 0.3 : 0);
    // (The question's words with no word of cause and no one's account: "… signed a memorandum on berth schedules" tells what, not why.)
    // (A choice is read on: its reason follows it. Someone's words with none of the question's and no
    // word of cause are about something else: "She said construction would begin in the spring.")
    const caused = CAUSE.test(x.text) || MAYBE_CAUSE.test(x.text) || ofThem || purposed;
    if (!CHOICE.test(x.text) && !caused && (!own.get(x) || (!marks && !SAYS.test(x.text)))) continue;
    const score = coverage + marks;
    if (!best || score > best.score) best = { x, score };
  }
  return best && best.score >= 0.6 ? best.x : undefined;
}

/** The verbs a why-question asks about, by their lemma ("why is X growing its plant": grow). */
function askedVerbs(question: string): string[] {
  return tag(question)
    .filter((t) => t.pos === 'VERB' && /^\p{Ll}/u.test(t.text) && !/^(?:say|think|do|be|have|go|get)$/.test(t.lemma))
    .map((t) => t.lemma);
}

// A verb then, within a few words, "to" and a verb: "is expanding to supply", "cut its fares to draw".
const THEN_TO = /^(?:\s+[\p{L}'\u2019-]+){0,4}?\s+to\s+(\p{Ll}+)/u;

/** Does the text hold one of the verbs (or a kind of it: "expanding" for "grow") with its purpose after it? */
function verbPurpose(text: string, verbs: string[]): boolean {
  for (const m of text.matchAll(/\b\p{Ll}+(?:ing|ed|es|s)?\b/gu)) {
    const w = m[0];
    const kin = verbs.some((v) => stem(w) === stem(v) || (hasSense(w, 'verb') && isKindOf(w, v, 'verb', 2, 2)));
    if (!kin) continue;
    const to = THEN_TO.exec(text.slice(m.index + w.length));
    if (to && hasSense(to[1]!, 'verb') && !/^(?:be|the|a|an)$/.test(to[1]!)) return true;
  }
  return false;
}

/**
 * The one paragraph of someone's own words in the stories asked about, when the question names one
 * person (by name or office) who is quoted in exactly one paragraph there: its sentences.
 */
function onlyWordsOf(s: Scope, articles: Article[]): Sentence[] | undefined {
  const k = s.ctx.knowledge;
  const who = s.named.length === 1 ? s.named[0] : undefined;
  if (!who) return undefined;
  const stories = new Set(articles.slice(0, 3));
  const paragraphs = new Set(
    (k.quotesBySpeaker.get(who) ?? []).filter((q) => q.kind !== 'paraphrase' && stories.has(q.paragraph.article)).map((q) => q.paragraph),
  );
  return paragraphs.size === 1 ? [...paragraphs][0]!.sentences : undefined;
}

// A question after someone's view: "why does she think …", "why is he in favor of …".
const VIEW_ASKED =
  /^why\s+(?:does|did|do|would|is|was|are|were)\s+.+?\s+(?:think|thinks|believe|believes|feel|feels|say|says|argue|argues|support|supports|back|backs|favou?r|like|likes|in\s+favou?r\s+of|against|oppose|opposes|(?:so\s+|still\s+)?(?:unconvinced|skeptical|sceptical|doubtful|dubious|critical|opposed|unimpressed|wary|worried|concerned|unhappy|upset|optimistic|confident|enthusiastic|excited|hopeful|bullish|pleased))\b/i;

const VIEW_WORDS = /\b(?:why|think|thinks|believe|believes|feel|feels|good|bad|great|idea|worth|wise|smart|important)\b/gi;

/** The sentence where the one asked about (by a word of theirs) says something of what is asked. */
function viewOf(s: Scope, text: string, who: string[]): Sentence | undefined {
  const r = s.ctx.knowledge.retriever;
  const theirs = (x: Sentence) => {
    const verb = SPEECH_VERB.exec(x.text) ?? /\b(?:said|says|argued|argues|believes|thinks)\b/.exec(x.text);
    return !!verb && words(x.text).some((w) => who.includes(fold(w)));
  };
  // What the view is of: the question's words less the one asked about and the words of holding a view.
  const of = r.analyze(text.replace(VIEW_WORDS, ' ')).filter((t) => !who.some((w) => stem(w) === t.term));
  if (!of.length) return undefined;
  return r
    .sentences(text)
    .filter((x) => theirs(x.item))
    .map((x) => ({ item: x.item, held: r.rank(of, [x.item], (y) => r.termsOfSentence(y))[0]?.coverage ?? 0 }))
    .filter((x) => x.held >= 0.3)
    .sort((a, b) => b.held - a.held)[0]?.item;
}

/**
 * Does the question ask why someone other than the trip's own person acted or thought: its subject
 * (the words before its verb) is a person or a body ("the CASS expert", "local business owners",
 * "the airline", "Hokusei") that is not the main person of the articles it points to nor their office?
 */
function someoneElse(s: Scope, articles: Article[]): string[] | undefined {
  const k = s.ctx.knowledge;
  const main = new Set(articles.map((a) => k.subjectOf(a)).filter((p): p is Person => Boolean(p)));
  // "why do local exchanges matter, according to the CASS expert": the reason asked for is the expert's.
  const source = /\b(?:according\s+to|per|in\s+the\s+(?:words|view)\s+of)\s+(.+?)[?.!]*$/i.exec(s.q.text)?.[1];
  const about = source ?? aboutWithoutAux(s);
  const tokens = [...about.matchAll(/[\p{L}][\p{L}'\u2019.-]*/gu)].map((m) => m[0].replace(/['\u2019]s$/, ''));
  // The subject: the words before its verb, an adjective ("unhappy") or a preposition ("about").
  const subject: string[] = [];
  let noun = false;
  for (const [i, t] of tokens.entries()) {
    const lower = t.toLowerCase();
    if (i > 0 && /^\p{Ll}/u.test(t)) {
      // ("the state economist": a word that could be a verb names the kind of the person after it.)
      const next = tokens[i + 1]?.toLowerCase() ?? '';
      const modifier = hasSense(lower, 'noun') && /^\p{Ll}/u.test(tokens[i + 1] ?? '') && !hasSense(next, 'verb') && isBody(next);
      if (hasSense(lower, 'verb') && !isBody(lower) && !modifier) break;
      // An adjective after the noun ends the subject ("the council member unhappy about"); before it, it describes it.
      if ((isStopWord(lower) && !/^(?:the|a|an)$/.test(lower)) || (noun && hasSense(lower, 'adj') && !hasSense(lower, 'noun'))) break;
    }
    if (hasSense(lower, 'noun') || /^\p{Lu}/u.test(t)) noun = true;
    subject.push(t);
  }
  const content = subject.filter((t) => !isStopWord(fold(t)) && !/^(?:that|this|those|these)$/i.test(t));
  // "Why was Tuesday a travel day": a day has its own reason, never the trip's purpose.
  if (content.some((t) => /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|weekend)$/i.test(t))) return content.map(fold);
  if (!content.length || content.some((t) => /^(?:she|he|her|his|they|their|trip|visit|mission|delegation)$/i.test(t))) return undefined;
  const named = peopleNamedIn(k, content.join(' '));
  if (named.length) return named.some((p) => !main.has(p)) ? content.map(fold) : undefined;
  // "the mayor", "the governor": the main person by their office.
  const head = fold(content[content.length - 1]!);
  const mainWords = new Set([...main].flatMap((p) => [...words(p.name), ...p.aliases.map(fold), ...p.roles.flatMap((r) => words(r.role))]));
  if (mainWords.has(head)) return undefined;
  const other = content.some((t) => (/^\p{Lu}/u.test(t) && !k.places.has(fold(t))) || isBody(t.toLowerCase()));
  return other ? content.map(fold) : undefined;
}

/** The one person who holds the office a lower-case subject names ("the deputy mayor"), if only one does. */
function officeHolderAsked(s: Scope): Person | undefined {
  const about = (s.q.about ?? '').replace(
    /^(?:(?:did|does|do|is|was|were|are|will|would|has|have|had|could|can|should|wo)(?:n['\u2019]t)?\s+)?(?:not\s+)?/i,
    '',
  );
  // ("the district 3 commissioner": a number may be part of the office.)
  const lead = /^the\s+((?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s+\p{Ll}/u.exec(about);
  if (!lead) return undefined;
  const ws = lead[1]!.split(/\s+/);
  // The longest run of its first words that names an office: "deputy mayor" of "deputy mayor go".
  for (let n = ws.length; n > 0; n--) {
    const role = parseRoleQuery(`the ${ws.slice(0, n).join(' ')}`);
    if (!role) continue;
    const k = s.ctx.knowledge;
    const holders = [...new Set(peopleInRole(k, role).map((m) => m.person))];
    // Several hold it in the articles: the one in the story the question points to.
    const story = holders.length > 1 ? k.retriever.candidateArticles(retrievalText(s))[0] : undefined;
    const people = story ? holders.filter((p) => p.mentions.some((x) => x.paragraph.article === story)) : holders;
    // (The main person of their story by their office, "the governor", is the trip's own why.)
    const one = people.length === 1 ? people[0]! : undefined;
    return one && !one.mentions.some((x) => k.subjectOf(x.paragraph.article) === one) ? one : undefined;
  }
  return undefined;
}

/** What the question says of its subject, without the auxiliary that opens it ("did X pick" → "X pick"). */
function aboutWithoutAux(s: Scope): string {
  return (s.q.about ?? '').replace(/^(?:did|does|do|is|was|were|are|will|would|has|have|had)\s+/i, '');
}

/** A person or a body of people: "expert", "owners", "airline", "council". */
function isBody(word: string): boolean {
  const w = word.replace(/(?<=[^s])s$/, '');
  return ['person', 'organization', 'enterprise', 'social group'].some((kind) => isKindOf(w, kind, 'noun', 10, 2));
}

/** "Hoshizora Logistics", "Port of Alder Bay": runs of capitalised words after the question's first word. */
export function capitalisedRuns(text: string): string[] {
  return [...text.slice(text.indexOf(' ') + 1).matchAll(/\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{N}-]*)*/gu)]
    .map((m) => m[0].replace(/['\u2019]s$/, ''))
    .filter((w) => !/^(?:I|VisitBot)$/.test(w));
}

/** Does the paragraph use the term? */
function paragraphHas(k: AnswerContext['knowledge'], p: Sentence['paragraph'], term: string): boolean {
  return p.sentences.some((x) => k.retriever.termsOfSentence(x).has(term));
}

const TRIP_PURPOSE =
  /\b(?:(?:trip|visit|journey|mission|tour)s?\s+(?:aims?|aimed|is aimed|was aimed|is meant|was meant|is designed)\s+to|(?:made|make|makes|took|take)\s+(?:the|this|her|his|their)\s+(?:trip|visit|journey)\s+to)\b/i;
